using System.Security.Cryptography;
using System.Text;

namespace SchemaGen.LocalEndpoint.Signing;

/// <summary>
/// Signature Version 4 computed from its specification with the BCL's SHA-256 and HMAC: the canonical request, the
/// string to sign, the signing key derived from the secret, and the hex signature.
/// </summary>
internal static class CanonicalRequest
{
    /// <summary>
    /// The hex signature of a request. With <paramref name="queryAsSent"/> the query is canonicalised from its pairs
    /// as sent (sorted, not re-encoded), as botocore and older curl do; the specification decodes and re-encodes
    /// each name and value. The two differ only for a query not encoded the specification's way, such as lower-case
    /// <c>%3a</c>.
    /// </summary>
    public static string Signature(SignedRequest request, AuthorizationHeader authorization, string amzDate, string secretAccessKey, bool queryAsSent = false)
    {
        var canonical = Text(request, authorization.SignedHeaders, queryAsSent);
        var stringToSign = AuthorizationHeader.Algorithm + "\n" + amzDate + "\n" + authorization.Scope + "\n" + Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
        var key = Hmac(Encoding.UTF8.GetBytes("AWS4" + secretAccessKey), authorization.Date);
        key = Hmac(key, authorization.Region);
        key = Hmac(key, authorization.Service);
        key = Hmac(key, "aws4_request");
        return Hex(Hmac(key, stringToSign));
    }

    /// <summary>The canonical request: method, URI, query, headers, signed header names and payload hash, one a line.</summary>
    public static string Text(SignedRequest request, IReadOnlyList<string> signedHeaders, bool queryAsSent = false)
    {
        var text = new StringBuilder();
        text.Append(request.Method).Append('\n');
        text.Append(CanonicalPath(request.RawPath)).Append('\n');
        text.Append(CanonicalQuery(request.RawQuery, queryAsSent)).Append('\n');
        foreach (var name in signedHeaders)
        {
            text.Append(name).Append(':').Append(CanonicalHeaderValue(request, name)).Append('\n');
        }

        text.Append('\n').Append(string.Join(";", signedHeaders)).Append('\n');
        text.Append(PayloadHash(request));
        return text.ToString();
    }

    public static string PayloadHash(SignedRequest request) =>
        request.Header("x-amz-content-sha256") is "UNSIGNED-PAYLOAD" ? "UNSIGNED-PAYLOAD" : Hex(SHA256.HashData(request.Body));

    // Every service but S3 encodes each path segment twice: the path on the wire is encoded once already.
    private static string CanonicalPath(string rawPath) =>
        rawPath.Length == 0 ? "/" : string.Join("/", rawPath.Split('/').Select(UriEncode));

    private static string CanonicalQuery(string rawQuery, bool asSent)
    {
        if (rawQuery.Length == 0)
        {
            return string.Empty;
        }

        var pairs = rawQuery.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair =>
            {
                var equals = pair.IndexOf('=');
                var name = equals < 0 ? pair : pair.Substring(0, equals);
                var value = equals < 0 ? string.Empty : pair.Substring(equals + 1);
                return asSent ? (Name: name, Value: value) : (Name: UriEncode(Uri.UnescapeDataString(name)), Value: UriEncode(Uri.UnescapeDataString(value)));
            })
            .OrderBy(pair => pair.Name, StringComparer.Ordinal)
            .ThenBy(pair => pair.Value, StringComparer.Ordinal);
        return string.Join("&", pairs.Select(pair => pair.Name + "=" + pair.Value));
    }

    // Values trimmed, inner runs of spaces made one, several values of one name joined with commas.
    private static string CanonicalHeaderValue(SignedRequest request, string name)
    {
        if (!request.Headers.TryGetValue(name, out var values))
        {
            return string.Empty;
        }

        return string.Join(",", values.Select(value => string.Join(" ", value.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries))));
    }

    // RFC 3986 unreserved characters stay; every other byte of the UTF-8 form is %XX with upper-case hex.
    private static string UriEncode(string text)
    {
        var encoded = new StringBuilder(text.Length);
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~')
            {
                encoded.Append(c);
            }
            else
            {
                encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return encoded.ToString();
    }

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
