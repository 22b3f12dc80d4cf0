using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// Schema facts per type, taken from the shared <see cref="SchemaParseCache"/> and kept for the compilation, for
/// every operation block that needs them.
/// </summary>
internal sealed class SchemaFactsCache
{
    private readonly SchemaParseCache _parses;
    private readonly ConcurrentDictionary<INamedTypeSymbol, SchemaFacts?> _byType = new(SymbolEqualityComparer.Default);

    public SchemaFactsCache(SchemaParseCache parses) => _parses = parses;

    /// <summary>The facts of <paramref name="type"/>; null when it is not a schema type or its schema has errors.</summary>
    public SchemaFacts? For(ITypeSymbol? type, CancellationToken cancellationToken)
    {
        if (type is not INamedTypeSymbol named)
        {
            return null;
        }

        if (_byType.TryGetValue(named, out var cached))
        {
            return cached;
        }

        var facts = _parses.Parse(named, cancellationToken)?.Model is { } model ? Compute(model) : null;
        return _byType.GetOrAdd(named, facts);
    }

    /// <summary>
    /// Every Interactions schema declared in the compilation's source, for checks on code that names no schema: the AWS
    /// SDK's PutEvents events and CreateSolution requests can only mean one of those.
    /// </summary>
    public ImmutableArray<SchemaFacts> AllInteractions(CancellationToken cancellationToken)
    {
        var all = ImmutableArray.CreateBuilder<SchemaFacts>();
        foreach (var (type, model) in _parses.AllSchemas(cancellationToken))
        {
            if (model.Dataset == DatasetType.Interactions && For(type, cancellationToken) is { } facts)
            {
                all.Add(facts);
            }
        }

        return all.ToImmutable();
    }

    private static SchemaFacts Compute(SchemaModel model)
    {
        var required = ImmutableArray.CreateBuilder<(string, string)>();
        var keys = ImmutableArray.CreateBuilder<string>();
        var hasEventValue = false;
        foreach (var field in model.Fields)
        {
            if (model.Kind.IsRequired(field.FieldName))
            {
                required.Add((field.FieldName, field.PropertyName));
            }

            hasEventValue |= field.FieldName == ReservedFields.EventValue;
        }

        foreach (var field in PropertiesFields.InOrder(model))
        {
            keys.Add(field.PropertiesKey);
        }

        var requiredReason = "every " + model.Dataset.RecordNoun + " needs " + model.Kind.RequiredFieldsText;
        return new SchemaFacts(model.SchemaName, model.EventTypes.ToImmutableArray(), hasEventValue, required.ToImmutable(), requiredReason, keys.ToImmutable());
    }
}
