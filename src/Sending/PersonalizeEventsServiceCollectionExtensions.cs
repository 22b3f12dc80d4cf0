using System;
using System.Threading;
using System.Threading.Tasks;
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
        where T : IInteractionsSchema =>
        AddRecorder(services, configure, (provider, options) => new EventRecorder<T>(provider.GetRequiredService<IPutEventsSender>(), options), recorder => recorder.FlushAsync);

    /// <summary>Registers a singleton <see cref="ItemRecorder{T}"/> sending through the registered <see cref="IPersonalizeEventsSender"/>, as <see cref="AddEventRecorder{T}"/> does.</summary>
    public static IServiceCollection AddItemRecorder<T>(this IServiceCollection services, Action<DatasetRecorderOptions> configure)
        where T : IItemsSchema =>
        AddRecorder(services, configure, (provider, options) => new ItemRecorder<T>(provider.GetRequiredService<IPersonalizeEventsSender>(), options), recorder => recorder.FlushAsync);

    /// <summary>Registers a singleton <see cref="UserRecorder{T}"/> sending through the registered <see cref="IPersonalizeEventsSender"/>, as <see cref="AddEventRecorder{T}"/> does.</summary>
    public static IServiceCollection AddUserRecorder<T>(this IServiceCollection services, Action<DatasetRecorderOptions> configure)
        where T : IUsersSchema =>
        AddRecorder(services, configure, (provider, options) => new UserRecorder<T>(provider.GetRequiredService<IPersonalizeEventsSender>(), options), recorder => recorder.FlushAsync);

    /// <summary>Registers a singleton <see cref="ActionRecorder{T}"/> sending through the registered <see cref="IPersonalizeEventsSender"/>, as <see cref="AddEventRecorder{T}"/> does.</summary>
    public static IServiceCollection AddActionRecorder<T>(this IServiceCollection services, Action<DatasetRecorderOptions> configure)
        where T : IActionsSchema =>
        AddRecorder(services, configure, (provider, options) => new ActionRecorder<T>(provider.GetRequiredService<IPersonalizeEventsSender>(), options), recorder => recorder.FlushAsync);

    /// <summary>Registers a singleton <see cref="ActionInteractionRecorder{T}"/> sending through the registered <see cref="IPersonalizeEventsSender"/>, as <see cref="AddEventRecorder{T}"/> does.</summary>
    public static IServiceCollection AddActionInteractionRecorder<T>(this IServiceCollection services, Action<ActionInteractionRecorderOptions> configure)
        where T : IActionInteractionsSchema =>
        AddRecorder(services, configure, (provider, options) => new ActionInteractionRecorder<T>(provider.GetRequiredService<IPersonalizeEventsSender>(), options), recorder => recorder.FlushAsync);

    /// <summary>
    /// The one registration of every recorder: options configured, the application's logging unless a logger is set,
    /// a singleton disposed with the container, and its flush for the shutdown service.
    /// </summary>
    private static IServiceCollection AddRecorder<TRecorder, TOptions>(
        IServiceCollection services,
        Action<TOptions> configure,
        Func<IServiceProvider, TOptions, TRecorder> create,
        Func<TRecorder, Func<CancellationToken, Task>> flush)
        where TRecorder : class
        where TOptions : RecorderOptions, new()
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
            var options = new TOptions();
            configure(options);
            options.Logger ??= provider.GetService<ILoggerFactory>()?.CreateLogger("SchemaGen." + typeof(TRecorder).Name.Split('`')[0]);
            return create(provider, options);
        });
        services.AddSingleton(provider => new RecorderFlush(flush(provider.GetRequiredService<TRecorder>())));
        return services;
    }
}
