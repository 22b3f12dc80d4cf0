using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SchemaGen.LocalEndpoint.Protocol;

namespace SchemaGen.LocalEndpoint.Signing;

/// <summary>Which implementation recomputed a signature that matched.</summary>
internal enum SignatureCheck
{
    /// <summary>AWSSDK.Core's signer, at the request's own date.</summary>
    AwsSdkSigner,

    /// <summary>The specification's canonical request with the BCL's HMAC-SHA256.</summary>
    CanonicalRequest,
}

/// <summary>
/// Verifies a request's Signature Version 4 against the endpoint's one set of credentials, as the service does:
/// the access key, the credential scope (date, region, signing name <c>personalize</c>), a clock no more than 15
/// minutes off, and the signature itself. Every refusal is a 403 in the service's error shape.
/// </summary>
internal sealed class SignatureVerifier(string accessKeyId, string secretAccessKey, string region, TimeProvider clock)
{
    public const string SigningName = "personalize";

    private static readonly TimeSpan AllowedSkew = TimeSpan.FromMinutes(15);

    public SignatureCheck Verify(SignedRequest request, string host)
    {
        var authorization = AuthorizationHeader.Parse(request.Header("Authorization"));
        if (authorization.AccessKeyId != accessKeyId)
        {
            throw ServiceError.Forbidden("UnrecognizedClientException", "The security token included in the request is invalid: access key '" + authorization.AccessKeyId + "' is not this endpoint's.");
        }

        var amzDate = request.Header("X-Amz-Date")
            ?? throw ServiceError.Forbidden("IncompleteSignatureException", "Incomplete signature: the request has no X-Amz-Date header.");
        if (!DateTime.TryParseExact(amzDate, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var signedAt))
        {
            throw ServiceError.Forbidden("IncompleteSignatureException", "Incomplete signature: X-Amz-Date '" + amzDate + "' is not yyyyMMddTHHmmssZ.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if ((now - signedAt).Duration() > AllowedSkew)
        {
            throw ServiceError.Forbidden("InvalidSignatureException", "Signature expired: " + amzDate + " is more than 15 minutes from the endpoint's time (" + now.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) + ").");
        }

        if (authorization.Date != amzDate.Substring(0, 8))
        {
            throw ServiceError.Forbidden("InvalidSignatureException", "Date in Credential scope (" + authorization.Date + ") does not match the date of X-Amz-Date (" + amzDate + ").");
        }

        if (authorization.Region != region)
        {
            throw ServiceError.Forbidden("InvalidSignatureException", "Credential should be scoped to a valid region, not '" + authorization.Region + "': this endpoint serves '" + region + "'.");
        }

        if (authorization.Service != SigningName)
        {
            throw ServiceError.Forbidden("InvalidSignatureException", "Credential should be scoped to correct service: '" + SigningName + "', not '" + authorization.Service + "'.");
        }

        if (!authorization.SignedHeaders.Contains("host"))
        {
            throw ServiceError.Forbidden("IncompleteSignatureException", "Incomplete signature: SignedHeaders must include host.");
        }

        if (Matches(SdkSignature.TryCompute(request, authorization, signedAt, secretAccessKey, host), authorization))
        {
            return SignatureCheck.AwsSdkSigner;
        }

        if (Matches(CanonicalRequest.Signature(request, authorization, amzDate, secretAccessKey), authorization)
            || (request.RawQuery.Length > 0 && Matches(CanonicalRequest.Signature(request, authorization, amzDate, secretAccessKey, queryAsSent: true), authorization)))
        {
            return SignatureCheck.CanonicalRequest;
        }

        throw ServiceError.Forbidden("InvalidSignatureException", "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.");
    }

    private static bool Matches(string? expected, AuthorizationHeader authorization) =>
        expected is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(authorization.Signature));
}
