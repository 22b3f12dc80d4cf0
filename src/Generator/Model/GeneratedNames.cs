using System.Collections.Generic;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Model;

/// <summary>
/// The names of what SchemaGen generates: files and members. The emitters write them, the parser keeps the user's
/// members from clashing with them (SG1020) and tells generated members apart from the user's, so they are written
/// down once, here. A test derives the member names from the emitted code and compares.
/// </summary>
internal static class GeneratedNames
{
    /// <summary>
    /// The one file generated for each schema type, after its metadata name (<c>Namespace.Outer+Type</c>) and its
    /// dataset type: <c>.InteractionsSchema.g.cs</c>, <c>.ItemsSchema.g.cs</c>, …
    /// </summary>
    public static string SchemaFile(DatasetType dataset) => "." + dataset.RecordName + "Schema.g.cs";

    /// <summary>The assembly's registry of schema types, generated into the project's own <c>SchemaGen</c> namespace.</summary>
    public const string RegistryClass = "SchemaRegistry";

    /// <summary>The AWS SDK conversions and sender, generated into the project's <c>SchemaGen</c> namespace with the SDK.</summary>
    public const string SdkConversionsClass = "AwsSdkConversions";

    public const string SdkSenderClass = "AwsSdkPutEventsSender";

    /// <summary>The types generated into the project's <c>SchemaGen</c> namespace, whose names a schema type may not take (SG1024).</summary>
    public static readonly string[] RuntimeNamespaceTypes = { RegistryClass, SdkConversionsClass, SdkSenderClass };

    public const string RegistryFile = "SchemaGen." + RegistryClass + ".g.cs";

    public const string SdkConversionsFile = "SchemaGen." + SdkConversionsClass + ".g.cs";

    /// <summary>The suffixes of the files generated for each schema type, one per dataset type.</summary>
    public static readonly string[] SchemaFileSuffixes = CreateSchemaFileSuffixes();

    private static string[] CreateSchemaFileSuffixes()
    {
        var suffixes = new string[DatasetType.All.Count];
        for (var i = 0; i < suffixes.Length; i++)
        {
            suffixes[i] = SchemaFile(DatasetType.All[i]);
        }

        return suffixes;
    }

    /// <summary>
    /// The private nested class holding generated plumbing (pre-encoded keys, enum switches, declared event types),
    /// so that no name of the plumbing can meet a member of the user's.
    /// </summary>
    public const string HelpersClass = "__SchemaGen";

    /// <summary>The static <c>InteractionsSchemaInfo</c> property of every schema type, which analyzers follow to their schema.</summary>
    public const string SchemaInfoProperty = "SchemaInfo";

    /// <summary>The generated static method that reads a record of the dataset type back into the schema type.</summary>
    public static string ReaderOf(DatasetType dataset) =>
        dataset == DatasetType.Items ? "FromItem"
        : dataset == DatasetType.Users ? "FromUser"
        : dataset == DatasetType.Actions ? "FromAction"
        : dataset == DatasetType.ActionInteractions ? "FromActionInteraction"
        : "FromEvent";

    /// <summary>Every member generated into a schema type; a member of the user's with one of these names would clash.</summary>
    public static readonly ISet<string> SchemaTypeMembers = new HashSet<string>(System.StringComparer.Ordinal)
    {
        "AvroSchemaJson", SchemaInfoProperty, "WriteProperties", "ToPropertiesJson", "FromEvent", "ToEvent",
        "PutEventsBuilder", "CsvHeader", "WriteCsvHeader", "WriteCsvRow", "ToCsvRow", HelpersClass,
        "ToItem", "FromItem", "PutItemsBuilder", "ToUser", "FromUser", "PutUsersBuilder", "ToAction", "FromAction", "PutActionsBuilder",
        "ToActionInteraction", "FromActionInteraction", "PutActionInteractionsBuilder",
    };
}
