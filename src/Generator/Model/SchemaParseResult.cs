namespace SchemaGen.Generator.Model;

/// <summary>
/// What parsing one schema type produced: a model when the type can be generated, and the diagnostics found.
/// </summary>
internal sealed record SchemaParseResult(SchemaModel? Model, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>A declaration that is no schema, or whose type has no symbol: nothing to generate or report.</summary>
    public static SchemaParseResult None { get; } = new(null, EquatableArray<DiagnosticInfo>.Empty);
}
