using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Signing;

namespace SchemaGen.LocalEndpoint.Signing;

/// <summary>
/// The signature AWSSDK.Core's own SigV4 signer gives a request at the request's <c>X-Amz-Date</c>. The signer
/// chooses the headers it signs; when they are not exactly the ones the client signed, it cannot reproduce the
/// client's signature, and the answer is null.
/// </summary>
internal static class SdkSignature
{
    public static string? TryCompute(SignedRequest request, AuthorizationHeader authorization, DateTime signedAt, string secretAccessKey, string host)
    {
        var signing = new AWSSigningRequest
        {
            HttpMethod = new HttpMethod(request.Method),
            RequestUri = new Uri("http://" + host + request.RawPath + (request.RawQuery.Length > 0 ? "?" + request.RawQuery : string.Empty)),
            Content = request.Body,
        };
        foreach (var name in authorization.SignedHeaders)
        {
            if (name is not ("host" or "x-amz-date") && request.Header(name) is { } value)
            {
                signing.Headers[name] = value;
            }
        }

        var token = request.Header("x-amz-security-token");
        AWSCredentials credentials = token is null
            ? new BasicAWSCredentials(authorization.AccessKeyId, secretAccessKey)
            : new SessionAWSCredentials(authorization.AccessKeyId, secretAccessKey, token);
        string? header;
        try
        {
            var signed = AWSSigV4Signer.Sign(signing, new AWSSigV4Parameters
            {
                Credentials = credentials,
                Region = RegionEndpoint.GetBySystemName(authorization.Region),
                Service = authorization.Service,
                SignPayload = request.Header("x-amz-content-sha256") is not "UNSIGNED-PAYLOAD",
                SignedAt = signedAt,
            });
            header = signed.Headers.FirstOrDefault(pair => string.Equals(pair.Key, "Authorization", StringComparison.OrdinalIgnoreCase)).Value;
        }
        catch (AmazonClientException)
        {
            return null;
        }

        if (header is null)
        {
            return null;
        }

        var produced = AuthorizationHeader.Parse(header);
        return produced.SignedHeaders.SequenceEqual(authorization.SignedHeaders, StringComparer.Ordinal) ? produced.Signature : null;
    }
}
