namespace SchemaGen.Generator.Model;

/// <summary>A schema type as the registry lists it.</summary>
/// <param name="FullyQualifiedName">The <c>global::</c>-qualified type name.</param>
/// <param name="SuppressedDiagnosticIds">The ids naming the type raises (<c>[Obsolete]</c> with an id, <c>[Experimental]</c>).</param>
internal sealed record RegistryEntry(string FullyQualifiedName, EquatableArray<string> SuppressedDiagnosticIds);
