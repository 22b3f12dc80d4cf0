using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Model;

/// <summary>
/// Everything generated for one schema type (<c>[InteractionsSchema]</c>, <c>[ItemsSchema]</c>, …) derives from this record: the single source
/// of truth for field names, order and types. It holds no symbols, syntax or locations, so it caches.
/// </summary>
/// <param name="Namespace">The containing namespace, empty for the global namespace.</param>
/// <param name="Keyword">The type's declaration keyword(s), as in <see cref="ContainingTypeInfo.Keyword"/>.</param>
/// <param name="FullyQualifiedName">The <c>global::</c>-qualified type name.</param>
/// <param name="HintNameStem">
/// The deterministic start of the generated file's name (<c>Namespace.Outer+Type</c>), unique ignoring case.
/// </param>
/// <param name="IsHintNameTaken">
/// Another schema type has exactly this name (the compiler reports it): the files could not be told apart, so none
/// is generated.
/// </param>
/// <param name="SchemaName">The schema's name (the attribute's <c>Name</c> or the type name).</param>
/// <param name="Kind">The dataset type and domain, from the schema attribute.</param>
/// <param name="IsValueType">True for structs and record structs.</param>
/// <param name="InlineItemAndValue">Whether <c>properties</c> also carries <c>itemId</c> and <c>eventValue</c>.</param>
/// <param name="Construction">How readers create an instance; null when the type cannot be created from its fields.</param>
/// <param name="IsVisibleToAssembly">
/// False for a type nested as private or protected, or obsolete as an error: code elsewhere in the assembly, such as
/// the registry, cannot name it.
/// </param>
/// <param name="SuppressedDiagnosticIds">
/// The ids that using the type's members raises (<c>[Obsolete]</c> with a <c>DiagnosticId</c>, <c>[Experimental]</c>),
/// suppressed in its generated files: the schema is the user's own declaration, already accepted where it is written.
/// </param>
internal sealed record SchemaModel(
    string Namespace,
    string Keyword,
    string TypeName,
    EquatableArray<ContainingTypeInfo> ContainingTypes,
    string FullyQualifiedName,
    string HintNameStem,
    bool IsHintNameTaken,
    string SchemaName,
    SchemaKind Kind,
    bool IsValueType,
    bool InlineItemAndValue,
    ConstructionModel? Construction,
    bool IsVisibleToAssembly,
    EquatableArray<string> EventTypes,
    EquatableArray<FieldModel> Fields,
    EquatableArray<string> SuppressedDiagnosticIds)
{
    /// <summary>The dataset type: the Avro record's name, its required fields and data-plane call.</summary>
    public DatasetType Dataset => Kind.Dataset;

    /// <summary>The field stored as <paramref name="fieldName"/>, or null.</summary>
    public FieldModel? Field(string fieldName)
    {
        foreach (var field in Fields)
        {
            if (field.FieldName == fieldName)
            {
                return field;
            }
        }

        return null;
    }
}
