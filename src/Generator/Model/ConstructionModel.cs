namespace SchemaGen.Generator.Model;

/// <summary>
/// How generated readers create an instance: a constructor taking <see cref="ConstructorParameters"/> (property
/// names in parameter order; empty for the parameterless one), then an object initializer assigning
/// <see cref="InitializedProperties"/>.
/// </summary>
internal sealed record ConstructionModel(EquatableArray<string> ConstructorParameters, EquatableArray<string> InitializedProperties);
