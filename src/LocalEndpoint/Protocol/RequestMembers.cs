using System.Text.Json;
using System.Text.RegularExpressions;

namespace SchemaGen.LocalEndpoint.Protocol;

/// <summary>
/// Reads the members of a JSON request and checks each against its service-model shape (type, length, pattern),
/// naming the member in every refusal, as <c>InvalidInputException</c>.
/// </summary>
internal readonly partial struct RequestMembers(JsonElement root, string prefix = "")
{
    public JsonElement Root => root;

    public static RequestMembers Parse(byte[] body)
    {
        if (body.Length == 0)
        {
            return new RequestMembers(JsonDocument.Parse("{}").RootElement);
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? new RequestMembers(document.RootElement.Clone())
                : throw new ServiceError("SerializationException", 400, "The request body is not a JSON object.");
        }
        catch (JsonException exception)
        {
            throw new ServiceError("SerializationException", 400, "The request body is not valid JSON: " + exception.Message);
        }
    }

    public bool Has(string member) => root.TryGetProperty(member, out var value) && value.ValueKind != JsonValueKind.Null;

    /// <summary>A string member: null when absent and optional; refused when of another type or outside its lengths.</summary>
    public string? String(string member, int min, int max, bool required = false)
    {
        if (!root.TryGetProperty(member, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return required ? throw Missing(member) : null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw ServiceError.InvalidInput($"{prefix}{member} must be a string, not {value.ValueKind.ToString().ToLowerInvariant()}.");
        }

        var text = value.GetString()!;
        if (text.Length < min || text.Length > max)
        {
            throw ServiceError.InvalidInput($"{prefix}{member} has {text.Length} characters; it must have {(min == max ? min.ToString() : min + " to " + max)}.");
        }

        return text;
    }

    public string RequiredString(string member, int min, int max) => String(member, min, max, required: true)!;

    /// <summary>A <c>Name</c> shape: 1–63 characters matching <c>^[a-zA-Z0-9][a-zA-Z0-9\-_]*</c>.</summary>
    public string Name(string member = "name")
    {
        var name = RequiredString(member, 1, 63);
        return NamePattern().IsMatch(name)
            ? name
            : throw ServiceError.InvalidInput($"{prefix}{member} '{name}' must start with a letter or digit and hold only letters, digits, '-' and '_'.");
    }

    /// <summary>An <c>Arn</c> shape: at most 256 characters matching <c>arn:([a-z\d-]+):personalize:.*:.*:.+</c>.</summary>
    public string? Arn(string member, bool required = false)
    {
        var arn = String(member, 0, 256, required);
        return arn is null || ArnPattern().IsMatch(arn)
            ? arn
            : throw ServiceError.InvalidInput($"{prefix}{member} '{arn}' is not an Amazon Personalize ARN (arn:<partition>:personalize:<region>:<account>:<resource>).");
    }

    public string RequiredArn(string member) => Arn(member, required: true)!;

    /// <summary>An enum member: null when absent, refused when not one of <paramref name="values"/>.</summary>
    public string? Enum(string member, params string[] values)
    {
        var text = String(member, 0, 256);
        return text is null || Array.IndexOf(values, text) >= 0
            ? text
            : throw ServiceError.InvalidInput($"{prefix}{member} '{text}' must be one of {string.Join(", ", values)}.");
    }

    /// <summary>An integer member within its range, or <paramref name="absent"/>.</summary>
    public int Integer(string member, int min, int max, int absent)
    {
        if (!root.TryGetProperty(member, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return absent;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number >= min && number <= max
            ? number
            : throw ServiceError.InvalidInput($"{prefix}{member} must be an integer from {min} to {max}, not {value.GetRawText()}.");
    }

    private ServiceError Missing(string member) => ServiceError.InvalidInput($"{prefix}{member} is required.");

    [GeneratedRegex(@"^[a-zA-Z0-9][a-zA-Z0-9\-_]*$")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^arn:([a-z\d-]+):personalize:.*:.*:.+$")]
    private static partial Regex ArnPattern();
}
