using Microsoft.CodeAnalysis;

namespace SchemaGen.Generator.Diagnostics;

/// <summary>
/// The catalog of every diagnostic SchemaGen reports. Ids: <c>SG1xxx</c> schema definition,
/// <c>SG2xxx</c> training and solution configuration, <c>SG3xxx</c> event construction and sending.
/// Each id has a page at <c>docs/rules/&lt;id&gt;.md</c>.
/// </summary>
internal static class DiagnosticDescriptors
{
    internal const string HelpLinkBase = "https://github.com/schemagen/schemagen/blob/main/docs/rules/";

    public static readonly DiagnosticDescriptor TypeMustBePartial = Create(
        "SG1001",
        "Schema type must be partial",
        "'{0}' must be declared partial so SchemaGen can add the generated schema members to {1}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnsupportedPropertyType = Create(
        "SG1002",
        "Property type has no flat Avro field type",
        "Property '{0}' has type '{1}', which cannot be a flat Avro field; use string, int, long, float, double, bool, an enum, DateTime, DateTimeOffset or a string sequence, or mark it [SchemaIgnore]",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidCategorical = Create(
        "SG1003",
        "Field cannot be categorical",
        "[Categorical] cannot be applied to property '{0}' (field {1}): {2}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidFieldName = Create(
        "SG1004",
        "Invalid schema field name",
        "Field name '{0}' of property '{1}' is invalid: a field name matches [A-Za-z_][A-Za-z0-9_]* and has at most {2} characters",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DuplicateFieldName = Create(
        "SG1005",
        "Schema field names collide",
        "Field '{0}' of property '{1}' collides with field '{2}' of property '{3}': field names must differ even when '_' and letter case are ignored",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor GenericSchemaType = Create(
        "SG1006",
        "Schema type cannot be generic",
        "'{0}' is generic; an Interactions schema has one fixed set of fields, so declare it on a non-generic type",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ReservedFieldType = Create(
        "SG1007",
        "Reserved field has the wrong type",
        "Reserved field {0} (property '{1}') must be {2}, but it is '{3}'",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidEventType = Create(
        "SG1008",
        "Invalid declared event type",
        "Event type '{0}' in EventTypes is {1} characters long; an event type has {2} to {3} characters",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidSchemaName = Create(
        "SG1009",
        "Invalid schema name",
        "Schema name '{0}' is invalid: a schema name has {1} to {2} characters, starts with a letter or digit and contains only letters, digits, '-' and '_'",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor NotReadable = Create(
        "SG1010",
        "Schema type cannot be read back from its records",
        "'{0}' cannot be created from its fields: {1}; {2} is not generated for it",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor RequiredFieldMissing = Create(
        "SG1011",
        "Required field missing",
        "'{0}' has no {1} field; every {2} schema needs {3} (add a property '{4}' of type {5})",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ForbiddenPropertiesKey = Create(
        "SG1012",
        "Field would use a forbidden properties key",
        "Field {0} (property '{1}') would be sent under the properties key '{2}', which {3} forbids; rename the field",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor TooManyMetadataFields = Create(
        "SG1013",
        "Too many metadata fields",
        "'{0}' has {1} metadata fields ({2}); {3} schemas take at most {4}, reserved fields not counted",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor TooManyOptionalFieldsAndEventTypes = Create(
        "SG1014",
        "Too many optional fields and event types",
        "'{0}' has {1} optional fields and {2} declared event types, {3} in all; Personalize takes at most {4}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor StringFieldNotCategorical = Create(
        "SG1015",
        "String metadata field is not categorical",
        "Field {0} (property '{1}') is a string without [Categorical], so Personalize ignores it in training",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor BooleanFieldIgnored = Create(
        "SG1016",
        "Boolean field is ignored in training",
        "Field {0} (property '{1}') is a boolean, which Personalize ignores in training and filtering; use a categorical string or an int 0/1",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor AvroSchemaTooLong = Create(
        "SG1017",
        "Avro schema too long for CreateSchema",
        "The Avro schema of '{0}' is {1} characters long; CreateSchema takes at most {2}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor AvroSchemaTooLongForCloudFormation = Create(
        "SG1018",
        "Avro schema too long for CloudFormation",
        "The Avro schema of '{0}' is {1} characters long; AWS::Personalize::Schema in CloudFormation takes at most {2}",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor FileLocalSchemaType = Create(
        "SG1019",
        "Schema type cannot be file-local",
        "'{0}' is a file-local type; SchemaGen adds members to a schema type and the types around it from another file, which a file-local type does not allow",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor GeneratedMemberConflict = Create(
        "SG1020",
        "Member name taken by a generated member",
        "{0} '{1}' is named like a member SchemaGen generates in every schema type{2}; rename it",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnusableMember = Create(
        "SG1022",
        "Field property cannot be used by generated code",
        "Property '{0}' is {1}, so the code SchemaGen generates for it would not compile; mark it [SchemaIgnore] or lift the restriction",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor RefStructSchemaType = Create(
        "SG1023",
        "Schema type cannot be a ref struct",
        "'{0}' is a ref struct; schema instances are boxed behind IInteractionsSchema, batched and stored, which a ref struct cannot be, so declare it as a class, record or struct",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor SchemaTypeNamedLikeRuntimeType = Create(
        "SG1024",
        "Schema type named like a SchemaGen runtime type",
        "'{0}' has the full name '{1}', that of {2}; generated code names that type by its full name, and in this compilation the name would mean '{0}', so rename it or declare it in another namespace",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor TwoSchemaAttributes = Create(
        "SG1025",
        "Schema type has two schema attributes",
        "'{0}' is marked both [{1}] and [{2}]; a type describes the records of one dataset type, so declare a type for each",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidActionEventType = Create(
        "SG1026",
        "Not an action interaction event type",
        "Event type '{0}' in EventTypes of '{1}' is not one Amazon Personalize knows for action interactions; use Viewed, Taken or Not taken",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DomainFieldMarking = Create(
        "SG1027",
        "Domain field not marked as the domain requires",
        "Field {0} (property '{1}') must be {3} in {2} schemas; mark the property [{4}]",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor MissingMetadataField = Create(
        "SG1028",
        "Schema has no metadata field",
        "'{0}' has no metadata field; {1} schemas need at least one besides their reserved fields ({2})",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidTextual = Create(
        "SG1029",
        "Field cannot be textual",
        "[Textual] cannot be applied to property '{0}' (field {1}): {2}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DuplicateSchemaName = Create(
        "SG1021",
        "Schema name used twice",
        "Schema name '{0}' of '{1}' is also the name of '{2}'; schema names identify schemas in CreateSchema and SchemaRegistry.Find, so they must be unique",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ShippedSchemaChanged = Create(
        "SG1030",
        "Schema changed since it was shipped",
        "'{0}' no longer matches its shipped schema {1}: {2}; {3}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ShippedSchemaUnreadable = Create(
        "SG1031",
        "Shipped schema cannot be read",
        "The shipped schema {0} of '{1}' cannot be read: {2}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ThresholdWithoutEventType = Create(
        "SG2001",
        "eventValueThreshold without eventType",
        "{0} sets eventValueThreshold '{1}' but no eventType; set the event type the threshold applies to",
        DiagnosticSeverity.Warning,
        DiagnosticCategories.Training);

    public static readonly DiagnosticDescriptor ThresholdNotANumber = Create(
        "SG2002",
        "eventValueThreshold is not a number",
        "eventValueThreshold '{0}' is not a number; Personalize compares it with event values",
        DiagnosticSeverity.Error,
        DiagnosticCategories.Training);

    public static readonly DiagnosticDescriptor ThresholdWithoutEventValue = Create(
        "SG2003",
        "eventValueThreshold on a schema without EVENT_VALUE",
        "eventValueThreshold '{0}' is set for schema '{1}', which has no EVENT_VALUE field to compare it with",
        DiagnosticSeverity.Warning,
        DiagnosticCategories.Training);

    public static readonly DiagnosticDescriptor UnknownEventType = Create(
        "SG2004",
        "Event type is not a declared event type",
        "Event type '{0}' is not declared by {1} ({2}){3}",
        DiagnosticSeverity.Warning,
        DiagnosticCategories.Training);

    public static readonly DiagnosticDescriptor RequiredMembersNotSet = Create(
        "SG3001",
        "Required members not set",
        "This {0} is created without setting {1}; {2}",
        DiagnosticSeverity.Warning,
        DiagnosticCategories.Events);

    public static readonly DiagnosticDescriptor InvalidPropertiesLiteral = Create(
        "SG3002",
        "Invalid properties string",
        "The properties string {0}",
        DiagnosticSeverity.Warning,
        DiagnosticCategories.Events);

    public static readonly DiagnosticDescriptor WrongDatasetArn = Create(
        "SG3003",
        "Dataset ARN of another dataset type",
        "The dataset ARN '{0}' names a dataset of type {1}; {2} takes the ARN of a dataset of type {3}",
        DiagnosticSeverity.Warning,
        DiagnosticCategories.Events);

    public static readonly DiagnosticDescriptor MillisecondsForSeconds = Create(
        "SG3004",
        "Milliseconds where epoch seconds belong",
        "{0} holds epoch seconds, but {1}",
        DiagnosticSeverity.Warning,
        DiagnosticCategories.Events);

    private static DiagnosticDescriptor Create(string id, string title, string messageFormat, DiagnosticSeverity severity, string category = DiagnosticCategories.SchemaDefinition) =>
        new(
            id,
            title,
            messageFormat,
            category,
            severity,
            isEnabledByDefault: true,
            helpLinkUri: HelpLinkBase + id + ".md");
}
