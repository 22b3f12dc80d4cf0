using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SchemaGen.LocalEndpoint.ControlPlane;
using SchemaGen.LocalEndpoint.DataPlane;
using SchemaGen.LocalEndpoint.Local;
using SchemaGen.LocalEndpoint.Protocol;
using SchemaGen.LocalEndpoint.Signing;
using SchemaGen.LocalEndpoint.Store;

namespace SchemaGen.LocalEndpoint;

/// <summary>
/// A local Amazon Personalize endpoint on Kestrel: the control plane (awsJson1_1, <c>POST /</c>) and the events API
/// (restJson1: <c>POST /events</c>, <c>/items</c>, <c>/users</c>, <c>/actions</c>, <c>/action-interactions</c>) on one
/// port, every request SigV4-verified, everything accepted kept in SQLite.
/// Point any AWS SDK at <see cref="Uri"/> with the configured credentials.
/// </summary>
public sealed class LocalPersonalizeEndpoint : IAsyncDisposable
{
    private const string AwsJsonContentType = "application/x-amz-json-1.1";
    private const string JsonContentType = "application/json";

    // Far above any valid request (ten events of at most a few kilobytes each), far below a memory problem.
    private const int MaxBodyBytes = 1 << 20;

    private readonly WebApplication _app;
    private readonly LocalStore _store;
    private readonly SignatureVerifier _verifier;
    private readonly FaultInjector _faults;
    private readonly ControlPlaneApi _controlPlane;
    private readonly DataPlaneOperations _dataPlane;
    private readonly LocalApi _local;

    private LocalPersonalizeEndpoint(WebApplication app, LocalEndpointOptions options)
    {
        _app = app;
        _store = new LocalStore(options.DataDirectory);
        _verifier = new SignatureVerifier(options.AccessKeyId, options.SecretAccessKey, options.Region, options.Clock);
        _faults = new FaultInjector(options.FailRate, options.ThrottleRate, options.DropRate, options.Delay, options.FaultSeed);
        var catalog = new ResourceCatalog(_store, new ResourceNames(options.Region));
        _controlPlane = new ControlPlaneApi(catalog, new Lifecycle(options.Clock, options.ActivationDelay));
        _dataPlane = new DataPlaneOperations(catalog, _controlPlane);
        _local = new LocalApi(catalog);
        Region = options.Region;
    }

    /// <summary>The address to give AWS clients as their endpoint URL, such as <c>http://127.0.0.1:4566</c>.</summary>
    public Uri Uri { get; private set; } = null!;

    /// <summary>The region requests are signed for.</summary>
    public string Region { get; }

    /// <summary>How many data-plane requests a fault has hit.</summary>
    internal int InjectedFaults(Fault fault) => _faults.Injected(fault);

    /// <summary>Which implementation verified the last signature (tests prove both paths).</summary>
    internal SignatureCheck? LastSignatureCheck { get; private set; }

    /// <summary>Starts an endpoint and returns once it accepts requests.</summary>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static Task<LocalPersonalizeEndpoint> StartAsync(LocalEndpointOptions? options = null, CancellationToken cancellationToken = default) =>
        StartAsync(options ?? new LocalEndpointOptions(), handleShutdownSignals: false, cancellationToken);

    internal static async Task<LocalPersonalizeEndpoint> StartAsync(LocalEndpointOptions options, bool handleShutdownSignals, CancellationToken cancellationToken)
    {
        options.Validate();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        if (!handleShutdownSignals)
        {
            // Inside someone else's process, Ctrl+C is theirs: the endpoint stops when it is disposed.
            builder.Services.AddSingleton<IHostLifetime, NoSignalsLifetime>();
        }

        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.Listen(options.Address, options.Port);
            kestrel.Limits.MaxRequestBodySize = MaxBodyBytes;
        });
        var app = builder.Build();
        var endpoint = new LocalPersonalizeEndpoint(app, options);
        app.Run(endpoint.HandleAsync);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await endpoint.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        endpoint.Uri = new Uri(address.Replace("[::]", "localhost", StringComparison.Ordinal));
        return endpoint;
    }

    /// <summary>
    /// The training readiness of a dataset group's recorded events, as <c>GET /local/readiness</c> answers it.
    /// </summary>
    /// <exception cref="InvalidOperationException">No dataset group has that ARN (the message is the service's error).</exception>
    public TrainingReadinessReport Readiness(string datasetGroupArn, string? eventType = null, double? eventValueThreshold = null) =>
        Guard(() => _local.Readiness(datasetGroupArn, eventType, eventValueThreshold));

    /// <summary>A dataset as bulk-import CSV, as <c>GET /local/export</c> answers it.</summary>
    /// <exception cref="InvalidOperationException">No dataset has that ARN (the message is the service's error).</exception>
    public string ExportCsv(string datasetArn) => Guard(() => _local.ExportCsv(datasetArn));

    /// <summary>Completes when the host is stopping (a signal, when the command handles them).</summary>
    internal Task WaitForShutdownAsync() => _app.WaitForShutdownAsync();

    /// <summary>Stops listening and closes the database.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _store.Dispose();
    }

    private static T Guard<T>(Func<T> call)
    {
        try
        {
            return call();
        }
        catch (ServiceError error)
        {
            throw new InvalidOperationException(error.Type + ": " + error.Message, error);
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value ?? "/";
        var contentType = path == "/" ? AwsJsonContentType : JsonContentType;
        try
        {
            var signed = await ReadAsync(context).ConfigureAwait(false);
            LastSignatureCheck = _verifier.Verify(signed, request.Host.Value ?? string.Empty);
            switch (request.Method, path)
            {
                case ("POST", "/"):
                    var output = _controlPlane.Invoke(request.Headers["X-Amz-Target"].ToString(), RequestMembers.Parse(signed.Body));
                    await WriteAsync(context, 200, AwsJsonContentType, output.ToJsonString()).ConfigureAwait(false);
                    break;
                case ("POST", _) when _dataPlane.At(path) is { } operation:
                    await PutAsync(context, signed, operation).ConfigureAwait(false);
                    break;
                case ("GET", "/local/readiness"):
                    var report = _local.Readiness(Query(request, "datasetGroupArn", required: true)!, Query(request, "eventType"), LocalApi.Threshold(Query(request, "eventValueThreshold")));
                    await WriteAsync(context, 200, JsonContentType, LocalApi.ToJson(report).ToJsonString()).ConfigureAwait(false);
                    break;
                case ("GET", "/local/export"):
                    await WriteAsync(context, 200, "text/csv; charset=utf-8", _local.ExportCsv(Query(request, "datasetArn", required: true)!)).ConfigureAwait(false);
                    break;
                default:
                    throw new ServiceError("UnknownOperationException", 404, request.Method + " " + path + " is not served: the control plane is POST /, the events API is POST " + string.Join(", ", _dataPlane.Paths) + ", and /local/readiness and /local/export are GET.");
            }
        }
        catch (ServiceError error)
        {
            await ErrorResponse.WriteAsync(context, error, contentType).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException && !context.Response.HasStarted)
        {
            // A fault of the endpoint itself: answered as the service answers its own, retryable, with what broke.
            var failure = new ServiceError("InternalFailure", 500, "The local endpoint failed: " + exception.GetType().Name + ": " + exception.Message);
            await ErrorResponse.WriteAsync(context, failure, contentType).ConfigureAwait(false);
        }
    }

    /// <summary>One data-plane request, through the fault injector first.</summary>
    private async Task PutAsync(HttpContext context, SignedRequest signed, Action<RequestMembers> operation)
    {
        if (_faults.Delay > TimeSpan.Zero)
        {
            await Task.Delay(_faults.Delay, context.RequestAborted).ConfigureAwait(false);
        }

        switch (_faults.Next())
        {
            case Fault.Fail:
                throw new ServiceError("InternalFailure", 500, "Injected failure (--fail-rate): nothing was stored.");
            case Fault.Throttle:
                throw new ServiceError("ThrottlingException", 429, "Rate exceeded (injected by --throttle-rate): nothing was stored.");
            case Fault.Drop:
                context.Abort();
                return;
        }

        operation(RequestMembers.Parse(signed.Body));
        context.Response.StatusCode = 200;
    }

    private static async Task<SignedRequest> ReadAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted).ConfigureAwait(false);
        var target = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var question = target.IndexOf('?');
        var headers = context.Request.Headers.ToDictionary(header => header.Key, header => header.Value.ToArray()!, StringComparer.OrdinalIgnoreCase);
        return new SignedRequest(
            context.Request.Method,
            question < 0 ? target : target.Substring(0, question),
            question < 0 ? string.Empty : target.Substring(question + 1),
            headers!,
            body.ToArray());
    }

    private static string? Query(HttpRequest request, string name, bool required = false)
    {
        var value = request.Query[name].ToString();
        return value.Length > 0 ? value
            : required ? throw ServiceError.InvalidInput("The query parameter " + name + " is required.")
            : null;
    }

    private static async Task WriteAsync(HttpContext context, int status, string contentType, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        await context.Response.WriteAsync(body, context.RequestAborted).ConfigureAwait(false);
    }

    private sealed class NoSignalsLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
