using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SchemaGen.Generator.Tests.Infrastructure;

/// <summary>Builds consumer compilations offline: .NET 10 reference assemblies plus the SchemaGen runtime.</summary>
internal static class TestCompilation
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static readonly ImmutableArray<MetadataReference> References =
    [
        .. Basic.Reference.Assemblies.Net100.References.All,
        MetadataReference.CreateFromFile(typeof(SchemaGen.InteractionsSchemaAttribute).Assembly.Location),
        // SchemaGen.Sending, as a project that sends references it: the AWS SDK adapter implements its sender.
        MetadataReference.CreateFromFile(typeof(SchemaGen.PersonalizeEventsClient).Assembly.Location),
        // AWSSDK.Core: the sending side depends on it, and so does the AWS SDK every SDK scenario stands in for.
        MetadataReference.CreateFromFile(typeof(Amazon.Runtime.AmazonServiceException).Assembly.Location),
    ];

    public static CSharpCompilation Create(params string[] sources) =>
        Create(sources.Select((source, index) => (FileName(index), source)));

    public static CSharpCompilation Create(IEnumerable<(string Path, string Source)> files) =>
        CSharpCompilation.Create(
            "Consumer",
            files.Select(file => CSharpSyntaxTree.ParseText(file.Source, ParseOptions, file.Path)),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static string FileName(int index) => $"Source{index}.cs";
}
