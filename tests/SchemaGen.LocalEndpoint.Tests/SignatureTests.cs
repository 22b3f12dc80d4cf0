using System.Text;
using System.Text.Json.Nodes;
using Amazon.Runtime;
using SchemaGen.LocalEndpoint.Signing;
using Xunit;
using static SchemaGen.LocalEndpoint.Tests.Calls;

namespace SchemaGen.LocalEndpoint.Tests;

/// <summary>
/// Signature Version 4 as the service checks it, on requests signed by botocore, the JavaScript SDK and
/// AWSSDK.Core: the right credentials pass, every wrong part is a 403 in the service's error shape.
/// </summary>
public sealed class SignatureTests
{
    private static JsonArray ListSchemas() => [Boto3("personalize", "list_schemas")];

    [Boto3Fact]
    public async Task Botocore_signatures_verify_and_a_wrong_secret_is_refused()
    {
        await using var endpoint = await LocalPersonalizeEndpoint.StartAsync();
        Ok((await OfficialClients.Boto3Async(endpoint.Uri, ListSchemas()))[0]);
        Assert.Equal(SignatureCheck.CanonicalRequest, endpoint.LastSignatureCheck);

        var refused = (await OfficialClients.Boto3Async(endpoint.Uri, ListSchemas(), secretAccessKey: "not-test"))[0]!;
        Assert.Equal("InvalidSignatureException", ErrorOf(refused));
        Assert.Equal(403, (int)refused["status"]!);
    }

    [Boto3Fact]
    public async Task Another_access_key_or_region_is_refused()
    {
        await using var endpoint = await LocalPersonalizeEndpoint.StartAsync();
        var key = (await OfficialClients.Boto3Async(endpoint.Uri, ListSchemas(), accessKeyId: "AKIDEXAMPLE"))[0]!;
        Assert.Equal("UnrecognizedClientException", ErrorOf(key));
        var region = (await OfficialClients.Boto3Async(endpoint.Uri, ListSchemas(), region: "eu-west-1"))[0]!;
        Assert.Equal("InvalidSignatureException", ErrorOf(region));
        Assert.Contains("eu-west-1", (string)region["message"]!);
    }

    [Boto3Fact]
    public async Task A_clock_more_than_15_minutes_off_is_refused()
    {
        var clock = new ShiftedClock { Offset = TimeSpan.FromMinutes(14) };
        await using var endpoint = await LocalPersonalizeEndpoint.StartAsync(new LocalEndpointOptions { Clock = clock });
        Ok((await OfficialClients.Boto3Async(endpoint.Uri, ListSchemas()))[0]);

        clock.Offset = TimeSpan.FromMinutes(16);
        var ahead = (await OfficialClients.Boto3Async(endpoint.Uri, ListSchemas()))[0]!;
        Assert.Equal("InvalidSignatureException", ErrorOf(ahead));
        Assert.Contains("Signature expired", (string)ahead["message"]!);

        clock.Offset = TimeSpan.FromMinutes(-16);
        Assert.Equal("InvalidSignatureException", ErrorOf((await OfficialClients.Boto3Async(endpoint.Uri, ListSchemas()))[0]));
    }

    [Boto3Fact]
    public async Task Botocore_signed_GETs_verify_with_the_query_as_a_user_writes_it()
    {
        await using var endpoint = await LocalPersonalizeEndpoint.StartAsync();
        await ControlPlaneCalls.SetUpGuideAsync(endpoint.Uri, GuideInteraction.AvroSchemaJson);
        var baseUrl = endpoint.Uri.ToString().TrimEnd('/');

        // Escaped as the specification wants, and not escaped at all: botocore signs both as written.
        foreach (var arn in new[] { Uri.EscapeDataString(GroupArn), GroupArn })
        {
            var (status, body) = await OfficialClients.BotocoreGetAsync(baseUrl + "/local/readiness?datasetGroupArn=" + arn + "&eventType=watch");
            Assert.True(status == 200, body);
            Assert.Equal(0, (long)JsonNode.Parse(body)!["interactions"]!);
        }

        var (refused, error) = await OfficialClients.BotocoreGetAsync(baseUrl + "/local/export?datasetArn=" + EventsDatasetArn, secretAccessKey: "not-test");
        Assert.Equal(403, refused);
        Assert.Contains("InvalidSignatureException", error);
    }

    [Boto3Fact]
    public async Task Session_credentials_sign_like_long_term_ones()
    {
        await using var endpoint = await LocalPersonalizeEndpoint.StartAsync();
        Ok((await OfficialClients.Boto3Async(endpoint.Uri, ListSchemas(), sessionToken: "a-session-token"))[0]);
        Assert.Equal("InvalidSignatureException", ErrorOf((await OfficialClients.Boto3Async(endpoint.Uri, ListSchemas(), secretAccessKey: "not-test", sessionToken: "a-session-token"))[0]));
    }

    [JsSdkFact]
    public async Task JavaScript_sdk_signatures_verify_and_a_wrong_secret_is_refused()
    {
        await using var endpoint = await LocalPersonalizeEndpoint.StartAsync();
        Ok((await OfficialClients.JsSdkAsync(endpoint.Uri, [Js("personalize", "ListSchemasCommand")]))[0]);
        Assert.Equal(SignatureCheck.CanonicalRequest, endpoint.LastSignatureCheck);
        var refused = (await OfficialClients.JsSdkAsync(endpoint.Uri, [Js("personalize", "ListSchemasCommand")], secretAccessKey: "not-test"))[0]!;
        Assert.Equal("InvalidSignatureException", ErrorOf(refused));
        Assert.Equal(403, (int)refused["status"]!);
    }

    [Fact]
    public async Task AWSSDK_Core_signatures_are_recomputed_by_its_own_signer_and_by_the_canonical_request()
    {
        await using var endpoint = await LocalPersonalizeEndpoint.StartAsync();
        using var http = new HttpClient();
        var body = Encoding.UTF8.GetBytes("{}");
        using var response = await http.SendAsync(await SignedRequests.PostAsync(endpoint.Uri, "/", body, "AmazonPersonalize.ListSchemas", new BasicAWSCredentials("test", "test")));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        Assert.Equal(SignatureCheck.AwsSdkSigner, endpoint.LastSignatureCheck);

        // The same request through the specification's steps gives the signer's signature.
        var signed = await SignedRequests.PostAsync(endpoint.Uri, "/", body, "AmazonPersonalize.ListSchemas", new BasicAWSCredentials("test", "test"));
        var captured = SignedRequests.Capture(signed, body);
        var authorization = AuthorizationHeader.Parse(captured.Header("Authorization"));
        Assert.Equal(authorization.Signature, CanonicalRequest.Signature(captured, authorization, captured.Header("X-Amz-Date")!, "test"));
        Assert.NotEqual(authorization.Signature, CanonicalRequest.Signature(captured, authorization, captured.Header("X-Amz-Date")!, "not-test"));
    }

    [Fact]
    public async Task Unsigned_and_half_signed_requests_are_refused_in_the_services_shape()
    {
        await using var endpoint = await LocalPersonalizeEndpoint.StartAsync();
        using var http = new HttpClient();
        using var unsigned = await http.PostAsync(new Uri(endpoint.Uri, "/events"), new StringContent("{}"));
        Assert.Equal(403, (int)unsigned.StatusCode);
        Assert.Equal("MissingAuthenticationTokenException", string.Join(",", unsigned.Headers.GetValues("X-Amzn-ErrorType")));

        using var noScope = new HttpRequestMessage(HttpMethod.Post, new Uri(endpoint.Uri, "/")) { Content = new StringContent("{}") };
        noScope.Headers.TryAddWithoutValidation("Authorization", "AWS4-HMAC-SHA256 Signature=abc");
        using var incomplete = await http.SendAsync(noScope);
        Assert.Equal(403, (int)incomplete.StatusCode);
        var error = JsonNode.Parse(await incomplete.Content.ReadAsStringAsync())!;
        Assert.Equal("IncompleteSignatureException", (string)error["__type"]!);
        Assert.Contains("Credential", (string)error["message"]!);
    }
}
