namespace SchemaGen.LocalEndpoint.Schemas;

/// <summary>One field of an Interactions schema as the endpoint checks events against it.</summary>
/// <param name="Name">The Avro field name, such as <c>NUM_RATINGS</c>.</param>
/// <param name="Type">The Avro primitive type: string, int, long, float, double or boolean.</param>
/// <param name="Nullable">Whether the type is a union with <c>null</c>.</param>
/// <param name="Categorical">Whether the field is marked <c>"categorical": true</c>.</param>
internal sealed record SchemaField(string Name, string Type, bool Nullable, bool Categorical)
{
    /// <summary>The key of this field inside PutEvents <c>properties</c>: <c>NUM_RATINGS</c> → <c>numRatings</c>.</summary>
    public string PropertiesKey { get; } = Generator.Parsing.FieldNaming.ToPropertiesKey(Name);
}
