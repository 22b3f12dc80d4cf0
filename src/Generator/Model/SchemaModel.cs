namespace SchemaGen.Generator.Model;

/// <summary>
/// Everything generated for one <c>[InteractionsSchema]</c> type derives from this record: the single source
/// of truth for field names, order and types. It holds no symbols, syntax or locations, so it caches.
/// </summary>
/// <param name="Namespace">The containing namespace, empty for the global namespace.</param>
/// <param name="Keyword">The type's declaration keyword(s), as in <see cref="ContainingTypeInfo.Keyword"/>.</param>
/// <param name="FullyQualifiedName">The <c>global::</c>-qualified type name.</param>
/// <param name="HintName">The unique, deterministic name of the generated file.</param>
/// <param name="SchemaName">The schema's name (the attribute's <c>Name</c> or the type name).</param>
/// <param name="IsVisibleToAssembly">
/// False for a type nested as private or protected: code elsewhere in the assembly, such as the registry, cannot name it.
/// </param>
internal sealed record SchemaModel(
    string Namespace,
    string Keyword,
    string TypeName,
    EquatableArray<ContainingTypeInfo> ContainingTypes,
    string FullyQualifiedName,
    string HintName,
    string SchemaName,
    bool IsVisibleToAssembly,
    EquatableArray<string> EventTypes,
    EquatableArray<FieldModel> Fields);
