namespace SchemaGen.Generator.Diagnostics;

/// <summary>The categories of SchemaGen's diagnostics, one per id family.</summary>
internal static class DiagnosticCategories
{
    /// <summary><c>SG1xxx</c>: the schema's definition.</summary>
    public const string SchemaDefinition = "SchemaGen.SchemaDefinition";

    /// <summary><c>SG2xxx</c>: training and solution configuration.</summary>
    public const string Training = "SchemaGen.Training";

    /// <summary><c>SG3xxx</c>: building and sending events.</summary>
    public const string Events = "SchemaGen.Events";
}
