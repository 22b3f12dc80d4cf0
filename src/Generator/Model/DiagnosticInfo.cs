using Microsoft.CodeAnalysis;

namespace SchemaGen.Generator.Model;

/// <summary>A diagnostic as plain data, created while parsing and reported by its own pipeline output.</summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, EquatableArray<string> MessageArgs)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] messageArgs) =>
        new(descriptor, location, new EquatableArray<string>(messageArgs));

    /// <summary>The diagnostic, located in <paramref name="tree"/> when the file is part of the compilation.</summary>
    /// <remarks>A location in a syntax tree, unlike one in a file path, is what editors underline and what
    /// <c>#pragma warning disable</c> applies to.</remarks>
    public Diagnostic ToDiagnostic(System.Func<string, SyntaxTree?> findTree)
    {
        var location = Location is { } info && findTree(info.FilePath) is { } tree
            ? Microsoft.CodeAnalysis.Location.Create(tree, info.TextSpan)
            : Location?.ToLocation();
        return Diagnostic.Create(Descriptor, location, Arguments());
    }

    public Diagnostic ToDiagnostic() => Diagnostic.Create(Descriptor, Location?.ToLocation(), Arguments());

    private object[] Arguments()
    {
        var args = new object[MessageArgs.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = MessageArgs[i];
        }

        return args;
    }
}
