using System;

namespace SchemaGen;

/// <summary>
/// Gives a property an explicit schema field name instead of the one derived from the property name.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class SchemaFieldAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="name">The Avro field name, matching <c>[A-Za-z_][A-Za-z0-9_]*</c>, at most 150 characters.</param>
    public SchemaFieldAttribute(string name) => Name = name;

    /// <summary>The Avro field name.</summary>
    public string Name { get; }
}
