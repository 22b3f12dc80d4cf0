using System.Collections.Generic;
using System.Globalization;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Parsing.Rules;

/// <summary>SG1018: CloudFormation takes a shorter schema than the API does (information).</summary>
internal static class AvroSchemaTooLongForCloudFormationRule
{
    public static void Check(SchemaModel model, int avroLength, LocationInfo? location, List<DiagnosticInfo> diagnostics)
    {
        if (avroLength > SchemaLimits.MaxCloudFormationSchemaLength && avroLength <= SchemaLimits.MaxAvroSchemaLength)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.AvroSchemaTooLongForCloudFormation,
                location,
                model.TypeName,
                avroLength.ToString(CultureInfo.InvariantCulture),
                SchemaLimits.MaxCloudFormationSchemaLength.ToString(CultureInfo.InvariantCulture)));
        }
    }
}
