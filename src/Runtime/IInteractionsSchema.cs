using System.IO;
using System.Text.Json;

namespace SchemaGen;

/// <summary>
/// Implemented by the generator on every <see cref="InteractionsSchemaAttribute"/> type, so code can handle any
/// schema's instances alike.
/// </summary>
public interface IInteractionsSchema
{
    /// <summary>The schema this instance belongs to.</summary>
    InteractionsSchemaInfo Schema { get; }

    /// <summary>Writes the PutEvents <c>properties</c> object of this interaction.</summary>
    void WriteProperties(Utf8JsonWriter writer);

    /// <summary>The PutEvents <c>properties</c> string of this interaction.</summary>
    string ToPropertiesJson();

    /// <summary>Writes this interaction as one bulk-import CSV record.</summary>
    void WriteCsvRow(TextWriter writer);

    /// <summary>This interaction as one bulk-import CSV record.</summary>
    string ToCsvRow();
}
