using System.Text.Encodings.Web;
using System.Text.Json;

namespace SchemaGen.Serialization;

/// <summary>How SchemaGen writes JSON.</summary>
internal static class JsonDefaults
{
    /// <summary>
    /// Compact, and non-ASCII text kept as is: the default encoder would turn each such character into a
    /// six-character escape, which counts against the 1024-character limit of <c>properties</c>. The bodies go
    /// to an API, never into HTML, so the relaxed encoder is safe here.
    /// </summary>
    public static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
        SkipValidation = false,
    };
}
