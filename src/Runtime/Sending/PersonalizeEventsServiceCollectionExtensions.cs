using System;
using System.Net.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SchemaGen;

/// <summary>Registers the PutEvents client and event recorders with dependency injection.</summary>
public static class PersonalizeEventsServiceCollectionExtensions
{
    /// <summary>The name of the <see cref="HttpClient"/> the client takes from <see cref="IHttpClientFactory"/>; configure it with <c>AddHttpClient(name)</c>.</summary>
    public const string HttpClientName = "SchemaGen.PersonalizeEvents";

    /// <summary>
    /// Registers one <see cref="PersonalizeEventsClient"/>, as itself, <see cref="IPutEventsSender"/> and
    /// <see cref="IPersonalizeEventsSender"/>, that sends through
    /// <see cref="IHttpClientFactory"/>, and a hosted service that flushes every recorder registered with
    /// <see cref="AddEventRecorder{T}"/> when the application stops. What <paramref name="configure"/> leaves unset
    /// comes from the environment, as with the AWS SDKs.
    /// </summary>
    public static IServiceCollection AddPersonalizeEvents(this IServiceCollection services, Action<PersonalizeEventsClientOptions>? configure = null)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        var options = services.AddOptions<PersonalizeEventsClientOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.AddHttpClient(HttpClientName, client => client.Timeout = System.Threading.Timeout.InfiniteTimeSpan);
        services.AddSingleton(provider =>
        {
            var factory = provider.GetRequiredService<IHttpClientFactory>();
            return new PersonalizeEventsClient(
                provider.GetRequiredService<IOptions<PersonalizeEventsClientOptions>>().Value,
                AwsEnvironment.Process,
                () => factory.CreateClient(HttpClientName));
        });

        // One client behind both: the event recorder's sender and every other recorder's.
        services.AddSingleton<IPutEventsSender>(provider => provider.GetRequiredService<PersonalizeEventsClient>());
        services.AddSingleton<IPersonalizeEventsSender>(provider => provider.GetRequiredService<PersonalizeEventsClient>());
        services.AddHostedService<EventRecorderShutdownService>();
        return services;
    }

    /// <summary>
    /// Registers a singleton <see cref="EventRecorder{T}"/> sending through the registered <see cref="IPutEventsSender"/>,
    /// logging to the application's logging unless <see cref="RecorderOptions.Logger"/> is set; it is flushed
    /// when the application stops and disposed with the container.
    /// </summary>
    public static IServiceCollection AddEventRecorder<T>(this IServiceCollection services, Action<EventRecorderOptions> configure)
        where T : IInteractionsSchema
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        if (configure is null)
        {
            throw new ArgumentNullException(nameof(configure));
        }

        services.AddSingleton(provider =>
        {
            var options = new EventRecorderOptions();
            configure(options);
            options.Logger ??= provider.GetService<ILoggerFactory>()?.CreateLogger("SchemaGen.EventRecorder");
            return new EventRecorder<T>(provider.GetRequiredService<IPutEventsSender>(), options);
        });
        services.AddSingleton(provider => new RecorderFlush(provider.GetRequiredService<EventRecorder<T>>().FlushAsync));
        return services;
    }
}
