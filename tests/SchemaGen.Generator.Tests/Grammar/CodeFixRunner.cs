using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SchemaGen.Generator.Tests.Infrastructure;

namespace SchemaGen.Generator.Tests.Grammar;

/// <summary>
/// Applies a code fix the way the IDE does: in a workspace, on the diagnostics the analyzers report over the
/// compilation with the generator's output, including the fix's own formatting and simplification.
/// </summary>
internal sealed class CodeFixRunner
{
    private readonly Solution _solution;
    private readonly DocumentId _documentId;
    private readonly CSharpParseOptions _parseOptions;

    private CodeFixRunner(Solution solution, DocumentId documentId, CSharpParseOptions parseOptions)
    {
        _solution = solution;
        _documentId = documentId;
        _parseOptions = parseOptions;
    }

    /// <summary>A one-project workspace: the source under fix, and other files beside it.</summary>
    public static CodeFixRunner Create(string source, LanguageVersion version, params string[] otherSources)
    {
        var workspace = new AdhocWorkspace();
        var parseOptions = new CSharpParseOptions(version);
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Default,
            "Consumer",
            "Consumer",
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: parseOptions,
            metadataReferences: TestCompilation.References));
        var document = workspace.AddDocument(project.Id, "Source.cs", Microsoft.CodeAnalysis.Text.SourceText.From(source));
        var solution = document.Project.Solution;
        for (var i = 0; i < otherSources.Length; i++)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(project.Id), "Other" + i + ".cs", otherSources[i]);
        }

        return new CodeFixRunner(solution, document.Id, parseOptions);
    }

    public Document Document => _solution.GetDocument(_documentId)!;

    /// <summary>The compilation as the build sees it: the project's files plus what the generator adds.</summary>
    public async Task<Compilation> CompileAsync()
    {
        var compilation = (await Document.Project.GetCompilationAsync())!;
        CSharpGeneratorDriver.Create([new InteractionsSchemaGenerator().AsSourceGenerator()], parseOptions: _parseOptions)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return output;
    }

    /// <summary>The analyzers' diagnostics with this id in the document under fix.</summary>
    public async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(string id)
    {
        var compilation = await CompileAsync();
        var diagnostics = await AnalyzerRunner.GetDiagnosticsAsync(compilation);
        var tree = await Document.GetSyntaxTreeAsync();
        return diagnostics.Where(d => d.Id == id && d.Location.SourceTree == tree).OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
    }

    /// <summary>The fix's first action for <paramref name="diagnostic"/> applied, or null when the fix offers none.</summary>
    public async Task<CodeFixRunner?> ApplyAsync(CodeFixProvider fix, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(Document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await fix.RegisterCodeFixesAsync(context);
        if (actions.Count == 0)
        {
            return null;
        }

        var operations = await actions[0].GetOperationsAsync(CancellationToken.None);
        var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        return new CodeFixRunner(changed, _documentId, _parseOptions);
    }

    /// <summary>Errors of the compilation with the generator's output; warnings too when asked.</summary>
    public async Task<Diagnostic[]> ProblemsAsync(DiagnosticSeverity atLeast)
    {
        var compilation = await CompileAsync();
        return compilation.GetDiagnostics().Where(d => d.Severity >= atLeast).ToArray();
    }

    public async Task<string> TextAsync() => (await Document.GetTextAsync()).ToString();
}
