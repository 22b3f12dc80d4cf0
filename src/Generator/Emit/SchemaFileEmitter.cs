using System.Collections.Generic;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Emit;

/// <summary>
/// One generated file per schema type, holding every emitter's part: the schema members, the properties writer,
/// the event (or data-plane record) members, the CSV writer and (when the type can be created) the reader. One file rather than five:
/// the compiler and the IDE pay a cost per generated file, on every run.
/// </summary>
internal static class SchemaFileEmitter
{
    public static string Emit(SchemaModel model)
    {
        var parts = new List<SchemaFilePart>
        {
            SchemaTypeEmitter.Part(model),
            PropertiesEmitter.Part(model),
        };
        parts.Add(RecordNames.Of(model.Dataset) is { } names ? RecordEmitter.Part(model, names) : EventEmitter.Part(model));
        parts.Add(CsvEmitter.Part(model));
        if (model.Construction is { } construction)
        {
            parts.Add(ReaderEmitter.Part(model, construction));
        }

        return PartialTypeWriter.Write(model, SchemaTypeEmitter.BaseList(model), parts, SchemaTypeEmitter.EmbeddedSchemaAttribute(model));
    }
}

/// <summary>What one emitter adds to a schema type: members, and optionally members of the private helper class.</summary>
internal sealed class SchemaFilePart
{
    public SchemaFilePart(System.Action<IndentedWriter> members, System.Action<IndentedWriter>? helpers = null)
    {
        Members = members;
        Helpers = helpers;
    }

    public System.Action<IndentedWriter> Members { get; }

    public System.Action<IndentedWriter>? Helpers { get; }
}
