using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Analyzers;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SchemaGen.Generator.Tests;

/// <summary>The analyzers share one parse per schema type per compilation, and a cancelled parse is not kept.</summary>
public sealed class SchemaParseCacheTests
{
    private static readonly Compilation Compilation = TestCompilation.Create(Scenarios.SeedRatings);

    private static INamedTypeSymbol Rating => Compilation.GetTypeByMetadataName("MovieClicks.MovieRating")!;

    [Fact]
    public void Every_analyzer_of_a_compilation_gets_the_same_cache_and_the_same_parse()
    {
        var cache = SchemaParseCache.For(Compilation)!;

        Assert.Same(cache, SchemaParseCache.For(Compilation));
        Assert.Same(cache.Parse(Rating, CancellationToken.None), cache.Parse(Rating, CancellationToken.None));
        Assert.NotSame(cache, SchemaParseCache.For(Compilation.WithAssemblyName("Edited")));
    }

    [Fact]
    public void A_cancelled_parse_is_not_kept()
    {
        var compilation = TestCompilation.Create(Scenarios.SeedRatings);
        var cache = SchemaParseCache.For(compilation)!;
        var type = compilation.GetTypeByMetadataName("MovieClicks.MovieRating")!;
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => cache.Parse(type, cancelled.Token));
        Assert.NotNull(cache.Parse(type, CancellationToken.None)?.Model);
    }

    [Fact]
    public void Types_without_the_attribute_have_no_parse() =>
        Assert.Null(SchemaParseCache.For(Compilation)!.Parse(Compilation.GetSpecialType(SpecialType.System_String), CancellationToken.None));
}
