using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Parsing.Rules;

/// <summary>SG1022: generated code reads every field property, which a property obsolete as an error forbids (CS0619).</summary>
internal static class UnusableMemberRule
{
    /// <returns>True when generated code can use the property.</returns>
    public static bool Check(PropertyInput property, List<DiagnosticInfo> diagnostics)
    {
        if (!property.IsObsoleteError)
        {
            return true;
        }

        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnusableMember, property.Location, property.Name, "[Obsolete] as an error (CS0619 cannot be suppressed)"));
        return false;
    }
}
