using System.Text.Json;

namespace SchemaGen.Serialization;

/// <summary>How SchemaGen writes JSON.</summary>
internal static class JsonDefaults
{
    /// <summary>
    /// Compact, and text kept as is but for what JSON must escape (<see cref="MinimalJsonEncoder"/>): any other
    /// escape would count against the 1024-character limit of <c>properties</c> as six or twelve characters.
    /// </summary>
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = MinimalJsonEncoder.Instance,
        Indented = false,
        SkipValidation = false,
    };
}
