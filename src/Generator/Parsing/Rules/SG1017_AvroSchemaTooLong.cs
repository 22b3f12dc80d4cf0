using System.Collections.Generic;
using System.Globalization;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Parsing.Rules;

/// <summary>SG1017: <c>CreateSchema</c> refuses an Avro schema longer than its limit.</summary>
internal static class AvroSchemaTooLongRule
{
    /// <returns>True when CreateSchema takes the schema.</returns>
    public static bool Check(SchemaModel model, int avroLength, LocationInfo? location, List<DiagnosticInfo> diagnostics)
    {
        if (avroLength <= SchemaLimits.MaxAvroSchemaLength)
        {
            return true;
        }

        diagnostics.Add(DiagnosticInfo.Create(
            DiagnosticDescriptors.AvroSchemaTooLong,
            location,
            model.TypeName,
            avroLength.ToString(CultureInfo.InvariantCulture),
            SchemaLimits.MaxAvroSchemaLength.ToString(CultureInfo.InvariantCulture)));
        return false;
    }
}
