using System.Threading;
using System.Threading.Tasks;

namespace SchemaGen;

/// <summary>Sends one request of any Personalize Events operation: <see cref="PersonalizeEventsClient"/>, or a stand-in.</summary>
public interface IPersonalizeEventsSender
{
    /// <summary>Sends <paramref name="request"/> to its operation; completes when the service has accepted it.</summary>
    /// <exception cref="Validation.RequestValidationException">The request breaks a limit of the service model; nothing was sent.</exception>
    /// <exception cref="PersonalizeEventsException">The service refused the request, or it could not be delivered.</exception>
    Task SendAsync(PersonalizeEventsRequest request, CancellationToken cancellationToken = default);
}
