using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;
using Microsoft.CodeAnalysis.CSharp;

namespace SchemaGen.Generator.Tests.Grammar;

/// <summary>One consumer source file, the language version it is compiled with, and optionally a second file beside it.</summary>
public sealed record DeclarationCase(string Source, LanguageVersion LanguageVersion, string? OtherSource = null)
{
    public override string ToString() => "C# " + LanguageVersion.ToDisplayString() + "\n" + Source;
}

/// <summary>
/// Schema declarations built from a grammar: names (odd ones included), type kinds and modifiers, nesting,
/// base types, constructors, property types, modifiers, accessors and attributes, enums with obsolete,
/// experimental, aliased and nameless members, preprocessor noise, and every language version from C# 8 on.
/// Most cases are valid, many are not; the generator must handle all of them.
/// </summary>
public static class DeclarationGrammar
{
    /// <summary>Mostly ordinary names; the odd ones are what generated code must not trip over.</summary>
    private static readonly string[] TypeNames =
    [
        "Click", "Click", "Click", "Click", "Rating", "Rating", "Rating", "View", "View", "View", "Visit", "Visit", "Order", "Order", "CLICK", "click", "var", "nameof", "dynamic", "ToEvent", "SchemaInfo", "CsvHeader",
        "PutEventsBuilder", "FromEvent", "Schema", "AvroSchemaJson", "WriteProperties", "Interactions", "SchemaRegistry", "SchemaGen", "__SchemaGen",
        "Clíck", "@class", "async", "value", "global", "EventMembers",
    ];

    private static readonly string[] Namespaces =
    [
        "", "", "", "Shop", "Shop", "Shop", "Shop.Events", "nameof", "var", "Demo.SchemaGen", "global_", "System", "Clicks.var",
    ];

    /// <summary>Type kinds, weighted towards the common ones.</summary>
    private static readonly string[] Kinds =
    [
        "partial class", "partial class", "partial class", "partial class", "partial class", "partial class", "partial class",
        "partial class", "partial class", "partial record", "partial struct", "partial record struct", "sealed partial class",
        "partial record", "partial record", "partial record class", "partial struct", "partial struct", "partial struct",
        "partial record struct", "partial record struct", "readonly partial struct", "readonly partial record struct",
        "abstract partial class", "ref partial struct", "static partial class",
    ];

    private static readonly string[] Containers =
    [
        "", "", "", "public static partial class Outer", "public partial class Outer", "internal partial struct Holder",
        "public partial record Box", "public partial class var", "public partial class ToEvent",
    ];

    private static readonly string[] Attributes =
    [
        "[InteractionsSchema]",
        "[InteractionsSchema(EventTypes = new[] { \"click\" })]",
        "[InteractionsSchema(EventTypes = new[] { \"click\", \"view\" })]",
        "[InteractionsSchema(Name = \"click-stream\")]",
        "[InteractionsSchema(EventTypes = new[] { \"click\" }, InlineItemAndValue = true)]",
        "[InteractionsSchema(EventTypes = new string[0])]",
        "[SchemaGen.InteractionsSchema]",
        "[InteractionsSchema(Domain = PersonalizeDomain.Ecommerce, EventTypes = new[] { \"View\" })]",
        "[ItemsSchema]",
        "[ItemsSchema(Name = \"catalog\")]",
        "[ItemsSchema(Domain = PersonalizeDomain.Ecommerce)]",
        "[ItemsSchema(Domain = SchemaGen.PersonalizeDomain.VideoOnDemand)]",
        "[UsersSchema]",
        "[UsersSchema(Domain = PersonalizeDomain.VideoOnDemand)]",
        "[ActionsSchema]",
        "[ActionInteractionsSchema]",
        "[ActionInteractionsSchema(EventTypes = new[] { \"Viewed\", \"Taken\" })]",
        "[ItemsSchema, UsersSchema]",
    ];

    private static readonly string[] PropertyNames =
    [
        "Location", "Location", "Device", "Device", "Price", "Price", "Genres", "Genres", "Channel", "Channel", "Score", "Score", "Plan", "Region",
        "Location", "Device", "Price", "Genres", "properties", "s_declaredEventTypes", "writer", "row", "value", "userId",
        "@event", "__text_Location", "__properties", "var", "nameof", "Count", "Genre_L2", "_lead", "@class", "Écran",
        "Schema", "ToString", "Equals", "__eventType", "__impression", "s_key_location", "interaction", "sessionId",
        "eventId", "buffer", "@this", "Value", "Item", "EqualityContract", "CategoryL1", "Description",
    ];

    private static readonly string[] MetadataTypes =
    [
        "int", "long", "short", "byte", "sbyte", "ushort", "uint", "ulong", "float", "double", "decimal", "bool", "string",
        "string?", "int?", "double?", "Kind", "Kind?", "DateTime", "DateTimeOffset?", "string[]", "string?[]", "string[]?",
        "List<string>", "List<string?>", "List<string>?", "IReadOnlyList<string>", "IReadOnlyList<string?>", "IEnumerable<string>",
        "char", "Guid", "object", "byte[]", "TimeSpan", "global::System.Int32", "Int64",
    ];

    /// <summary>At most one SchemaGen attribute and one usage mark per property, most often none.</summary>
    private static readonly string[] SchemaAttributes = ["", "", "", "", "[Categorical] ", "[Categorical] ", "[SchemaField(\"X_Y\")] ", "[SchemaField(\"LOCATION\")] ", "[SchemaIgnore] ", "[Textual] "];

    private static readonly string[] UsageMarks =
    [
        "", "", "", "", "", "", "[Obsolete] ", "[Obsolete(\"gone\", true)] ", "[Obsolete(\"old\", DiagnosticId = \"OLD001\")] ",
        "[System.Diagnostics.CodeAnalysis.Experimental(\"EXP001\")] ", "[System.ComponentModel.Browsable(false)] ",
    ];

    private static readonly string[] ClassModifiers = ["public", "public", "public", "public", "public", "public", "internal", "public static", "public virtual", "public new", "public required", "protected", "private"];

    private static readonly string[] StructModifiers = ["public", "public", "public", "public", "public", "internal", "public static", "public new", "public required", "private"];

    private static readonly string[] Accessors = ["{ get; set; }", "{ get; set; }", "{ get; set; }", "{ get; init; }", "{ get; }", "{ get; private set; }", "{ get; internal set; }"];

    private static readonly string[] ReadonlyAccessors = ["{ get; }", "{ get; init; }"];

    private static readonly string[] EnumMembers =
    [
        "Click", "View", "Buy", "[Obsolete] Old", "[Obsolete(\"gone\", true)] Gone", "[Obsolete(\"x\", DiagnosticId = \"OLD002\")] Legacy",
        "[System.Diagnostics.CodeAnalysis.Experimental(\"EXP002\")] Preview", "Alias = 0", "@class", "Value", "Negative = -3",
    ];

    private static readonly string[] ClassConstructors =
    [
        "", "", "", "", "public {0}(ref string userId) {{ }}", "public {0}(out int x) {{ x = 0; }}", "public {0}(in long timestamp) {{ }}", "public {0}(ref readonly long timestamp) {{ }}",
        "public {0}(string userId, string itemId) {{ }}", "[Obsolete(\"gone\", true)] public {0}() {{ }}", "private {0}() {{ }}",
    ];

    private static readonly string[] StructConstructors = ["", "", "", "public {0}(string userId, string itemId) {{ }}", "public {0}(ref string userId) {{ }}"];

    private static readonly string[] Noise =
    [
        "", "", "", "#pragma warning disable CS0618", "#if DEBUG\n#endif", "#nullable disable", "#nullable enable", "#pragma warning disable OLD001, EXP001",
    ];

    private static readonly LanguageVersion[] Versions =
    [
        LanguageVersion.CSharp8, LanguageVersion.CSharp9, LanguageVersion.CSharp10, LanguageVersion.CSharp11, LanguageVersion.CSharp12,
        LanguageVersion.CSharp13, LanguageVersion.Latest, LanguageVersion.Latest, LanguageVersion.Latest, LanguageVersion.Latest,
        LanguageVersion.Latest, LanguageVersion.Latest,
    ];

    private static Gen<string> Pick(string[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    private static Gen<T> Pick<T>(T[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    private sealed record Property(string Modifiers, string Type, string Name, string Accessors, string Attributes);

    private sealed record KindRules(string[] Modifiers, string[] Accessors, string[] Constructors, bool IsClass);

    private static KindRules RulesFor(string kind)
    {
        var isStruct = kind.EndsWith("struct", System.StringComparison.Ordinal);
        var isReadonly = kind.StartsWith("readonly", System.StringComparison.Ordinal);
        var modifiers = isStruct || kind.StartsWith("sealed", System.StringComparison.Ordinal) ? StructModifiers : ClassModifiers;
        return new KindRules(modifiers, isReadonly ? ReadonlyAccessors : Accessors, isStruct ? StructConstructors : ClassConstructors, !isStruct);
    }

    private static readonly Gen<string> Attribute = Gen.Select(Pick(SchemaAttributes), Pick(UsageMarks), (schema, usage) => schema + usage);

    /// <summary>A property with kind-appropriate modifiers and accessors; static ones get a plain accessor pair.</summary>
    private static Gen<Property> PropertyOf(KindRules rules, Gen<string> types, Gen<string> names, bool plain) =>
        Gen.Select(Pick(rules.Modifiers), types, names, Pick(rules.Accessors), Attribute, Gen.Int[0, 5],
            (modifiers, type, name, accessors, attributes, oddness) =>
            {
                if (oddness != 0 && (plain || oddness > 1))
                {
                    (modifiers, attributes, accessors) = ("public", string.Empty, rules.Accessors[0]);
                }

                return new Property(modifiers, type, name, modifiers.Contains("static", System.StringComparison.Ordinal) ? "{ get; set; }" : accessors, attributes);
            });

    /// <summary>The reserved fields, each present with its own likelihood, usually plain.</summary>
    private static Gen<Property?[]> ReservedProperties(KindRules rules)
    {
        Gen<Property?> Reserved(string name, string[] types, int presentOutOf20) =>
            Gen.Select(Gen.Int[0, 19], PropertyOf(rules, Pick(types), Gen.Const(name), plain: true), (present, property) => present < presentOutOf20 ? property : null);

        // The reserved fields of the other dataset types: a field in one, an ordinary metadata field in the others.
        var others = Gen.Select(
            Reserved("ActionId", ["string", "string", "string?"], 6),
            Reserved("CreationTimestamp", ["long", "DateTimeOffset", "DateTime?", "string"], 4),
            Reserved("Value", ["long?", "long", "int"], 3),
            (a, b, c) => new[] { a, b, c });
        return Gen.Select(
            Reserved("UserId", ["string", "string", "string", "string", "string", "string", "string", "string?"], 19),
            Reserved("ItemId", ["string", "string", "string", "string", "string", "string", "string", "string?"], 19),
            Gen.Select(Reserved("Timestamp", ["long", "long", "long", "long", "long", "DateTime", "DateTime", "DateTimeOffset", "DateTimeOffset", "uint", "int", "ulong", "long?"], 19), Gen.Int[0, 3])
                .Select((property, sentAt) => property is not null && sentAt == 0 ? property with { Name = "SentAt" } : property),
            Reserved("EventType", ["string", "string?", "Kind", "Kind?"], 8),
            Reserved("EventValue", ["float", "float?", "double", "double?"], 8),
            Reserved("Impression", ["string", "string?", "string[]", "string?[]", "string[]?", "List<string>", "List<string?>", "IReadOnlyList<string>"], 6),
            Reserved("RecommendationId", ["string", "string?"], 6),
            Reserved("EventAttributionSource", ["string", "string?"], 4),
            (a, b, c, d, e, f, g, h) => new[] { a, b, c, d, e, f, g, h })
            .Select(others, (interactions, rest) => interactions.Concat(rest).ToArray());
    }

    private sealed record SchemaType(string Container, string Kind, string Name, string Attribute, bool HasBase, string Constructor, Property?[] Reserved, Property[] Metadata, string Noise);

    private static readonly Gen<SchemaType> SchemaTypes =
        Pick(Kinds).SelectMany(kind =>
        {
            var rules = RulesFor(kind);
            return Gen.Select(
                Gen.Select(Pick(Containers), Pick(TypeNames), Pick(Attributes), Gen.Int[0, 4], (container, name, attribute, withBase) => (container, name, attribute, withBase)),
                Pick(rules.Constructors),
                ReservedProperties(rules),
                PropertyOf(rules, Pick(MetadataTypes), Pick(PropertyNames), plain: false).Array[0, 6],
                Pick(Noise),
                (head, constructor, reserved, metadata, noise) => new SchemaType(
                    head.container, kind, head.name, head.attribute, rules.IsClass && !kind.Contains("record", System.StringComparison.Ordinal) && head.withBase == 0,
                    constructor, reserved, metadata, noise));
        });

    private static readonly Gen<string[]> Enum = Gen.Int[0, EnumMembers.Length - 1].Array[1, 5]
        .Select(indices => indices.Distinct().Select(i => EnumMembers[i]).ToArray());

    /// <summary>
    /// One to three schema types in a namespace, with the enum and base class they may use. Half the cases are
    /// tame — valid members of the usual kinds, where odd names and types meet a compiling declaration — and half are
    /// wild; one wild case in twenty is broken on purpose (a nameless enum member, or the text cut short), as code
    /// is while it is typed.
    /// </summary>
    public static readonly Gen<DeclarationCase> Cases =
        Gen.Select(Pick(Namespaces), Gen.Bool, Gen.Int[0, 9].SelectMany(count => SchemaTypes.Array[count < 7 ? 1 : count < 9 ? 2 : 3]), Enum, Pick(Versions), Gen.Int[0, 3], Gen.Int[0, 39], Gen.Double[0, 1])
            .Select(Gen.Bool, (parts, wild) =>
            {
                var (ns, fileScoped, types, enumMembers, version, nullable, breakage, cut) = parts;
                if (!wild)
                {
                    return new DeclarationCase(Write(ns, fileScoped, types.Select(Tame).ToArray(), enumMembers, nullableEnabled: true), LanguageVersion.Latest);
                }

                var members = breakage == 0 ? ["[Obsolete] ", .. enumMembers] : enumMembers;
                var source = Write(ns, fileScoped, types, members, nullable != 0);
                return new DeclarationCase(breakage == 1 ? source.Substring(0, (int)(cut * source.Length)) : source, version);
            });

    /// <summary>The declaration with a usual kind, plain reserved fields and public, unmarked metadata properties.</summary>
    private static SchemaType Tame(SchemaType type)
    {
        var kind = type.Kind is "ref partial struct" or "static partial class" or "abstract partial class" ? "partial class" : type.Kind;
        var rules = RulesFor(kind);
        Property? TameReserved(Property? property) => property is null ? null : property with
        {
            Modifiers = "public",
            Accessors = rules.Accessors[0],
            Attributes = string.Empty,
            Type = property.Name is "UserId" or "ItemId" or "ActionId" ? "string" : property.Name == "Value" ? "long?" : property.Type is "uint" or "int" or "ulong" or "long?" ? "long" : property.Type,
        };

        // A tame declaration has the fields its dataset type requires: an ACTION_ID, and for action interactions a string EVENT_TYPE.
        var reserved = type.Reserved.Select(TameReserved).ToArray();
        reserved[8] ??= new Property("public", "string", "ActionId", rules.Accessors[0], string.Empty);
        if (type.Attribute.Contains("ActionInteractionsSchema", System.StringComparison.Ordinal))
        {
            reserved[3] = (reserved[3] ?? new Property("public", "string", "EventType", rules.Accessors[0], string.Empty)) with { Type = "string" };
        }

        return type with
        {
            Kind = kind,
            Constructor = string.Empty,
            Reserved = reserved,
            Metadata = type.Metadata.Select(property => property with
            {
                Modifiers = "public",
                Accessors = rules.Accessors[0],
                Attributes = property.Attributes.Contains("true)", System.StringComparison.Ordinal) ? string.Empty : property.Attributes,
                Type = property.Type is "decimal" or "char" or "Guid" or "object" or "byte[]" or "TimeSpan" or "ulong" ? "int" : property.Type,
            }).ToArray(),
        };
    }

    private static string Write(string ns, bool fileScoped, SchemaType[] types, string[] enumMembers, bool nullableEnabled)
    {
        var text = new StringBuilder();
        text.AppendLine(nullableEnabled ? "#nullable enable" : "#nullable disable");
        text.AppendLine("using System;");
        text.AppendLine("using System.Collections.Generic;");
        text.AppendLine("using SchemaGen;");
        var indent = string.Empty;
        if (ns.Length > 0)
        {
            if (fileScoped)
            {
                text.AppendLine("namespace " + ns + ";");
            }
            else
            {
                text.AppendLine("namespace " + ns);
                text.AppendLine("{");
                indent = "    ";
            }
        }

        text.AppendLine(indent + "public enum Kind { " + string.Join(", ", enumMembers) + " }");
        text.AppendLine(indent + "public class Base { public long Timestamp { get; set; } public string Region { get; set; } = \"\"; }");
        foreach (var type in types)
        {
            WriteType(text, indent, type);
        }

        if (ns.Length > 0 && !fileScoped)
        {
            text.AppendLine("}");
        }

        return text.ToString();
    }

    private static void WriteType(StringBuilder text, string indent, SchemaType type)
    {
        var inner = indent;
        if (type.Container.Length > 0)
        {
            text.AppendLine(indent + type.Container);
            text.AppendLine(indent + "{");
            inner += "    ";
        }

        var isClass = RulesFor(type.Kind).IsClass;
        var bareName = type.Name.TrimStart('@');
        if (type.Noise.Length > 0)
        {
            text.AppendLine(type.Noise);
        }

        text.AppendLine(inner + type.Attribute);
        text.AppendLine(inner + "public " + type.Kind + " " + type.Name + (type.HasBase && isClass ? " : Base" : string.Empty));
        text.AppendLine(inner + "{");
        if (type.Constructor.Length > 0)
        {
            text.AppendLine(inner + "    " + string.Format(System.Globalization.CultureInfo.InvariantCulture, type.Constructor, bareName));
        }

        foreach (var property in type.Reserved.Where(p => p is not null).Concat(type.Metadata))
        {
            var initializer = isClass && NeedsInitializer(property!) ? " = default!;" : string.Empty;
            text.AppendLine(inner + "    " + property!.Attributes + property.Modifiers + " " + property.Type + " " + property.Name + " " + property.Accessors + initializer);
        }

        text.AppendLine(inner + "}");
        if (type.Container.Length > 0)
        {
            text.AppendLine(indent + "}");
        }
    }

    private static bool NeedsInitializer(Property property) =>
        !property.Modifiers.Contains("required", System.StringComparison.Ordinal)
        && !property.Type.EndsWith('?')
        && (property.Type is "string" or "object" || property.Type.EndsWith("]", System.StringComparison.Ordinal) || property.Type.EndsWith(">", System.StringComparison.Ordinal));
}
