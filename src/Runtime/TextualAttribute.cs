using System;

namespace SchemaGen;

/// <summary>
/// Marks a string field of an Items schema as textual (<c>"textual": true</c>): unstructured text such as a description,
/// which Amazon Personalize reads for training (at most one per schema, up to 20,000 characters a value).
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class TextualAttribute : Attribute
{
}
