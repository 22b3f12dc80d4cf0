using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SchemaGen.Benchmarks;

/// <summary>
/// What a team writes by hand for the properties string: a DTO of string values in the schema's field order,
/// serialized with a camelCase policy. Values are sent as strings, as SchemaGen sends them.
/// </summary>
public sealed class RatingProperties
{
    public string? NumRatings { get; set; }

    public string? Location { get; set; }

    public string? Genres { get; set; }

    public static RatingProperties From(MovieRating rating) => new()
    {
        NumRatings = rating.NumRatings?.ToString(CultureInfo.InvariantCulture),
        Location = rating.Location,
        Genres = string.Join("|", rating.Genres),
    };
}

/// <summary>The hand-written DTO for <see cref="DeviceView"/>.</summary>
public sealed class DeviceViewProperties
{
    public string? Device { get; set; }

    public string? Channel { get; set; }

    public string? Price { get; set; }

    public string? Quantity { get; set; }

    public string? Tags { get; set; }

    public static DeviceViewProperties From(DeviceView view) => new()
    {
        Device = view.Device,
        Channel = view.Channel,
        Price = view.Price.ToString("R", CultureInfo.InvariantCulture),
        Quantity = view.Quantity.ToString(CultureInfo.InvariantCulture),
        Tags = string.Join("|", view.Tags),
    };
}

/// <summary>The reflection peer's options: camelCase keys, nulls left out.</summary>
internal static class PeerJson
{
    public static readonly JsonSerializerOptions Reflection = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}

/// <summary>The source-generated peer: System.Text.Json's generator over the same DTOs, with the same options.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(RatingProperties))]
[JsonSerializable(typeof(DeviceViewProperties))]
internal sealed partial class PeerJsonContext : JsonSerializerContext
{
}
