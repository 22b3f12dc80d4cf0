using System;

namespace SchemaGen.Serialization;

/// <summary>
/// A field value that cannot be written as the service expects it, or a <c>properties</c> string that cannot be
/// read back into a schema type. <see cref="Key"/> names the field.
/// </summary>
public sealed class InteractionFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="key">The field's <c>properties</c> key, event member or Avro field name.</param>
    /// <param name="message">What is wrong with it.</param>
    public InteractionFormatException(string key, string message)
        : base("'" + key + "': " + message) => Key = key;

    /// <summary>The field the problem is about.</summary>
    public string Key { get; }
}
