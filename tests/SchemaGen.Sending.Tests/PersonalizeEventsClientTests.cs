using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Amazon.Runtime;
using Microsoft.AspNetCore.Http;
using Xunit;

namespace SchemaGen.Sending.Tests;

/// <summary>What goes over the wire, checked on a real server: bytes, headers, and a signature botocore agrees with.</summary>
public sealed class PersonalizeEventsClientTests
{
    [Fact]
    public async Task Posts_the_exact_body_to_events_as_json()
    {
        await using var server = await LoopbackServer.StartAsync();
        using var client = TestData.Client(server);
        var request = TestData.Request();

        await client.PutEventsAsync(request);

        var received = Assert.Single(server.Requests);
        Assert.Equal("POST", received.Method);
        Assert.Equal("/events", received.Path);
        Assert.Equal(Encoding.UTF8.GetBytes(request.ToJson()), received.Body);
        Assert.Equal(
            "{\"trackingId\":\"7d1f2e3c-tracking-id-of-the-test\",\"userId\":\"user555\",\"sessionId\":\"session1\",\"eventList\":[{\"eventId\":\"event-1\",\"eventType\":\"rating\",\"eventValue\":4,\"itemId\":\"movie_ten\",\"properties\":\"{\\\"numRatings\\\":\\\"13\\\"}\",\"sentAt\":1553631760}]}",
            Encoding.UTF8.GetString(received.Body));
        Assert.Equal("application/json", received.Headers["Content-Type"]);
        Assert.Equal("2018-03-22", received.Headers["X-Amz-Api-Version"]);
        Assert.Equal(received.Body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), received.Headers["Content-Length"]);
        Assert.StartsWith("SchemaGen/", received.Headers["User-Agent"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_signature_verifies_with_botocore_under_the_personalize_signing_name()
    {
        await using var server = await LoopbackServer.StartAsync();
        using var client = TestData.Client(server);

        await client.PutEventsAsync(TestData.Request());

        var received = Assert.Single(server.Requests);
        var authorization = received.Headers["Authorization"];
        var expected = BotocoreSignature.Compute(received, TestData.AccessKey, TestData.SecretKey, null, TestData.Region, "personalize");
        Assert.StartsWith("AWS4-HMAC-SHA256 Credential=" + TestData.AccessKey + "/" + expected.CredentialScope + ",", authorization, StringComparison.Ordinal);
        Assert.EndsWith("/us-west-2/personalize/aws4_request", expected.CredentialScope, StringComparison.Ordinal);
        Assert.Contains("SignedHeaders=" + expected.SignedHeaders + ",", authorization, StringComparison.Ordinal);
        Assert.Contains("content-type", expected.SignedHeaders.Split(';'));
        Assert.Contains("host", expected.SignedHeaders.Split(';'));
        Assert.EndsWith("Signature=" + expected.Signature, authorization, StringComparison.Ordinal);
        Assert.Equal(expected.PayloadSha256, received.Headers["X-Amz-Content-SHA256"]);

        // The same request signed for the endpoint prefix would not verify: the name is part of what is signed.
        var underEndpointPrefix = BotocoreSignature.Compute(received, TestData.AccessKey, TestData.SecretKey, null, TestData.Region, "personalize-events");
        Assert.NotEqual(underEndpointPrefix.Signature, expected.Signature);
    }

    [Fact]
    public async Task Session_credentials_send_and_sign_their_token()
    {
        await using var server = await LoopbackServer.StartAsync();
        using var client = TestData.Client(server, new SessionAWSCredentials(TestData.AccessKey, TestData.SecretKey, "the-session-token"));

        await client.PutEventsAsync(TestData.Request());

        var received = Assert.Single(server.Requests);
        Assert.Equal("the-session-token", received.Headers["X-Amz-Security-Token"]);
        var expected = BotocoreSignature.Compute(received, TestData.AccessKey, TestData.SecretKey, "the-session-token", TestData.Region, "personalize");
        Assert.Contains("x-amz-security-token", expected.SignedHeaders.Split(';'));
        Assert.EndsWith("Signature=" + expected.Signature, received.Headers["Authorization"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_request_is_refused_before_anything_is_sent()
    {
        await using var server = await LoopbackServer.StartAsync();
        using var client = TestData.Client(server);
        var tooLongSession = new PutEventsRequest(TestData.TrackingId, new string('s', 257), TestData.Request().EventList);

        await Assert.ThrowsAsync<Validation.PutEventsValidationException>(() => client.PutEventsAsync(tooLongSession));

        Assert.Empty(server.Requests);
    }

    [Theory]
    [InlineData(400, "InvalidInputException", typeof(PersonalizeEventsInvalidInputException), false)]
    [InlineData(404, "ResourceNotFoundException", typeof(PersonalizeEventsResourceNotFoundException), false)]
    [InlineData(409, "ResourceInUseException", typeof(PersonalizeEventsResourceInUseException), false)]
    [InlineData(403, "AccessDeniedException", typeof(PersonalizeEventsException), false)]
    [InlineData(429, null, typeof(PersonalizeEventsThrottlingException), true)]
    [InlineData(400, "ThrottlingException", typeof(PersonalizeEventsThrottlingException), true)]
    [InlineData(500, "InternalFailure", typeof(PersonalizeEventsServiceException), true)]
    [InlineData(503, "ServiceUnavailable", typeof(PersonalizeEventsServiceException), true)]
    public async Task Each_status_maps_to_its_exception(int status, string? errorType, Type expected, bool retryable)
    {
        await using var server = await LoopbackServer.StartAsync((context, _) => LoopbackServer.Error(context, status, errorType, "what went wrong"));
        using var client = TestData.Client(server);

        var error = await Assert.ThrowsAnyAsync<PersonalizeEventsException>(() => client.PutEventsAsync(TestData.Request()));

        Assert.IsType(expected, error);
        Assert.Equal(status, error.StatusCode);
        Assert.Equal(errorType, error.ErrorType);
        Assert.Equal(retryable, error.IsRetryable);
        Assert.EndsWith(": what went wrong", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"__type\":\"com.amazonaws.personalize#InvalidInputException\",\"message\":\"bad\"}")]
    [InlineData("{\"code\":\"InvalidInputException:http://internal.amazon.com/coral/\",\"Message\":\"bad\"}")]
    public async Task The_error_type_is_read_from_the_body_when_the_header_is_missing(string body)
    {
        await using var server = await LoopbackServer.StartAsync(async (context, _) =>
        {
            context.Response.StatusCode = 400;
            await context.Response.WriteAsync(body);
        });
        using var client = TestData.Client(server);

        var error = await Assert.ThrowsAsync<PersonalizeEventsInvalidInputException>(() => client.PutEventsAsync(TestData.Request()));

        Assert.Equal("InvalidInputException", error.ErrorType);
        Assert.EndsWith(": bad", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_header_error_type_is_stripped_of_its_namespace_and_suffix()
    {
        await using var server = await LoopbackServer.StartAsync((context, _) =>
            LoopbackServer.Error(context, 404, "aws.personalize#ResourceNotFoundException:http://internal.amazon.com/", "no tracker"));
        using var client = TestData.Client(server);

        var error = await Assert.ThrowsAsync<PersonalizeEventsResourceNotFoundException>(() => client.PutEventsAsync(TestData.Request()));

        Assert.Equal("ResourceNotFoundException", error.ErrorType);
    }

    [Fact]
    public async Task A_tracking_id_the_service_repeats_is_masked_and_no_secret_appears()
    {
        await using var server = await LoopbackServer.StartAsync((context, _) =>
            LoopbackServer.Error(context, 404, "ResourceNotFoundException", "Tracking ID " + TestData.TrackingId + " not found"));
        using var client = TestData.Client(server, new SessionAWSCredentials(TestData.AccessKey, TestData.SecretKey, "the-session-token"));

        var error = await Assert.ThrowsAsync<PersonalizeEventsResourceNotFoundException>(() => client.PutEventsAsync(TestData.Request()));

        Assert.DoesNotContain(TestData.TrackingId, error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Tracking ID 7d1f… not found", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TestData.SecretKey, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("the-session-token", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_attempt_past_its_timeout_is_a_retryable_network_error()
    {
        await using var server = await LoopbackServer.StartAsync((context, _) => Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted));
        using var client = TestData.Client(server, timeout: TimeSpan.FromMilliseconds(200));

        var error = await Assert.ThrowsAsync<PersonalizeEventsNetworkException>(() => client.PutEventsAsync(TestData.Request()));

        Assert.True(error.IsTimeout);
        Assert.True(error.IsRetryable);
        Assert.Equal("PutEvents to 127.0.0.1 got no answer within 0.2 s.", error.Message);
    }

    [Fact]
    public async Task A_dropped_connection_is_a_retryable_network_error()
    {
        await using var server = await LoopbackServer.StartAsync((context, _) =>
        {
            context.Abort();
            return Task.CompletedTask;
        });
        using var client = TestData.Client(server);

        var error = await Assert.ThrowsAsync<PersonalizeEventsNetworkException>(() => client.PutEventsAsync(TestData.Request()));

        Assert.False(error.IsTimeout);
        Assert.True(error.IsRetryable);
        Assert.StartsWith("PutEvents to 127.0.0.1 failed before an answer came: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_callers_cancellation_is_not_a_timeout()
    {
        await using var server = await LoopbackServer.StartAsync((context, _) => Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted));
        using var client = TestData.Client(server);
        using var cancel = new System.Threading.CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.PutEventsAsync(TestData.Request(), cancel.Token));
    }

    [Fact]
    public async Task A_credentials_resolver_is_asked_once_and_its_credentials_sign()
    {
        await using var server = await LoopbackServer.StartAsync();
        var resolver = new CountingResolver(new BasicAWSCredentials("AKIDRESOLVED", "resolved-secret"));
        using var client = new PersonalizeEventsClient(new PersonalizeEventsClientOptions
        {
            Region = TestData.Region,
            EndpointUrl = server.BaseAddress,
            CredentialsResolver = resolver,
        });

        await client.PutEventsAsync(TestData.Request());
        await client.PutEventsAsync(TestData.Request());

        Assert.Equal(1, resolver.Calls);
        var received = server.Requests.First();
        var expected = BotocoreSignature.Compute(received, "AKIDRESOLVED", "resolved-secret", null, TestData.Region, "personalize");
        Assert.EndsWith("Signature=" + expected.Signature, received.Headers["Authorization"], StringComparison.Ordinal);
    }

    [Fact]
    public void Credentials_and_a_resolver_together_are_refused()
    {
        var options = new PersonalizeEventsClientOptions
        {
            Region = TestData.Region,
            Credentials = new BasicAWSCredentials(TestData.AccessKey, TestData.SecretKey),
            CredentialsResolver = new CountingResolver(new BasicAWSCredentials(TestData.AccessKey, TestData.SecretKey)),
        };

        var error = Assert.Throws<ArgumentException>(() => new PersonalizeEventsClient(options));

        Assert.Contains("Credentials or CredentialsResolver, not both", error.Message, StringComparison.Ordinal);
    }

    private sealed class CountingResolver : Amazon.Runtime.Identity.IIdentityResolver<AWSCredentials>
    {
        private readonly AWSCredentials _credentials;

        public CountingResolver(AWSCredentials credentials) => _credentials = credentials;

        public int Calls { get; private set; }

        public AWSCredentials ResolveIdentity(Amazon.Runtime.IClientConfig clientConfig)
        {
            Calls++;
            return _credentials;
        }

        public Task<AWSCredentials> ResolveIdentityAsync(Amazon.Runtime.IClientConfig clientConfig, System.Threading.CancellationToken cancellationToken = default)
        {
            Calls++;
            return Task.FromResult(_credentials);
        }

        Amazon.Runtime.Identity.BaseIdentity Amazon.Runtime.Identity.IIdentityResolver.ResolveIdentity(Amazon.Runtime.IClientConfig clientConfig) => ResolveIdentity(clientConfig);

        async Task<Amazon.Runtime.Identity.BaseIdentity> Amazon.Runtime.Identity.IIdentityResolver.ResolveIdentityAsync(Amazon.Runtime.IClientConfig clientConfig, System.Threading.CancellationToken cancellationToken) =>
            await ResolveIdentityAsync(clientConfig, cancellationToken);
    }
}
