using System.Globalization;
using System.Text.Json.Nodes;
using SchemaGen.LocalEndpoint.Protocol;

namespace SchemaGen.LocalEndpoint.ControlPlane;

/// <summary>The List operations' paging: <c>maxResults</c> (1–100, default 100) and an opaque <c>nextToken</c>.</summary>
internal static class Paging
{
    private const string TokenPrefix = "page-from-";

    public static JsonObject Page<T>(IReadOnlyList<T> all, RequestMembers request, string listMember, Func<T, JsonObject> summary)
    {
        var maxResults = request.Integer("maxResults", 1, 100, absent: 100);
        var token = request.String("nextToken", 0, 1500);
        var start = 0;
        if (token is not null
            && !(token.StartsWith(TokenPrefix, StringComparison.Ordinal)
                 && int.TryParse(token.AsSpan(TokenPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out start)
                 && start <= all.Count))
        {
            throw ServiceError.InvalidNextToken("nextToken '" + token + "' was not returned by this operation.");
        }

        var page = new JsonArray();
        foreach (var item in all.Skip(start).Take(maxResults))
        {
            page.Add(summary(item));
        }

        var result = new JsonObject { [listMember] = page };
        if (start + maxResults < all.Count)
        {
            result["nextToken"] = TokenPrefix + (start + maxResults).ToString(CultureInfo.InvariantCulture);
        }

        return result;
    }
}
