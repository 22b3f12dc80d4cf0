using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SchemaGen.Generator.Analyzers;

/// <summary>What the usage analyzers need to know about one schema type, taken from the generator's parser.</summary>
internal sealed class SchemaFacts
{
    public SchemaFacts(
        string schemaName,
        ImmutableArray<string> eventTypes,
        bool hasEventValue,
        ImmutableArray<(string FieldName, string PropertyName)> requiredProperties,
        string requiredReason,
        ImmutableArray<string> propertiesKeys)
    {
        SchemaName = schemaName;
        EventTypes = eventTypes;
        HasEventValue = hasEventValue;
        RequiredProperties = requiredProperties;
        RequiredReason = requiredReason;
        PropertiesKeys = propertiesKeys;
    }

    public string SchemaName { get; }

    public ImmutableArray<string> EventTypes { get; }

    public bool HasEventValue { get; }

    /// <summary>The properties holding the schema's required fields (USER_ID, ITEM_ID and TIMESTAMP of an Interactions schema, …).</summary>
    public ImmutableArray<(string FieldName, string PropertyName)> RequiredProperties { get; }

    /// <summary>Why those must be set: "every interaction needs USER_ID, ITEM_ID and TIMESTAMP".</summary>
    public string RequiredReason { get; }

    /// <summary>The camelCase keys this schema writes into <c>properties</c>.</summary>
    public ImmutableArray<string> PropertiesKeys { get; }

    /// <summary>The union over several schemas, for code that names no schema (the raw AWS SDK).</summary>
    public static (ImmutableArray<string> EventTypes, ImmutableArray<string> PropertiesKeys) Union(IEnumerable<SchemaFacts> schemas)
    {
        var eventTypes = new SortedSet<string>(System.StringComparer.Ordinal);
        var keys = new SortedSet<string>(System.StringComparer.Ordinal);
        foreach (var schema in schemas)
        {
            eventTypes.UnionWith(schema.EventTypes);
            keys.UnionWith(schema.PropertiesKeys);
        }

        return (eventTypes.ToImmutableArray(), keys.ToImmutableArray());
    }
}
