namespace SchemaGen.LocalEndpoint.Signing;

/// <summary>What signature verification needs of one HTTP request, read once from the wire.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="RawPath">The path exactly as sent (still percent-encoded).</param>
/// <param name="RawQuery">The query exactly as sent, without the <c>?</c>; empty when there is none.</param>
/// <param name="Headers">Every header's values, by name (case-insensitive).</param>
/// <param name="Body">The whole body.</param>
internal sealed record SignedRequest(string Method, string RawPath, string RawQuery, IReadOnlyDictionary<string, string[]> Headers, byte[] Body)
{
    public string? Header(string name) =>
        Headers.TryGetValue(name, out var values) && values.Length > 0 ? string.Join(",", values) : null;
}
