using System;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace SchemaGen.Sending.Tests;

/// <summary>
/// PutItems, PutUsers, PutActions and PutActionInteractions through the client, on a real loopback server: each posts
/// its exact body to its own path, signed as PutEvents is (botocore agrees), and the service's refusals come back as the
/// typed exceptions naming the operation.
/// </summary>
public sealed class DatasetCallsClientTests
{
    private const string Group = "arn:aws:personalize:us-west-2:123456789012:dataset/shop/";

    public static TheoryData<string> Operations() => new("PutItems", "PutUsers", "PutActions", "PutActionInteractions");

    private static PersonalizeEventsRequest RequestOf(string operation) => operation switch
    {
        "PutItems" => new PutItemsRequest(Group + "ITEMS", [new Item("movie_ten", "{\"genres\":\"Horror|Action\"}")]),
        "PutUsers" => new PutUsersRequest(Group + "USERS", [new User("user555", "{\"membershipLevel\":\"Gold\"}")]),
        "PutActions" => new PutActionsRequest(Group + "ACTIONS", [new ActionRecord("join", "{\"value\":\"100\"}")]),
        _ => new PutActionInteractionsRequest(TestData.TrackingId, [new ActionInteraction("join", "user555", "session1", TestData.SentAt, "Taken", "event-1", null, null, null)]),
    };

    private static Task SendAsync(PersonalizeEventsClient client, PersonalizeEventsRequest request) => request switch
    {
        PutItemsRequest items => client.PutItemsAsync(items),
        PutUsersRequest users => client.PutUsersAsync(users),
        PutActionsRequest actions => client.PutActionsAsync(actions),
        _ => client.PutActionInteractionsAsync((PutActionInteractionsRequest)request),
    };

    private static string PathOf(string operation) => operation switch
    {
        "PutItems" => "/items",
        "PutUsers" => "/users",
        "PutActions" => "/actions",
        _ => "/action-interactions",
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Each_call_posts_its_exact_body_to_its_path_signed_as_botocore_signs_it(string operation)
    {
        await using var server = await LoopbackServer.StartAsync();
        using var client = TestData.Client(server);
        var request = RequestOf(operation);

        await SendAsync(client, request);

        var received = Assert.Single(server.Requests);
        Assert.Equal("POST", received.Method);
        Assert.Equal(PathOf(operation), received.Path);
        Assert.Equal(Encoding.UTF8.GetBytes(request.ToJson()), received.Body);
        Assert.Equal("application/json", received.Headers["Content-Type"]);
        Assert.Equal("2018-03-22", received.Headers["X-Amz-Api-Version"]);
        var expected = BotocoreSignature.Compute(received, TestData.AccessKey, TestData.SecretKey, null, TestData.Region, "personalize");
        Assert.EndsWith("Signature=" + expected.Signature, received.Headers["Authorization"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(400, "InvalidInputException", typeof(PersonalizeEventsInvalidInputException))]
    [InlineData(404, "ResourceNotFoundException", typeof(PersonalizeEventsResourceNotFoundException))]
    [InlineData(409, "ResourceInUseException", typeof(PersonalizeEventsResourceInUseException))]
    [InlineData(429, null, typeof(PersonalizeEventsThrottlingException))]
    [InlineData(500, "InternalFailure", typeof(PersonalizeEventsServiceException))]
    public async Task The_models_errors_map_by_name_and_the_message_names_the_operation(int status, string? errorType, Type expected)
    {
        await using var server = await LoopbackServer.StartAsync((context, _) => LoopbackServer.Error(context, status, errorType, "dataset " + Group + "ITEMS is not ACTIVE"));
        using var client = TestData.Client(server);

        var error = await Assert.ThrowsAnyAsync<PersonalizeEventsException>(() => client.PutItemsAsync((PutItemsRequest)RequestOf("PutItems")));

        Assert.IsType(expected, error);
        Assert.Equal((status, errorType), (error.StatusCode, error.ErrorType));
        Assert.StartsWith("PutItems failed with HTTP " + status, error.Message, StringComparison.Ordinal);
        Assert.EndsWith(": dataset " + Group + "ITEMS is not ACTIVE", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_tracking_id_is_masked_in_an_action_interactions_refusal()
    {
        await using var server = await LoopbackServer.StartAsync((context, _) => LoopbackServer.Error(context, 404, "ResourceNotFoundException", "no tracker " + TestData.TrackingId));
        using var client = TestData.Client(server);

        var error = await Assert.ThrowsAsync<PersonalizeEventsResourceNotFoundException>(() => client.PutActionInteractionsAsync((PutActionInteractionsRequest)RequestOf("PutActionInteractions")));

        Assert.StartsWith("PutActionInteractions failed with HTTP 404", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(TestData.TrackingId, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dataset_arn_of_another_type_is_refused_before_anything_is_sent()
    {
        await using var server = await LoopbackServer.StartAsync();
        using var client = TestData.Client(server);

        // SG3003 warns of this ARN in the editor; the refusal before sending is what this test shows.
#pragma warning disable SG3003
        var error = await Assert.ThrowsAsync<Validation.RequestValidationException>(() => client.PutUsersAsync(new PutUsersRequest(Group + "INTERACTIONS", [new User("u1")])));
#pragma warning restore SG3003

        Assert.Equal("PutUsers", error.Operation);
        Assert.Contains("names a dataset of type INTERACTIONS", error.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task No_answer_in_time_is_a_retryable_network_failure_naming_the_operation()
    {
        await using var server = await LoopbackServer.StartAsync((_, _) => Task.Delay(TimeSpan.FromSeconds(5)));
        using var client = TestData.Client(server, timeout: TimeSpan.FromMilliseconds(300));

        var error = await Assert.ThrowsAsync<PersonalizeEventsNetworkException>(() => client.PutActionsAsync((PutActionsRequest)RequestOf("PutActions")));

        Assert.True(error.IsTimeout);
        Assert.True(error.IsRetryable);
        Assert.StartsWith("PutActions to 127.0.0.1 got no answer within 0.3 s", error.Message, StringComparison.Ordinal);
    }
}
