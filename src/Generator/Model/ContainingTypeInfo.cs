namespace SchemaGen.Generator.Model;

/// <summary>A type that encloses a nested schema type, re-declared as <c>partial</c> around the generated code.</summary>
/// <param name="Keyword">The declaration keyword(s): <c>class</c>, <c>struct</c>, <c>record</c>, <c>record struct</c>, <c>interface</c>.</param>
internal sealed record ContainingTypeInfo(string Keyword, string Name);
