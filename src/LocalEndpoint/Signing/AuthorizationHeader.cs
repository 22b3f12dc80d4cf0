using SchemaGen.LocalEndpoint.Protocol;

namespace SchemaGen.LocalEndpoint.Signing;

/// <summary>
/// The parts of a SigV4 <c>Authorization</c> header:
/// <c>AWS4-HMAC-SHA256 Credential=AKID/20250101/us-west-2/personalize/aws4_request, SignedHeaders=host;x-amz-date, Signature=…</c>.
/// </summary>
internal sealed record AuthorizationHeader(string AccessKeyId, string Date, string Region, string Service, IReadOnlyList<string> SignedHeaders, string Signature)
{
    public const string Algorithm = "AWS4-HMAC-SHA256";

    public string Scope => Date + "/" + Region + "/" + Service + "/aws4_request";

    public static AuthorizationHeader Parse(string? header)
    {
        if (string.IsNullOrEmpty(header))
        {
            throw ServiceError.Forbidden("MissingAuthenticationTokenException", "Missing Authentication Token: every request is signed with Signature Version 4.");
        }

        if (!header.StartsWith(Algorithm + " ", StringComparison.Ordinal))
        {
            throw Incomplete("the Authorization header does not start with " + Algorithm);
        }

        string? credential = null, signedHeaders = null, signature = null;
        foreach (var part in header.Substring(Algorithm.Length + 1).Split(','))
        {
            var pair = part.Trim();
            var equals = pair.IndexOf('=');
            if (equals <= 0)
            {
                continue;
            }

            var value = pair.Substring(equals + 1);
            switch (pair.Substring(0, equals))
            {
                case "Credential": credential = value; break;
                case "SignedHeaders": signedHeaders = value; break;
                case "Signature": signature = value; break;
            }
        }

        if (credential is null || signedHeaders is null || signature is null)
        {
            throw Incomplete("the Authorization header needs Credential, SignedHeaders and Signature");
        }

        var scope = credential.Split('/');
        if (scope.Length != 5 || scope[4] != "aws4_request")
        {
            throw Incomplete("Credential must be <access key id>/<yyyyMMdd>/<region>/<service>/aws4_request, not '" + credential + "'");
        }

        return new AuthorizationHeader(scope[0], scope[1], scope[2], scope[3], signedHeaders.Split(';'), signature);
    }

    private static ServiceError Incomplete(string reason) =>
        ServiceError.Forbidden("IncompleteSignatureException", "Incomplete signature: " + reason + ".");
}
