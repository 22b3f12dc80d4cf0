namespace SchemaGen.Generator.Model;

/// <summary>
/// What parsing one schema type produced: a model when the type can be generated, and the diagnostics found.
/// </summary>
internal sealed record SchemaParseResult(SchemaModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);
