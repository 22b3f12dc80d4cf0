namespace SchemaGen.Generator.Model;

/// <summary>The Avro primitive types Amazon Personalize accepts for a field (besides <c>null</c>).</summary>
internal enum AvroType
{
    String,
    Int,
    Long,
    Float,
    Double,
    Boolean,
}
