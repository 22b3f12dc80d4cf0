namespace SchemaGen.Generator.Diagnostics;

/// <summary>The categories of SchemaGen's diagnostics, one per id family.</summary>
internal static class DiagnosticCategories
{
    /// <summary><c>SG1xxx</c>: the schema's definition.</summary>
    public const string SchemaDefinition = "SchemaGen.SchemaDefinition";
}
