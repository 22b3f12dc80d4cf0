using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SchemaGen.Generator.Tests.Infrastructure;
using Xunit;

namespace SchemaGen.Generator.Tests;

/// <summary>
/// Generated code needs nothing newer than C# 8 (nullable annotations), so .NET Standard and .NET Framework
/// projects that raise their language version to 8 can use it.
/// </summary>
public sealed class LanguageVersionTests
{
    private const string CSharp8Consumer = """
        using System;
        using System.Collections.Generic;
        using SchemaGen;

        namespace Legacy
        {
            public enum Kind { View, Buy }

            [InteractionsSchema(EventTypes = new[] { "view", "buy" }, InlineItemAndValue = true)]
            public partial class Interaction
            {
                public string UserId { get; set; } = "";
                public string ItemId { get; set; } = "";
                public DateTime Timestamp { get; set; }
                public Kind EventType { get; set; }
                public double? EventValue { get; set; }
                public IReadOnlyList<string>? Impression { get; set; }
                [Categorical] public List<string> Genres { get; set; } = new List<string>();
                public Kind? Device { get; set; }
                public bool IsMember { get; set; }
            }

            [InteractionsSchema]
            public partial struct Click
            {
                public Click(string userId, string itemId, long timestamp)
                {
                    UserId = userId;
                    ItemId = itemId;
                    Timestamp = timestamp;
                }

                public string UserId { get; }
                public string ItemId { get; }
                public long Timestamp { get; }
            }
        }
        """;

    [Fact]
    public void Generated_code_compiles_as_csharp_8()
    {
        var options = new CSharpParseOptions(LanguageVersion.CSharp8);
        var compilation = TestCompilation.Create(CSharp8Consumer)
            .WithOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        compilation = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.Single(), CSharpSyntaxTree.ParseText(CSharp8Consumer, options));
        var driver = CSharpGeneratorDriver.Create([new InteractionsSchemaGenerator().AsSourceGenerator()], parseOptions: options);

        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

        Assert.Empty(generatorDiagnostics);
        // One file for each of the two types, and the registry.
        Assert.Equal(3, output.SyntaxTrees.Count() - compilation.SyntaxTrees.Count());
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }
}
