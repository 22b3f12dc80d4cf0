using Microsoft.CodeAnalysis;

namespace SchemaGen.Generator.Model;

/// <summary>
/// A diagnostic as plain data, created while parsing: the generator only checks whether any is an error, the
/// schema-definition analyzer reports them.
/// </summary>
/// <param name="Properties">Facts for code fixes, as alternating keys and values.</param>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, EquatableArray<string> MessageArgs, EquatableArray<string> Properties)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] messageArgs) =>
        new(descriptor, location, new EquatableArray<string>(messageArgs), EquatableArray<string>.Empty);

    /// <summary>This diagnostic with one more fact for its code fix.</summary>
    public DiagnosticInfo WithProperty(string key, string value)
    {
        var pairs = new string[Properties.Count + 2];
        for (var i = 0; i < Properties.Count; i++)
        {
            pairs[i] = Properties[i];
        }

        pairs[Properties.Count] = key;
        pairs[Properties.Count + 1] = value;
        return this with { Properties = new EquatableArray<string>(pairs) };
    }

    /// <summary>The diagnostic, located in the syntax tree <paramref name="findTree"/> returns for its file.</summary>
    /// <remarks>A location in a syntax tree, unlike one in a file path, is what editors underline and what
    /// <c>#pragma warning disable</c> applies to.</remarks>
    public Diagnostic ToDiagnostic(System.Func<string, SyntaxTree?> findTree)
    {
        var location = Location is { } info && findTree(info.FilePath) is { } tree
            ? Microsoft.CodeAnalysis.Location.Create(tree, info.TextSpan)
            : Location?.ToLocation();
        return Diagnostic.Create(Descriptor, location, PropertyMap(), Arguments());
    }

    private System.Collections.Immutable.ImmutableDictionary<string, string?> PropertyMap()
    {
        var map = System.Collections.Immutable.ImmutableDictionary<string, string?>.Empty;
        for (var i = 0; i + 1 < Properties.Count; i += 2)
        {
            map = map.SetItem(Properties[i], Properties[i + 1]);
        }

        return map;
    }

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
