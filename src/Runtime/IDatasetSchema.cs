using System.IO;
using System.Text.Json;

namespace SchemaGen;

/// <summary>
/// Implemented by the generator on every schema type of every dataset type, so code can handle any schema's records
/// alike: their <c>properties</c> string and their bulk-import CSV row.
/// </summary>
public interface IDatasetSchema
{
    /// <summary>The schema this record belongs to.</summary>
    DatasetSchemaInfo Schema { get; }

    /// <summary>Writes the <c>properties</c> object of this record, as the dataset type's data-plane call takes it.</summary>
    void WriteProperties(Utf8JsonWriter writer);

    /// <summary>The <c>properties</c> string of this record.</summary>
    string ToPropertiesJson();

    /// <summary>Writes this record as one bulk-import CSV record.</summary>
    void WriteCsvRow(TextWriter writer);

    /// <summary>This record as one bulk-import CSV record.</summary>
    string ToCsvRow();
}
