using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Emit;

/// <summary>
/// Writes, for each enum field, a switch from value to name and back: no reflection, no boxing, and a clear
/// error for a value without a name or a name without a value. The formatter takes the name to report, since
/// <c>properties</c> and events name the key and CSV names the field.
/// </summary>
internal static class EnumHelpersWriter
{
    public static void Write(IndentedWriter writer, SchemaModel model)
    {
        foreach (var field in model.Fields)
        {
            if (field.ValueKind != ValueKind.Enum)
            {
                continue;
            }

            var key = CodeNames.Literal(field.PropertiesKey);
            var enumName = CodeNames.Literal(field.ValueTypeName.Replace("global::", string.Empty));
            writer.Line();
            writer.Line("private static string " + CodeNames.FormatEnumMethod(field) + "(" + field.ValueTypeName + " value, string name) => value switch");
            writer.Line("{");
            foreach (var member in field.EnumMembers)
            {
                writer.Line("    " + field.ValueTypeName + "." + CodeNames.Identifier(member) + " => " + CodeNames.Literal(member) + ",");
            }

            writer.Line("    _ => throw " + CodeNames.Serialization + ".FieldParse.UnnamedEnumValue((long)value, name, " + enumName + "),");
            writer.Line("};");
            writer.Line();
            writer.Line("private static " + field.ValueTypeName + " " + CodeNames.ParseEnumMethod(field) + "(string text) => text switch");
            writer.Line("{");
            foreach (var member in field.EnumMembers)
            {
                writer.Line("    " + CodeNames.Literal(member) + " => " + field.ValueTypeName + "." + CodeNames.Identifier(member) + ",");
            }

            writer.Line("    _ => throw " + CodeNames.Serialization + ".FieldParse.UnknownEnumName(text, " + key + ", " + enumName + "),");
            writer.Line("};");
        }
    }
}
