using System.Threading;
using System.Threading.Tasks;

namespace SchemaGen;

/// <summary>Sends one PutEvents request: <see cref="PersonalizeEventsClient"/>, or an adapter over the AWS SDK's client.</summary>
public interface IPutEventsSender
{
    /// <summary>Sends <paramref name="request"/>; completes when the service has accepted it.</summary>
    /// <exception cref="PersonalizeEventsException">The service refused the request, or it could not be delivered.</exception>
    Task PutEventsAsync(PutEventsRequest request, CancellationToken cancellationToken = default);
}
