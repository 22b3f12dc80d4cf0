using System;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Signing;

namespace MovieClicks;

/// <summary>
/// The few Amazon Personalize control-plane calls the walk-through makes, as awsJson1_1 requests signed by
/// AWSSDK.Core (where the AWSSDK.Personalize package is at hand, its client does the same).
/// </summary>
internal sealed class ControlPlaneClient(Uri endpoint, string region, AWSCredentials credentials) : IDisposable
{
    private readonly HttpClient _http = new();

    public async Task<JsonObject> CallAsync(string operation, JsonObject input) =>
        JsonNode.Parse(await SendAsync(HttpMethod.Post, new Uri(endpoint, "/"), Encoding.UTF8.GetBytes(input.ToJsonString()), "AmazonPersonalize." + operation))!.AsObject();

    /// <summary>A signed GET, for the local endpoint's <c>/local/</c> routes.</summary>
    public async Task<JsonObject> GetAsync(string pathAndQuery) => JsonNode.Parse(await GetTextAsync(pathAndQuery))!.AsObject();

    /// <summary>A signed GET answered with text, such as <c>/local/export</c>'s CSV.</summary>
    public Task<string> GetTextAsync(string pathAndQuery) => SendAsync(HttpMethod.Get, new Uri(endpoint, pathAndQuery), null, null);

    public void Dispose() => _http.Dispose();

    private async Task<string> SendAsync(HttpMethod method, Uri uri, byte[]? body, string? target)
    {
        var signing = new AWSSigningRequest { HttpMethod = method, RequestUri = uri, Content = body };
        using var message = new HttpRequestMessage(method, uri);
        if (body is not null)
        {
            signing.Headers["Content-Type"] = "application/x-amz-json-1.1";
            signing.Headers["X-Amz-Target"] = target!;
            message.Content = new ByteArrayContent(body);
            message.Content.Headers.TryAddWithoutValidation("Content-Type", "application/x-amz-json-1.1");
            message.Headers.TryAddWithoutValidation("X-Amz-Target", target);
        }

        var signed = await AWSSigV4Signer.SignAsync(signing, new AWSSigV4Parameters
        {
            Credentials = credentials,
            Region = RegionEndpoint.GetBySystemName(region),
            Service = "personalize",
            SignPayload = true,
        });
        foreach (var header in signed.Headers)
        {
            message.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        using var response = await _http.SendAsync(message);
        var text = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode
            ? text
            : throw new InvalidOperationException($"{target ?? uri.AbsolutePath} failed ({(int)response.StatusCode}): {text}");
    }
}
