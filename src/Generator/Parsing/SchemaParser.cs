using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SchemaGen.Generator.Diagnostics;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Parsing;

/// <summary>
/// Turns an <c>[InteractionsSchema]</c> type symbol into a <see cref="SchemaModel"/> plus diagnostics.
/// The only place that looks at symbols; everything downstream works on the model. Never throws on user code.
/// </summary>
internal static class SchemaParser
{
    public static SchemaParseResult Parse(INamedTypeSymbol type, AttributeData? attribute, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var typeLocation = LocationInfo.From(type);

        if (HasMissingName(type))
        {
            // Half-typed declaration: the compiler reports the missing identifier; there is nothing to name yet.
            return Failed(diagnostics);
        }

        if (IsGenericOrInGeneric(type))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.GenericSchemaType, typeLocation, type.Name));
            return Failed(diagnostics);
        }

        if (type.IsRefLikeType)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.RefStructSchemaType, typeLocation, type.Name));
            return Failed(diagnostics);
        }

        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.IsFileLocal)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.FileLocalSchemaType, LocationInfo.From(current), current.Name));
                return Failed(diagnostics);
            }
        }

        CheckPartial(type, diagnostics, cancellationToken);
        SchemaRules.CheckGeneratedMemberNames(type, diagnostics);

        var schemaName = ReadSchemaName(type, attribute, diagnostics);
        var eventTypes = ReadEventTypes(attribute, diagnostics);
        var inlineItemAndValue = FindNamedArgument(attribute, KnownNames.InlineItemAndValueArgument) is { Kind: TypedConstantKind.Primitive, Value: true };
        var declaredFieldNames = new HashSet<string>(System.StringComparer.Ordinal);
        var suppressedIds = new SortedSet<string>(System.StringComparer.Ordinal);
        var fieldsWithProperties = ReadFields(type, typeLocation, diagnostics, out var hasUnresolvedType, declaredFieldNames, suppressedIds, cancellationToken);
        if (hasUnresolvedType)
        {
            return Failed(diagnostics);
        }

        SchemaRules.CheckRequiredFields(type.Name, typeLocation, declaredFieldNames, diagnostics);
        SchemaRules.CheckFields(fieldsWithProperties, typeLocation, diagnostics);
        SchemaRules.CheckCounts(type.Name, typeLocation, fieldsWithProperties, eventTypes.Count, diagnostics);
        if (HasErrors(diagnostics))
        {
            return Failed(diagnostics);
        }

        var construction = ConstructionPlanner.Plan(type, fieldsWithProperties, suppressedIds, out var constructionProblem);
        if (construction is null)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotReadable, typeLocation, type.Name, constructionProblem ?? "it has no usable constructor"));
        }

        var fields = new List<FieldModel>(fieldsWithProperties.Count);
        foreach (var (field, _) in fieldsWithProperties)
        {
            fields.Add(field);
        }

        var model = new SchemaModel(
            Namespace: type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : string.Empty,
            Keyword: KeywordOf(type),
            TypeName: type.Name,
            ContainingTypes: ContainingTypesOf(type),
            FullyQualifiedName: type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            HintNameStem: HintNameStemOf(type),
            SchemaName: schemaName,
            IsValueType: type.IsValueType,
            InlineItemAndValue: inlineItemAndValue,
            Construction: construction,
            IsVisibleToAssembly: IsVisibleToAssembly(type),
            EventTypes: eventTypes,
            Fields: EquatableArray.From(fields),
            SuppressedDiagnosticIds: EquatableArray.From(TypeDiagnosticIds(type, suppressedIds)));

        if (!SchemaRules.CheckAvroLength(model, typeLocation, diagnostics))
        {
            return Failed(diagnostics);
        }

        return new SchemaParseResult(model, EquatableArray.From(diagnostics));
    }

    private static SchemaParseResult Failed(List<DiagnosticInfo> diagnostics) => new(null, EquatableArray.From(diagnostics));

    private static bool HasErrors(List<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Descriptor.DefaultSeverity == DiagnosticSeverity.Error)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsVisibleToAssembly(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal or Accessibility.NotApplicable)
                || UsageRestrictions.IsObsoleteError(current))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The field ids plus those that naming the type itself raises outside it (in the registry).</summary>
    private static List<string> TypeDiagnosticIds(INamedTypeSymbol type, SortedSet<string> fieldIds)
    {
        UsageRestrictions.CollectTypeDiagnosticIds(type, fieldIds);
        return new List<string>(fieldIds);
    }

    private static bool HasMissingName(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.Name.Length == 0)
            {
                return true;
            }
        }

        for (var ns = type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            if (ns.Name.Length == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsGenericOrInGeneric(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (current.IsGenericType)
            {
                return true;
            }
        }

        return false;
    }

    private static void CheckPartial(INamedTypeSymbol type, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        for (var current = type; current is not null; current = current.ContainingType)
        {
            if (IsPartial(current, cancellationToken))
            {
                continue;
            }

            var target = SymbolEqualityComparer.Default.Equals(current, type)
                ? "it"
                : "its nested schema type '" + type.Name + "'";
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.TypeMustBePartial, LocationInfo.From(current), current.Name, target));
        }
    }

    private static bool IsPartial(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax declaration
                && declaration.Modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return true;
            }
        }

        return false;
    }

    private static string ReadSchemaName(INamedTypeSymbol type, AttributeData? attribute, List<DiagnosticInfo> diagnostics)
    {
        var argument = FindNamedArgument(attribute, KnownNames.NameArgument);
        if (argument is not { Kind: TypedConstantKind.Primitive } || argument.Value.Value is not string { } name)
        {
            return type.Name;
        }

        if (!IsValidSchemaName(name))
        {
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.InvalidSchemaName,
                AttributeLocation(attribute) ?? LocationInfo.From(type),
                name,
                Format(SchemaLimits.MinSchemaNameLength),
                Format(SchemaLimits.MaxSchemaNameLength)));
        }

        return name;
    }

    /// <summary><c>CreateSchemaRequest.name</c>: 1–63 characters, pattern <c>^[a-zA-Z0-9][a-zA-Z0-9\-_]*</c>.</summary>
    private static bool IsValidSchemaName(string name)
    {
        if (name.Length < SchemaLimits.MinSchemaNameLength || name.Length > SchemaLimits.MaxSchemaNameLength)
        {
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            var character = name[i];
            var isLetterOrDigit = (character >= 'a' && character <= 'z')
                || (character >= 'A' && character <= 'Z')
                || (character >= '0' && character <= '9');
            if (!isLetterOrDigit && (i == 0 || (character != '-' && character != '_')))
            {
                return false;
            }
        }

        return true;
    }

    private static EquatableArray<string> ReadEventTypes(AttributeData? attribute, List<DiagnosticInfo> diagnostics)
    {
        var argument = FindNamedArgument(attribute, KnownNames.EventTypesArgument);
        if (argument is not { Kind: TypedConstantKind.Array } || argument.Value.IsNull)
        {
            return EquatableArray<string>.Empty;
        }

        var eventTypes = new List<string>();
        foreach (var element in argument.Value.Values)
        {
            var eventType = element.Value as string ?? string.Empty;
            if (eventType.Length < SchemaLimits.MinEventTypeLength || eventType.Length > SchemaLimits.MaxEventTypeLength)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.InvalidEventType,
                    AttributeLocation(attribute),
                    eventType,
                    Format(eventType.Length),
                    Format(SchemaLimits.MinEventTypeLength),
                    Format(SchemaLimits.MaxEventTypeLength)));
                continue;
            }

            eventTypes.Add(eventType);
        }

        return EquatableArray.From(eventTypes);
    }

    private static List<(FieldModel Field, IPropertySymbol Property)> ReadFields(
        INamedTypeSymbol type,
        LocationInfo? typeLocation,
        List<DiagnosticInfo> diagnostics,
        out bool hasUnresolvedType,
        HashSet<string> declaredFieldNames,
        ISet<string> suppressedIds,
        CancellationToken cancellationToken)
    {
        hasUnresolvedType = false;
        var fields = new List<(FieldModel Field, IPropertySymbol Property)>();
        var byCollisionKey = new Dictionary<string, FieldModel>();

        foreach (var property in PropertiesInDeclarationOrder(type))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var location = LocationInfo.From(property) ?? typeLocation;
            var attributes = PropertyAttributes.Read(property);
            if (attributes.IsIgnored)
            {
                continue;
            }

            if (attributes.IsUnresolved)
            {
                hasUnresolvedType = true;
                continue;
            }

            var fieldName = attributes.FieldName ?? ReservedFields.ForPropertyName(property.Name) ?? FieldNaming.ToFieldName(property.Name);
            declaredFieldNames.Add(fieldName);
            if (UnusableReason(property) is { } unusable)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnusableMember, location, property.Name, unusable));
                continue;
            }

            var outcome = TypeClassifier.Classify(property.Type, property.NullableAnnotation, out var kind, out var isNullable, out var valueType);
            if (outcome == TypeClassifier.Outcome.Unresolved)
            {
                hasUnresolvedType = true;
                continue;
            }

            var typeDisplay = property.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
            if (outcome == TypeClassifier.Outcome.Unsupported)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnsupportedPropertyType, location, property.Name, typeDisplay));
                continue;
            }

            if (!FieldNaming.IsValidFieldName(fieldName))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.InvalidFieldName,
                    attributes.FieldNameLocation ?? location,
                    fieldName,
                    property.Name,
                    Format(SchemaLimits.MaxFieldNameLength)));
                continue;
            }

            CheckReservedType(fieldName, kind, valueType, isNullable, property.Name, typeDisplay, location, diagnostics);
            UsageRestrictions.CollectDiagnosticIds(property, suppressedIds);
            UsageRestrictions.CollectDiagnosticIds(property.GetMethod, suppressedIds);
            UsageRestrictions.CollectDiagnosticIds(property.SetMethod, suppressedIds);
            UsageRestrictions.CollectTypeDiagnosticIds(property.Type, suppressedIds);
            var isCategorical = ResolveCategorical(fieldName, kind, attributes, property.Name, typeDisplay, location, diagnostics);

            var field = new FieldModel(
                PropertyName: property.Name,
                PropertyTypeName: TypeName(property.Type, isNullable && property.Type.IsReferenceType),
                ValueTypeName: TypeName(valueType, annotated: false),
                FieldName: fieldName,
                PropertiesKey: FieldNaming.ToPropertiesKey(fieldName),
                ValueKind: kind,
                AvroType: ReservedFields.AvroTypeOf(fieldName, kind),
                IsNullable: isNullable,
                IsCategorical: isCategorical,
                IsSettable: IsSettable(type, property),
                EnumMembers: kind == ValueKind.Enum ? EnumMembers(valueType) : EquatableArray<EnumMemberModel>.Empty,
                EnumUnderlyingType: valueType is INamedTypeSymbol { EnumUnderlyingType: { } underlying } ? underlying.ToDisplayString() : string.Empty);

            var collisionKey = FieldNaming.CollisionKey(fieldName);
            if (byCollisionKey.TryGetValue(collisionKey, out var earlier))
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.DuplicateFieldName,
                    location,
                    fieldName,
                    property.Name,
                    earlier.FieldName,
                    earlier.PropertyName));
                continue;
            }

            byCollisionKey.Add(collisionKey, field);
            fields.Add((field, property));
        }

        return fields;
    }

    private static readonly SymbolDisplayFormat TypeNameFormat =
        SymbolDisplayFormat.FullyQualifiedFormat.AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private static string TypeName(ITypeSymbol type, bool annotated) =>
        type.WithNullableAnnotation(annotated ? NullableAnnotation.Annotated : NullableAnnotation.NotAnnotated).ToDisplayString(TypeNameFormat);

    /// <summary>Generated members live in the type, so any setter of its own is usable; a base type's private one is not.</summary>
    private static bool IsSettable(INamedTypeSymbol type, IPropertySymbol property) =>
        property.SetMethod is { } setter
        && (SymbolEqualityComparer.Default.Equals(property.ContainingType, type) || setter.DeclaredAccessibility != Accessibility.Private);

    /// <summary>
    /// One member per distinct value, so that formatting a value has exactly one answer; a member without a name
    /// (half-typed code) is skipped, since there is nothing to send for it.
    /// </summary>
    private static EquatableArray<EnumMemberModel> EnumMembers(ITypeSymbol enumType)
    {
        var members = new List<EnumMemberModel>();
        var seenValues = new HashSet<object>();
        foreach (var member in enumType.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true, ConstantValue: { } value } field
                && SyntaxFacts.IsValidIdentifier(field.Name)
                && seenValues.Add(value))
            {
                members.Add(new EnumMemberModel(field.Name, EnumValueLiteral(value)));
            }
        }

        return EquatableArray.From(members);
    }

    private static string EnumValueLiteral(object value) => value switch
    {
        ulong number => number.ToString(System.Globalization.CultureInfo.InvariantCulture) + "UL",
        long number => number.ToString(System.Globalization.CultureInfo.InvariantCulture) + "L",
        uint number => number.ToString(System.Globalization.CultureInfo.InvariantCulture) + "U",
        _ => System.Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "0",
    };

    /// <summary>Why generated code cannot use a property at all, or null when it can.</summary>
    private static string? UnusableReason(IPropertySymbol property)
    {
        if (UsageRestrictions.IsObsoleteError(property)
            || (property.GetMethod is { } getter && UsageRestrictions.IsObsoleteError(getter)))
        {
            return "[Obsolete] as an error (CS0619 cannot be suppressed)";
        }

        return null;
    }

    /// <summary>
    /// Public instance properties with a public getter: base types first, then each in source order. A base
    /// property hidden by any member of a derived type (a <c>new</c> or static property, a method) is not one:
    /// <c>this.Name</c> would bind to the hiding member.
    /// </summary>
    private static IEnumerable<IPropertySymbol> PropertiesInDeclarationOrder(INamedTypeSymbol type)
    {
        var chain = new List<List<IPropertySymbol>>();
        var hidingNames = new HashSet<string>(System.StringComparer.Ordinal);
        for (var current = type; current is not null && current.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); current = current.BaseType)
        {
            var own = new List<IPropertySymbol>();
            var members = current.GetMembers();
            foreach (var member in members)
            {
                if (member is IPropertySymbol
                    {
                        IsStatic: false,
                        IsIndexer: false,
                        IsOverride: false,
                        DeclaredAccessibility: Accessibility.Public,
                        GetMethod.DeclaredAccessibility: Accessibility.Public,
                    } property
                    && !hidingNames.Contains(property.Name))
                {
                    own.Add(property);
                }
            }

            foreach (var member in members)
            {
                // An override shares its base property's name without hiding it.
                if (!member.IsImplicitlyDeclared && member is not IPropertySymbol { IsOverride: true })
                {
                    hidingNames.Add(member.Name);
                }
            }

            chain.Insert(0, own);
        }

        foreach (var own in chain)
        {
            foreach (var property in own)
            {
                yield return property;
            }
        }
    }

    private static void CheckReservedType(
        string fieldName,
        ValueKind kind,
        ITypeSymbol valueType,
        bool isNullable,
        string propertyName,
        string typeDisplay,
        LocationInfo? location,
        List<DiagnosticInfo> diagnostics)
    {
        // The reader assigns a TIMESTAMP number from a long, so a narrower or unsigned integer cannot hold it.
        var accepted = ReservedFields.Accepts(fieldName, kind, out var expected)
            && !(fieldName == ReservedFields.Timestamp && kind == ValueKind.Int64 && valueType.SpecialType != SpecialType.System_Int64);
        if (accepted && !(isNullable && ReservedFields.IsRequired(fieldName)))
        {
            return;
        }

        var requirement = ReservedFields.IsRequired(fieldName) ? "a non-nullable " + expected : expected;
        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ReservedFieldType, location, fieldName, propertyName, requirement, typeDisplay));
    }

    private static bool ResolveCategorical(
        string fieldName,
        ValueKind kind,
        PropertyAttributes attributes,
        string propertyName,
        string typeDisplay,
        LocationInfo? location,
        List<DiagnosticInfo> diagnostics)
    {
        var isReserved = ReservedFields.IsReserved(fieldName);
        if (!attributes.IsCategorical)
        {
            // Enum values are a closed set of names: categorical by nature, except for the reserved fields.
            return kind == ValueKind.Enum && !isReserved;
        }

        string? reason = null;
        if (isReserved)
        {
            reason = "the reserved field " + fieldName + " is never categorical";
        }
        else if (kind is not (ValueKind.String or ValueKind.StringSequence or ValueKind.Enum))
        {
            reason = "only string, string-sequence and enum fields can be categorical, and this one is '" + typeDisplay + "'";
        }

        if (reason is null)
        {
            return true;
        }

        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidCategorical, attributes.CategoricalLocation ?? location, propertyName, fieldName, reason));
        return false;
    }

    private static TypedConstant? FindNamedArgument(AttributeData? attribute, string name)
    {
        if (attribute is null)
        {
            return null;
        }

        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name)
            {
                return argument.Value;
            }
        }

        return null;
    }

    internal static LocationInfo? AttributeLocation(AttributeData? attribute) =>
        attribute?.ApplicationSyntaxReference is { } reference
            ? LocationInfo.From(Location.Create(reference.SyntaxTree, reference.Span))
            : null;

    private static string KeywordOf(INamedTypeSymbol type) => type switch
    {
        { IsRecord: true, TypeKind: TypeKind.Struct } => "record struct",
        { IsRecord: true } => "record",
        { TypeKind: TypeKind.Struct } => "struct",
        { TypeKind: TypeKind.Interface } => "interface",
        _ => "class",
    };

    private static EquatableArray<ContainingTypeInfo> ContainingTypesOf(INamedTypeSymbol type)
    {
        var containing = new List<ContainingTypeInfo>();
        for (var current = type.ContainingType; current is not null; current = current.ContainingType)
        {
            containing.Insert(0, new ContainingTypeInfo(KeywordOf(current), current.Name));
        }

        return EquatableArray.From(containing);
    }

    /// <summary>The metadata name (<c>Namespace.Outer+Inner</c>) is unique per type, so it makes a unique file name.</summary>
    private static string HintNameStemOf(INamedTypeSymbol type)
    {
        var name = type.MetadataName;
        for (var current = type.ContainingType; current is not null; current = current.ContainingType)
        {
            name = current.MetadataName + "+" + name;
        }

        if (type.ContainingNamespace is { IsGlobalNamespace: false } ns)
        {
            name = ns.ToDisplayString() + "." + name;
        }

        // Metadata names are unique; anything a hint name may not hold still becomes '_' rather than an exception.
        var characters = name.ToCharArray();
        for (var i = 0; i < characters.Length; i++)
        {
            if (!char.IsLetterOrDigit(characters[i]) && characters[i] is not ('.' or '_' or '+' or '-'))
            {
                characters[i] = '_';
            }
        }

        return new string(characters);
    }

    private static string Format(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
