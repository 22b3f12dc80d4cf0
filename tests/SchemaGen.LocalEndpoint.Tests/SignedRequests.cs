using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Signing;
using SchemaGen.LocalEndpoint.Signing;

namespace SchemaGen.LocalEndpoint.Tests;

/// <summary>Requests signed by AWSSDK.Core's SigV4 signer, as the .NET SDK signs them.</summary>
internal static class SignedRequests
{
    public static async Task<HttpRequestMessage> PostAsync(Uri endpoint, string path, byte[] body, string? target, AWSCredentials credentials)
    {
        var uri = new Uri(endpoint, path);
        var signing = new AWSSigningRequest { HttpMethod = HttpMethod.Post, RequestUri = uri, Content = body };
        signing.Headers["Content-Type"] = "application/x-amz-json-1.1";
        if (target is not null)
        {
            signing.Headers["X-Amz-Target"] = target;
        }

        var signed = await AWSSigV4Signer.SignAsync(signing, new AWSSigV4Parameters { Credentials = credentials, Region = RegionEndpoint.USWest2, Service = "personalize", SignPayload = true });
        var message = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(body) };
        message.Content.Headers.TryAddWithoutValidation("Content-Type", "application/x-amz-json-1.1");
        if (target is not null)
        {
            message.Headers.TryAddWithoutValidation("X-Amz-Target", target);
        }

        foreach (var header in signed.Headers)
        {
            message.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        return message;
    }

    public static async Task<HttpRequestMessage> GetAsync(Uri endpoint, string pathAndQuery)
    {
        var uri = new Uri(endpoint, pathAndQuery);
        var signed = await AWSSigV4Signer.SignAsync(
            new AWSSigningRequest { HttpMethod = HttpMethod.Get, RequestUri = uri },
            new AWSSigV4Parameters { Credentials = new BasicAWSCredentials("test", "test"), Region = RegionEndpoint.USWest2, Service = "personalize", SignPayload = true });
        var message = new HttpRequestMessage(HttpMethod.Get, uri);
        foreach (var header in signed.Headers)
        {
            message.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        return message;
    }

    /// <summary>The request as the endpoint reads it off the wire.</summary>
    public static SignedRequest Capture(HttpRequestMessage message, byte[] body)
    {
        var headers = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
        {
            ["host"] = [message.RequestUri!.Authority],
        };
        foreach (var header in message.Headers.Concat(message.Content?.Headers ?? Enumerable.Empty<KeyValuePair<string, IEnumerable<string>>>()))
        {
            headers[header.Key] = header.Value.ToArray();
        }

        return new SignedRequest("POST", message.RequestUri.AbsolutePath, message.RequestUri.Query.TrimStart('?'), headers, body);
    }
}
