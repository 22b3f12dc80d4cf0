namespace SchemaGen.Generator.Tests.Rules;

/// <summary>Source fragments the rule tests share.</summary>
internal static class RuleTestSources
{
    public const string Usings = """
        using System;
        using System.Collections.Generic;
        using SchemaGen;

        """;

    /// <summary>
    /// USER_ID, ITEM_ID and TIMESTAMP, so that a test's schema breaks only the rule it is about. Spliced into a
    /// class body at its indentation, so the lines after the first carry that indentation themselves.
    /// </summary>
    public const string RequiredFields = """
        public string UserId { get; set; } = "";
            public string ItemId { get; set; } = "";
            public long Timestamp { get; set; }
        """;

    /// <summary>A class of <paramref name="count"/> 140-character field names: about 190 characters of Avro JSON each.</summary>
    public static string LongFields(int count) => string.Concat(System.Linq.Enumerable.Select(System.Linq.Enumerable.Range(0, count), i =>
        $"    [SchemaField(\"F{i:D3}_{new string('X', 135)}\")] public int P{i} {{ get; set; }}\n"));

    /// <summary>A schema class named <paramref name="name"/> (markup allowed) with the required fields and <paramref name="fields"/>.</summary>
    public static string SchemaClass(string name, string fields) =>
        Usings + "[InteractionsSchema]\npublic partial class " + name + "\n{\n    public string UserId { get; set; } = \"\";\n    public string ItemId { get; set; } = \"\";\n    public long Timestamp { get; set; }\n" + fields + "}\n";
}
