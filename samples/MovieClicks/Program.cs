using System;
using SchemaGen;

// Every [InteractionsSchema] type of this assembly, with the Avro schema to pass to CreateSchema.
foreach (var schema in SchemaRegistry.All)
{
    Console.WriteLine($"== {schema.Name} ({schema.SchemaType.FullName})");
    Console.WriteLine($"fields (CSV column order): {string.Join(",", schema.FieldNames)}");
    if (schema.EventTypes.Count > 0)
    {
        Console.WriteLine($"event types: {string.Join(", ", schema.EventTypes)}");
    }

    Console.WriteLine(schema.AvroSchemaJson);
    Console.WriteLine();
}
