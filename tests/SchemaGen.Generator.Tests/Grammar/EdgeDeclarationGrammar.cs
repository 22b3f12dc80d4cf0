using System.Linq;
using System.Text;
using CsCheck;

namespace SchemaGen.Generator.Tests.Grammar;

/// <summary>A consumer source, a second file beside it, and whether the project enables nullable annotations.</summary>
public sealed record EdgeDeclarationCase(string Source, string OtherSource, bool ProjectNullable)
{
    /// <summary>The types the surroundings refer to, in a file of their own.</summary>
    public const string Definitions =
        "using System;\nnamespace Other { [AttributeUsage(AttributeTargets.All)] public sealed class TagAttribute : Attribute { } public static class Holder { public sealed class CategoricalAttribute : Attribute { } } }";

    public string[] Sources => new[] { Source, OtherSource, Definitions }.Where(source => source.Length > 0).ToArray();

    public override string ToString() => "nullable: " + ProjectNullable + "\n" + Source + "\n// other file\n" + OtherSource;
}

/// <summary>
/// Declarations on the edge of what the generator reads from syntax (<c>SyntaxMemberReader</c>), each with one thing
/// that may put it out of reach: a kind, modifier, base type or extra member; a property type that is not a keyword; a
/// <c>[Categorical]</c> that resolves elsewhere (an alias, a type of that name in scope, in a using'd namespace or
/// nested); a second partial declaration in another file; nullable annotations switched off.
/// </summary>
public static class EdgeDeclarationGrammar
{
    // Each list starts with its plain choice; a case changes one dimension at most (see Cases).
    private static readonly string[] TypeHeads =
    [
        "public partial class", "internal partial class", "public sealed partial class", "public partial struct", "partial class",
        "public partial record", "public class", "public static partial class", "public abstract partial class", "file partial class",
        "public readonly partial struct", "public partial record struct", "public ref partial struct",
    ];

    private static readonly string[] TypeNames = ["Click", "View", "Order", "ToEvent", "Categorical", "CategoricalAttribute", "@class", "var"];

    private static readonly string[] SchemaAttributes =
    [
        "[InteractionsSchema]", "[InteractionsSchema(EventTypes = new[] { \"click\" })]", "[InteractionsSchema(Name = \"click-stream\")]",
        "[InteractionsSchema(Name = \"-bad\")]", "[InteractionsSchema(InlineItemAndValue = true)]", "[SchemaGen.InteractionsSchema]",
        "[InteractionsSchema, Obsolete]", "[InteractionsSchema][Obsolete(\"x\", DiagnosticId = \"OLD1\")]", "[InteractionsSchema(EventTypes = new[] { \"\" })]",
    ];

    private static readonly string[] BaseLists = ["", " : Base", " : IMarker", " : System.IDisposable"];

    private static readonly string[] ExtraMembers =
    [
        "", "public void Touch() { }", "private int _count;", "public class Categorical : System.Attribute { }", "public Click() { }",
        "public const string Name = \"n\";", "public string ToEvent { get; set; } = \"\";", "public static string Shared { get; set; } = \"\";",
    ];

    /// <summary>Keyword types (mapped or not).</summary>
    private static readonly string[] KeywordTypes =
    [
        "string", "string?", "long", "long?", "int", "int?", "float", "float?", "double", "double?", "bool", "bool?", "decimal", "short",
        "byte", "uint", "ulong", "char", "object",
    ];

    private static readonly string[] OtherTypes = ["string[]", "System.String", "Int64", "DateTime", "Kind", "global::System.Int32", "dynamic"];

    private static readonly string[] MetadataNames = ["Location", "Device", "Price", "Count", "Genre", "Score", "Channel", "properties", "ItemId", "@event"];

    private static readonly string[] PropertyModifiers = ["public", "public required", "public static", "public virtual", "internal", "public new", "public abstract"];

    private static readonly string[] Accessors =
    [
        "{ get; set; }", "{ get; init; }", "{ set; get; }", "{ get; }", "{ get; private set; }", "{ get => default!; set { } }", "{ get; set; } = default!",
    ];

    private static readonly string[] PropertyAttributes =
    [
        "", "[Categorical] ", "[CategoricalAttribute] ", "[Categorical()] ", "[SchemaGen.Categorical] ", "[field: Categorical] ",
        "[Categorical, Obsolete] ", "[SchemaIgnore] ", "[SchemaField(\"LOCATION\")] ", "[@Categorical] ", "[Obsolete] ", "[Tag] ",
        "[Categorical][Obsolete(\"x\", true)] ",
    ];

    /// <summary>What else is in scope where the type is declared.</summary>
    private static readonly string[] Surroundings =
    [
        "", "using Categorical = Other.TagAttribute;", "using CategoricalAttribute = Other.TagAttribute;", "using Other;",
        "using static Other.Holder;", "using Tag = SchemaGen.CategoricalAttribute;",
    ];

    /// <summary>What the other file holds: nothing, another part of the type, or a global using.</summary>
    private static readonly string[] OtherFiles =
    [
        "", "global using Other;", "global using Categorical = Other.TagAttribute;", "PART", "PART_ATTRIBUTE",
        "namespace Shop { public class Categorical : System.Attribute { } }", "namespace Shop { public class CategoricalAttribute : System.Attribute { } }",
    ];

    private static readonly string[] Nullability = ["", "#nullable disable", "#nullable enable", "#nullable enable annotations", "#nullable disable annotations", "#nullable enable warnings"];

    private static Gen<string> Pick(string[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    /// <summary>The list's plain (first) choice, or any of its choices when this dimension is the one a case changes.</summary>
    private static Gen<string> Edge(string[] values, bool changed) => changed ? Pick(values) : Gen.Const(values[0]);

    private static Gen<string> Property(int changed) =>
        Gen.Select(
            Gen.Select(Gen.Int[0, 2], Pick(PropertyAttributes), (categorical, any) => changed == 10 ? any : categorical == 0 ? "[Categorical] " : string.Empty),
            Edge(PropertyModifiers, changed == 11),
            Gen.Select(Pick(KeywordTypes), Pick(OtherTypes), Gen.Int[0, 2], (keyword, other, which) => changed == 12 && which == 0 ? other : keyword),
            Pick(MetadataNames),
            Edge(Accessors, changed == 13),
            (attributes, modifiers, type, name, accessors) => attributes + modifiers + " " + type + " " + name + " " + accessors);

    private static Gen<string> Reserved(int changed) =>
        Gen.Select(Gen.Int[0, 9], Gen.Int[0, 9], Gen.Int[0, 3], Gen.Int[0, 3], (timestamp, itemId, eventType, eventValue) =>
            string.Join("\n", new[]
            {
                "public string UserId { get; set; } = \"\";",
                changed == 14 && itemId < 3 ? (itemId == 0 ? string.Empty : "public string? ItemId { get; set; }") : "public string ItemId { get; set; } = \"\";",
                changed == 14 && timestamp < 3 ? (timestamp == 0 ? "public int Timestamp { get; set; }" : "public long? Timestamp { get; set; }") : "public long Timestamp { get; set; }",
                eventType == 0 ? "public string EventType { get; set; } = \"\";" : eventType == 1 ? "public string? EventType { get; set; }" : string.Empty,
                eventValue == 0 ? "public float? EventValue { get; set; }" : eventValue == 1 ? "public double EventValue { get; set; }" : string.Empty,
            }.Where(line => line.Length > 0)));

    /// <summary>A case changes none (one in five) or one of fifteen dimensions away from the plain declaration.</summary>
    public static readonly Gen<EdgeDeclarationCase> Cases = Gen.Int[0, 18].SelectMany(changed =>
        Gen.Select(
            Gen.Select(Edge(TypeHeads, changed == 0), Edge(TypeNames, changed == 1), Edge(SchemaAttributes, changed == 2), Edge(BaseLists, changed == 3), Edge(ExtraMembers, changed == 4), (head, name, attribute, baseList, extra) => (head, name, attribute, baseList, extra)),
            Reserved(changed),
            Property(changed).Array[0, 5],
            Gen.Select(Edge(Surroundings, changed == 5), Edge(OtherFiles, changed == 6), Edge(Nullability, changed == 7), Gen.Int[0, 3].Select(value => changed != 8 || value > 0), Gen.Const(changed == 9), (surrounding, other, nullability, projectNullable, nested) => (surrounding, other, nullability, projectNullable, nested)),
            (type, reserved, metadata, context) =>
            {
                var text = new StringBuilder();
                text.AppendLine(context.surrounding);
                text.AppendLine("using System;\nusing SchemaGen;");
                text.AppendLine(context.nullability);
                text.AppendLine("namespace Shop;");
                text.AppendLine("public enum Kind { A, B }\npublic interface IMarker { }\npublic class Base { public string Region { get; set; } = \"\"; }");
                var nested = context.nested;
                if (nested)
                {
                    text.AppendLine("public partial class Outer {");
                }

                text.AppendLine(type.attribute);
                text.AppendLine(type.head + " " + type.name + type.baseList);
                text.AppendLine("{");
                text.AppendLine(reserved);
                foreach (var property in metadata)
                {
                    text.AppendLine(property);
                }

                text.AppendLine(type.extra.Replace("Click()", type.name.TrimStart('@') + "()", System.StringComparison.Ordinal));
                text.AppendLine("}");
                if (nested)
                {
                    text.AppendLine("}");
                }

                var keyword = type.head.Contains("struct", System.StringComparison.Ordinal) ? "partial struct" : type.head.Contains("record", System.StringComparison.Ordinal) ? "partial record" : "partial class";
                var part = (nested ? "public partial class Outer { " : string.Empty) + "public " + keyword + " " + type.name + " { public string? Extra { get; set; } }" + (nested ? " }" : string.Empty);
                var other = context.other switch
                {
                    "PART" => "using SchemaGen;\nnamespace Shop;\n" + part,
                    "PART_ATTRIBUTE" => "using SchemaGen;\nnamespace Shop;\n[Obsolete(\"x\", DiagnosticId = \"OLD2\")]\n" + part.Replace("{ public string? Extra { get; set; } }", "{ }", System.StringComparison.Ordinal).Replace("using SchemaGen;", "using System;", System.StringComparison.Ordinal),
                    _ => context.other,
                };
                return new EdgeDeclarationCase(text.ToString(), other, context.projectNullable);
            }));
}
