using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Emit;

/// <summary>
/// Emits the bulk-import CSV writer: <c>CsvHeader</c> (field names in schema order, unquoted) and a row writer
/// with the same column order, so files for <c>CreateDatasetImportJob</c> always match the schema.
/// </summary>
internal static class CsvEmitter
{
    private const string S = CodeNames.Serialization;

    public static SchemaFilePart Part(SchemaModel model) =>
        new(writer =>
        {
            writer.Line("/// <summary>The bulk-import CSV header: the schema's field names in schema order.</summary>");
            writer.Line(GeneratedCodeInfo.GeneratedCodeAttribute);
            writer.Line($"public const string CsvHeader = {CodeNames.Literal(Header(model))};");
            writer.Line();
            writer.Line("/// <summary>Writes <see cref=\"CsvHeader\"/> and a line feed.</summary>");
            writer.Line(GeneratedCodeInfo.GeneratedCodeAttribute);
            writer.OpenBlock("public static void WriteCsvHeader(global::System.IO.TextWriter writer)");
            writer.OpenBlock("if (writer is null)");
            writer.Line("throw new global::System.ArgumentNullException(\"writer\");");
            writer.CloseBlock();
            writer.Line();
            writer.Line("writer.Write(CsvHeader);");
            writer.Line("writer.Write('\\n');");
            writer.CloseBlock();
            writer.Line();
            writer.Line("/// <summary>");
            writer.Line($"/// Writes this {model.Dataset.RecordNoun} as one CSV record ending in a line feed: timestamps in epoch seconds,");
            writer.Line("/// multi-values joined with '|', an empty cell for null.");
            writer.Line("/// </summary>");
            writer.Line("/// <exception cref=\"global::SchemaGen.Serialization.InteractionFormatException\">A value cannot be imported (a line break, NaN, a null in a non-nullable field).</exception>");
            writer.Line(GeneratedCodeInfo.GeneratedCodeAttribute);
            writer.OpenBlock("public void WriteCsvRow(global::System.IO.TextWriter writer)");
            writer.Line(S + ".CsvRowWriter row = new " + S + ".CsvRowWriter(writer);");
            foreach (var field in model.Fields)
            {
                FieldCode.WriteCsvCell(writer, model.Dataset, field);
            }

            writer.Line("row.EndRow();");
            writer.CloseBlock();
            writer.Line();
            writer.Line($"/// <summary>This {model.Dataset.RecordNoun} as one CSV record, with its line feed.</summary>");
            writer.Line(GeneratedCodeInfo.GeneratedCodeAttribute);
            writer.OpenBlock("public string ToCsvRow()");
            writer.OpenBlock("using (global::System.IO.StringWriter writer = new global::System.IO.StringWriter(global::System.Globalization.CultureInfo.InvariantCulture))");
            writer.Line("this.WriteCsvRow(writer);");
            writer.Line("return writer.ToString();");
            writer.CloseBlock();
            writer.CloseBlock();
        });

    private static string Header(SchemaModel model)
    {
        var header = new System.Text.StringBuilder();
        foreach (var field in model.Fields)
        {
            header.Append(header.Length == 0 ? string.Empty : ",").Append(field.FieldName);
        }

        return header.ToString();
    }
}
