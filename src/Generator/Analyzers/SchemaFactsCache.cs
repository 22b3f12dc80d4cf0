using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Parsing;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// Schema facts per type, parsed once per compilation and shared by every operation block that needs them.
/// </summary>
internal sealed class SchemaFactsCache
{
    private readonly Compilation _compilation;
    private readonly INamedTypeSymbol _attributeType;
    private readonly ConcurrentDictionary<INamedTypeSymbol, SchemaFacts?> _byType = new(SymbolEqualityComparer.Default);
    private readonly Lazy<ImmutableArray<SchemaFacts>> _all;

    public SchemaFactsCache(Compilation compilation, INamedTypeSymbol attributeType)
    {
        _compilation = compilation;
        _attributeType = attributeType;
        _all = new Lazy<ImmutableArray<SchemaFacts>>(FindAll, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The facts of <paramref name="type"/>; null when it is not a schema type or its schema has errors.</summary>
    public SchemaFacts? For(ITypeSymbol? type) =>
        type is INamedTypeSymbol named ? _byType.GetOrAdd(named, Compute) : null;

    /// <summary>Every schema declared in the compilation's source, for checks on code that names no schema.</summary>
    public ImmutableArray<SchemaFacts> All => _all.Value;

    private SchemaFacts? Compute(INamedTypeSymbol type)
    {
        var attribute = SchemaAttribute.Find(type, _attributeType);
        if (attribute is null || SchemaParser.Parse(type, attribute, CancellationToken.None).Model is not { } model)
        {
            return null;
        }

        var required = ImmutableArray.CreateBuilder<(string, string)>();
        var keys = ImmutableArray.CreateBuilder<string>();
        var hasEventValue = false;
        foreach (var field in model.Fields)
        {
            if (ReservedFields.IsRequired(field.FieldName))
            {
                required.Add((field.FieldName, field.PropertyName));
            }

            hasEventValue |= field.FieldName == ReservedFields.EventValue;
        }

        foreach (var field in PropertiesFields.InOrder(model))
        {
            keys.Add(field.PropertiesKey);
        }

        return new SchemaFacts(model.SchemaName, model.EventTypes.ToImmutableArray(), hasEventValue, required.ToImmutable(), keys.ToImmutable());
    }

    private ImmutableArray<SchemaFacts> FindAll()
    {
        var all = new List<SchemaFacts>();
        foreach (var symbol in _compilation.GetSymbolsWithName(static _ => true, SymbolFilter.Type))
        {
            if (symbol is INamedTypeSymbol type && For(type) is { } facts)
            {
                all.Add(facts);
            }
        }

        return all.ToImmutableArray();
    }
}
