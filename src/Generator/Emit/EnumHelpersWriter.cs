using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Emit;

/// <summary>
/// Writes, for each enum field, a switch from value to name and back into the helper class: no reflection, no
/// boxing, and a clear error for a value without a name or a name without a value. Members are written by value,
/// never by name, so an obsolete or experimental member costs the consumer no diagnostic. The formatter takes the
/// name to report, since <c>properties</c> and events name the key and CSV names the field.
/// </summary>
internal static class EnumHelpersWriter
{
    public static void Write(IndentedWriter writer, SchemaModel model)
    {
        var first = true;
        foreach (var field in model.Fields)
        {
            if (field.ValueKind != ValueKind.Enum)
            {
                continue;
            }

            if (!first)
            {
                writer.Line();
            }

            first = false;
            var enumName = CodeNames.Literal(field.ValueTypeName.Replace("global::", string.Empty));
            writer.OpenBlock($"internal static string {CodeNames.DeclaredFormatEnumMethod(field)}({field.ValueTypeName} value, string name)");
            writer.OpenBlock($"switch (({field.EnumUnderlyingType})value)");
            foreach (var member in field.EnumMembers)
            {
                writer.Line($"case {member.ValueLiteral}: return {CodeNames.Literal(member.Name)};");
            }

            writer.Line($"default: throw {CodeNames.Serialization}.FieldParse.UnnamedEnumValue((long)value, name, {enumName});");
            writer.CloseBlock();
            writer.CloseBlock();
            writer.Line();
            writer.Line($"internal static {field.ValueTypeName} {CodeNames.DeclaredParseEnumMethod(field)}(string text) => text switch");
            writer.Line("{");
            foreach (var member in field.EnumMembers)
            {
                writer.Line($"    {CodeNames.Literal(member.Name)} => ({field.ValueTypeName})({member.ValueLiteral}),");
            }

            writer.Line($"    _ => throw {CodeNames.Serialization}.FieldParse.UnknownEnumName(text, {CodeNames.Literal(field.PropertiesKey)}, {enumName}),");
            writer.Line("};");
        }
    }
}
