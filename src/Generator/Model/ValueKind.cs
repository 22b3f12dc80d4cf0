namespace SchemaGen.Generator.Model;

/// <summary>The shape of a property's CLR value, which decides how it is written as a field value.</summary>
internal enum ValueKind
{
    String,
    Boolean,
    /// <summary><c>int</c>, <c>short</c>, <c>ushort</c>, <c>byte</c> or <c>sbyte</c>.</summary>
    Int32,
    /// <summary><c>long</c> or <c>uint</c>.</summary>
    Int64,
    Single,
    Double,
    Enum,
    DateTime,
    DateTimeOffset,
    /// <summary>A sequence of strings, written as one <c>|</c>-joined string.</summary>
    StringSequence,
}
