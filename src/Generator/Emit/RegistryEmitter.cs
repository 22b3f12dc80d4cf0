using System.Collections.Generic;
using System.Collections.Immutable;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Emit;

/// <summary>
/// Emits <c>SchemaGen.SchemaRegistry</c>: an internal, per-assembly list of every schema type's
/// <c>SchemaInfo</c>, so a program can enumerate its schemas without reflection.
/// </summary>
internal static class RegistryEmitter
{
    public const string HintName = GeneratedNames.RegistryFile;

    /// <param name="entries">The schema types, in any order.</param>
    public static string Emit(ImmutableArray<RegistryEntry> entries)
    {
        var sorted = new List<string>();
        var suppressedIds = new SortedSet<string>(System.StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            sorted.Add(entry.FullyQualifiedName);
            suppressedIds.UnionWith(entry.SuppressedDiagnosticIds);
        }

        sorted.Sort(System.StringComparer.Ordinal);

        var writer = new IndentedWriter();
        GeneratedCodeInfo.WriteHeader(writer, suppressedIds);
        writer.OpenBlock("namespace SchemaGen");
        writer.Line("/// <summary>");
        writer.Line("/// Every schema type of this assembly, of every dataset type, ordered by full type name.");
        writer.Line("/// </summary>");
        writer.Line(GeneratedCodeInfo.GeneratedCodeAttribute);
        writer.OpenBlock("internal static class " + GeneratedNames.RegistryClass);
        writer.Line("/// <summary>The schemas declared in this assembly.</summary>");
        writer.Line("public static global::System.Collections.Generic.IReadOnlyList<global::SchemaGen.DatasetSchemaInfo> All { get; } = new global::SchemaGen.DatasetSchemaInfo[]");
        writer.Line("{");
        foreach (var typeName in sorted)
        {
            writer.Line($"    {typeName}.SchemaInfo,");
        }

        writer.Line("};");
        writer.Line();
        writer.Line("/// <summary>Finds a schema by its name (its attribute's <c>Name</c> or the type name).</summary>");
        writer.Line("/// <returns>The schema, or <see langword=\"null\"/> when this assembly declares none by that name.</returns>");
        writer.OpenBlock("public static global::SchemaGen.DatasetSchemaInfo? Find(string name)");
        writer.OpenBlock("foreach (global::SchemaGen.DatasetSchemaInfo schema in All)");
        writer.OpenBlock("if (string.Equals(schema.Name, name, global::System.StringComparison.Ordinal))");
        writer.Line("return schema;");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.Line();
        writer.Line("return null;");
        writer.CloseBlock();
        writer.CloseBlock();
        writer.CloseBlock();
        return writer.ToString();
    }
}
