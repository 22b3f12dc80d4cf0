using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Parsing;

namespace SchemaGen.Generator.Analyzers;

/// <summary>
/// One parse per schema type per compilation, shared by every SchemaGen analyzer: the schema-definition analyzer
/// reports its diagnostics, the usage analyzers read its model. A parse that is cancelled is not kept, so the next
/// request parses again rather than seeing a half-done result.
/// </summary>
internal sealed class SchemaParseCache
{
    private static readonly ConditionalWeakTable<Compilation, SchemaParseCache> ByCompilation = new();

    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<INamedTypeSymbol, SchemaParseResult?> _byType = new(SymbolEqualityComparer.Default);
    private ImmutableArray<(INamedTypeSymbol Type, SchemaModel Model)>? _all;

    private SchemaParseCache(Compilation compilation) => _compilation = compilation;

    /// <summary>The cache of <paramref name="compilation"/>; null when it does not reference the SchemaGen attributes.</summary>
    public static SchemaParseCache? For(Compilation compilation)
    {
        // Every schema attribute ships in the same assembly: one of them tells whether the compilation references it.
        var attributeType = compilation.GetTypeByMetadataName(KnownNames.InteractionsSchemaAttribute);
        return attributeType is null ? null : ByCompilation.GetValue(compilation, static created => new SchemaParseCache(created));
    }

    /// <summary>The parse of <paramref name="type"/>; null when it carries no schema attribute.</summary>
    public SchemaParseResult? Parse(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        if (_byType.TryGetValue(type, out var cached))
        {
            return cached;
        }

        var attribute = MayHaveAttributes(type, cancellationToken) ? SchemaAttribute.Find(type) : null;
        var result = attribute is null ? null : SchemaParser.Parse(type, attribute, cancellationToken);
        return _byType.GetOrAdd(type, result);
    }

    /// <summary>
    /// False for a type declared in source without a single attribute list: it cannot carry the attribute, and
    /// checking its syntax spares binding the attributes of every type in the compilation.
    /// </summary>
    private static bool MayHaveAttributes(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        var references = type.DeclaringSyntaxReferences;
        if (references.IsEmpty)
        {
            return true;
        }

        foreach (var reference in references)
        {
            if (reference.GetSyntax(cancellationToken) is not Microsoft.CodeAnalysis.CSharp.Syntax.MemberDeclarationSyntax { AttributeLists.Count: 0 })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every schema type of the compilation's source whose schema has no error, with its model.</summary>
    public ImmutableArray<(INamedTypeSymbol Type, SchemaModel Model)> AllSchemas(CancellationToken cancellationToken)
    {
        if (_all is { } all)
        {
            return all;
        }

        var schemas = new List<(INamedTypeSymbol, SchemaModel)>();
        foreach (var symbol in _compilation.GetSymbolsWithName(static _ => true, SymbolFilter.Type, cancellationToken))
        {
            if (symbol is INamedTypeSymbol type && Parse(type, cancellationToken)?.Model is { } model)
            {
                schemas.Add((type, model));
            }
        }

        var complete = schemas.ToImmutableArray();
        _all = complete;
        return complete;
    }
}
