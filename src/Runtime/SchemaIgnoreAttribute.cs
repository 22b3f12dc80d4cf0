using System;

namespace SchemaGen;

/// <summary>Leaves a property out of the schema.</summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class SchemaIgnoreAttribute : Attribute
{
}
