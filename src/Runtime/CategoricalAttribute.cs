using System;

namespace SchemaGen;

/// <summary>
/// Marks a string (or string sequence) field as categorical, so Amazon Personalize uses it in training.
/// Emits <c>"categorical": true</c> on the Avro field. Enum properties are categorical without it.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class CategoricalAttribute : Attribute
{
}
