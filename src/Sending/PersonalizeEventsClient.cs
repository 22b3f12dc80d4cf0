using System;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Credentials;
using Amazon.Runtime.Identity;
using Amazon.Runtime.Signing;
using SchemaGen.Serialization;

namespace SchemaGen;

/// <summary>
/// Sends the Amazon Personalize Events API over HTTP — PutEvents (<c>POST /events</c>), PutItems (<c>/items</c>),
/// PutUsers (<c>/users</c>), PutActions (<c>/actions</c>) and PutActionInteractions (<c>/action-interactions</c>) —
/// each with its exact rest-json body, signed with Signature Version 4 (signing name <c>personalize</c>) by the AWS
/// SDK's signer, through one send path. Thread-safe; one attempt per call (retries belong to
/// <see cref="EventRecorder{T}"/>).
/// </summary>
public sealed class PersonalizeEventsClient : IPutEventsSender, IPersonalizeEventsSender, IDisposable
{
    // The service model's signing name, which is not the endpoint prefix (personalize-events).
    private const string SigningName = "personalize";

    // The data plane's API version, sent as the AWS SDK for .NET sends it.
    private const string ApiVersion = "2018-03-22";

    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json");
    private static readonly string UserAgent = "SchemaGen/" + typeof(PersonalizeEventsClient).Assembly.GetName().Version?.ToString(3);

    private readonly HttpClient? _ownedHttpClient;
    private readonly Func<HttpClient> _httpClient;
    private readonly RegionEndpoint _region;
    private readonly TimeSpan _timeout;
    private readonly SemaphoreSlim _credentialsLock = new(1, 1);
    private readonly IIdentityResolver<AWSCredentials>? _credentialsResolver;
    private readonly Uri _endpoint;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Uri> _operationUris = new(StringComparer.Ordinal);
    private AWSCredentials? _credentials;

    /// <summary>Creates a client configured entirely from the environment, as the AWS SDKs are.</summary>
    /// <exception cref="InvalidOperationException">No region is configured.</exception>
    public PersonalizeEventsClient()
        : this(new PersonalizeEventsClientOptions())
    {
    }

    /// <summary>Creates a client from <paramref name="options"/>; what they leave unset comes from the environment.</summary>
    /// <exception cref="InvalidOperationException">No region is configured.</exception>
    public PersonalizeEventsClient(PersonalizeEventsClientOptions options)
        : this(options, AwsEnvironment.Process)
    {
    }

    internal PersonalizeEventsClient(PersonalizeEventsClientOptions options, AwsEnvironment environment, Func<HttpClient>? httpClientSource = null)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        if (options.Timeout != System.Threading.Timeout.InfiniteTimeSpan
            && (options.Timeout <= TimeSpan.Zero || options.Timeout > LongestWait.Value))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Timeout, "PersonalizeEventsClientOptions.Timeout must be positive and at most " + LongestWait.Text + ", or infinite.");
        }

        if (options.Credentials is not null && options.CredentialsResolver is not null)
        {
            throw new ArgumentException("Set PersonalizeEventsClientOptions.Credentials or CredentialsResolver, not both.", nameof(options));
        }

        var region = environment.Region(options.Region);
        _region = RegionEndpoint.GetBySystemName(region);
        _endpoint = environment.Endpoint(options.EndpointUrl, region);
        EventsUri = UriOf("/events");
        _credentials = options.Credentials;
        _credentialsResolver = options.CredentialsResolver;
        _timeout = options.Timeout;
        if (httpClientSource is not null)
        {
            // From IHttpClientFactory: a client per call, so the factory can rotate its handlers.
            _httpClient = httpClientSource;
        }
        else if (options.HttpClient is { } httpClient)
        {
            _httpClient = () => httpClient;
        }
        else
        {
            // Timeouts are per attempt, set on each call, so the client's own never cuts one short.
            var owned = new HttpClient(options.HttpMessageHandler ?? new HttpClientHandler(), disposeHandler: true) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
            _ownedHttpClient = owned;
            _httpClient = () => owned;
        }
    }

    /// <summary>The address requests go to: the endpoint with <c>/events</c> appended.</summary>
    public Uri EventsUri { get; }

    /// <summary>The region requests are signed for.</summary>
    public string Region => _region.SystemName;

    /// <inheritdoc />
    /// <exception cref="Validation.PutEventsValidationException">The request breaks a limit of the service model; nothing was sent.</exception>
    /// <exception cref="PersonalizeEventsException">The service refused the request, or no answer came in time.</exception>
    public Task PutEventsAsync(PutEventsRequest request, CancellationToken cancellationToken = default) => SendAsync(request, cancellationToken);

    /// <summary>Sends a PutItems call: <c>POST /items</c>; the service replaces an item whose id it holds.</summary>
    /// <exception cref="Validation.RequestValidationException">The request breaks a limit of the service model; nothing was sent.</exception>
    /// <exception cref="PersonalizeEventsException">The service refused the request (404 for an unknown dataset, 409 while it is busy), or no answer came in time.</exception>
    public Task PutItemsAsync(PutItemsRequest request, CancellationToken cancellationToken = default) => SendAsync(request, cancellationToken);

    /// <summary>Sends a PutUsers call: <c>POST /users</c>; the service replaces a user whose id it holds.</summary>
    /// <exception cref="Validation.RequestValidationException">The request breaks a limit of the service model; nothing was sent.</exception>
    /// <exception cref="PersonalizeEventsException">The service refused the request (404 for an unknown dataset, 409 while it is busy), or no answer came in time.</exception>
    public Task PutUsersAsync(PutUsersRequest request, CancellationToken cancellationToken = default) => SendAsync(request, cancellationToken);

    /// <summary>Sends a PutActions call: <c>POST /actions</c>; the service replaces an action whose id it holds.</summary>
    /// <exception cref="Validation.RequestValidationException">The request breaks a limit of the service model; nothing was sent.</exception>
    /// <exception cref="PersonalizeEventsException">The service refused the request (404 for an unknown dataset, 409 while it is busy), or no answer came in time.</exception>
    public Task PutActionsAsync(PutActionsRequest request, CancellationToken cancellationToken = default) => SendAsync(request, cancellationToken);

    /// <summary>Sends a PutActionInteractions call: <c>POST /action-interactions</c>.</summary>
    /// <exception cref="Validation.RequestValidationException">The request breaks a limit of the service model; nothing was sent.</exception>
    /// <exception cref="PersonalizeEventsException">The service refused the request (404 for an unknown tracking id), or no answer came in time.</exception>
    public Task PutActionInteractionsAsync(PutActionInteractionsRequest request, CancellationToken cancellationToken = default) => SendAsync(request, cancellationToken);

    /// <summary>
    /// The one send path of every operation: validate and write the body, sign it for the operation's path, send one
    /// attempt within the time limit, and turn a refusal or a missing answer into the typed exception naming the operation.
    /// </summary>
    /// <exception cref="Validation.RequestValidationException">The request breaks a limit of the service model; nothing was sent.</exception>
    /// <exception cref="PersonalizeEventsException">The service refused the request, or no answer came in time.</exception>
    public async Task SendAsync(PersonalizeEventsRequest request, CancellationToken cancellationToken = default)
    {
        if (request is null)
        {
            throw new ArgumentNullException(nameof(request));
        }

        var body = Body(request);
        var uri = UriOf(request.RequestPath);
        var credentials = await CredentialsAsync(request.Operation, cancellationToken).ConfigureAwait(false);
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        attempt.CancelAfter(_timeout);
        try
        {
            using var message = await SignedMessageAsync(uri, body, credentials, attempt.Token).ConfigureAwait(false);
            using var response = await _httpClient().SendAsync(message, HttpCompletionOption.ResponseContentRead, attempt.Token).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            var errorBody = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
            throw RestJsonErrors.ToException((int)response.StatusCode, ErrorTypeHeader(response), errorBody, request.MaskedInMessages, request.Operation);
        }
        catch (Exception exception) when (PutEventsErrors.IsNetworkFailure(exception, cancellationToken))
        {
            throw PutEventsErrors.FromNetwork(exception, uri.Host, _timeout, request.Operation);
        }
    }

    /// <summary>Disposes the HTTP client if this client created it.</summary>
    public void Dispose()
    {
        _ownedHttpClient?.Dispose();

        _credentialsLock.Dispose();
    }

    /// <summary>The address of an operation: the endpoint with its path appended (<c>/items</c>), kept per path.</summary>
    private Uri UriOf(string operationPath) =>
        _operationUris.GetOrAdd(operationPath, path => new UriBuilder(_endpoint) { Path = _endpoint.AbsolutePath.TrimEnd('/') + path, Query = string.Empty }.Uri);

    private static byte[] Body(PersonalizeEventsRequest request)
    {
        using var buffer = new PooledBufferWriter();
        request.WriteTo(buffer);
        return buffer.WrittenSpan.ToArray();
    }

    private static string? ErrorTypeHeader(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Amzn-ErrorType", out var values) ? string.Join(",", values) : null;

    private async Task<HttpRequestMessage> SignedMessageAsync(Uri uri, byte[] body, AWSCredentials credentials, CancellationToken cancellationToken)
    {
        var signing = new AWSSigningRequest { HttpMethod = HttpMethod.Post, RequestUri = uri, Content = body };
        signing.Headers["Content-Type"] = JsonContentType.MediaType!;
        signing.Headers["X-Amz-Api-Version"] = ApiVersion;
        var signed = await AWSSigV4Signer.SignAsync(
            signing,
            new AWSSigV4Parameters { Credentials = credentials, Region = _region, Service = SigningName, SignPayload = true },
            cancellationToken).ConfigureAwait(false);

        var message = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(body) };
        message.Content.Headers.ContentType = JsonContentType;
        message.Headers.TryAddWithoutValidation("X-Amz-Api-Version", ApiVersion);
        message.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        foreach (var header in signed.Headers)
        {
            message.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        return message;
    }

    private async Task<AWSCredentials> CredentialsAsync(string operation, CancellationToken cancellationToken)
    {
        if (_credentials is { } known)
        {
            return known;
        }

        await _credentialsLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_credentials is null)
            {
                try
                {
                    var resolver = _credentialsResolver ?? new DefaultAWSCredentialsIdentityResolver();
                    _credentials = await resolver.ResolveIdentityAsync(null, cancellationToken).ConfigureAwait(false);
                }
                catch (AmazonClientException exception)
                {
                    // The chain's message lists where it looked; it holds no secret.
                    throw new PersonalizeEventsException("No AWS credentials to sign " + operation + " with: " + exception.Message, innerException: exception);
                }
            }

            return _credentials;
        }
        finally
        {
            _credentialsLock.Release();
        }
    }
}
