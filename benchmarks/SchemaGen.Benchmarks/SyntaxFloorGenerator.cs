using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SchemaGen.Benchmarks;

/// <summary>
/// The syntax floor: finds the attributed types as SchemaGen does — the declarations whose attribute is written
/// <c>InteractionsSchema</c>, each one's symbol — binding no attribute, and generates nothing. What finding the types
/// costs a generator that does not use <c>ForAttributeWithMetadataName</c>.
/// </summary>
internal sealed class SyntaxFloorGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var found = context.SyntaxProvider.CreateSyntaxProvider(
            static (node, _) => node is TypeDeclarationSyntax declaration && WritesSchemaAttribute(declaration),
            static (candidate, cancellationToken) => candidate.SemanticModel.GetDeclaredSymbol((TypeDeclarationSyntax)candidate.Node, cancellationToken)?.Name);
        context.RegisterSourceOutput(found.Collect(), static (_, _) => { });
    }

    private static bool WritesSchemaAttribute(TypeDeclarationSyntax declaration)
    {
        foreach (var list in declaration.AttributeLists)
        {
            foreach (var attribute in list.Attributes)
            {
                var name = attribute.Name is QualifiedNameSyntax qualified ? qualified.Right : attribute.Name;
                if (name is IdentifierNameSyntax { Identifier.ValueText: "InteractionsSchema" or "InteractionsSchemaAttribute" })
                {
                    return true;
                }
            }
        }

        return false;
    }
}
