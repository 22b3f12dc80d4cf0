using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Parsing.Rules;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Parsing;

/// <summary>
/// The generator's fast path: reads the model of a plain schema declaration from its syntax alone, without binding
/// the type's members. Roslyn reruns the generator's transform for every schema type whenever the compilation
/// changes, and creating member symbols and binding property types and attributes is most of that cost.
/// <para>
/// "Plain" is narrow on purpose: one top-level <c>partial class</c> or <c>struct</c> declaration, no base list, no
/// other attribute, and only <c>public</c> auto-properties with <c>get</c> and <c>set</c>/<c>init</c>, typed with a
/// keyword (<c>string</c>, <c>long?</c>, …), optionally <c>[Categorical]</c>. Anything else, and any declaration the
/// rules would report on, returns null and goes to <see cref="SchemaParser"/>, the one source of diagnostics. A
/// differential test proves both build the same model wherever this one answers.
/// </para>
/// </summary>
internal static class PlainDeclarationReader
{
    /// <returns>The model the symbol parser would build, or null when the declaration is not plain.</returns>
    public static SchemaModel? TryRead(SyntaxNode node, INamedTypeSymbol type, AttributeData? attribute, SemanticModel semanticModel, CancellationToken cancellationToken)
    {
        if (node is not (ClassDeclarationSyntax or StructDeclarationSyntax)
            || node is not TypeDeclarationSyntax declaration
            || attribute is null
            || !IsPlainType(declaration, type))
        {
            return null;
        }

        // The rules run as in the symbol parser; an error sends the declaration there, and it reports them all.
        var diagnostics = new List<DiagnosticInfo>();
        var schemaName = InvalidSchemaNameRule.Read(type, attribute, diagnostics);
        var eventTypes = InvalidEventTypeRule.Read(attribute, diagnostics);
        var inlineItemAndValue = SchemaAttribute.InlinesItemAndValue(attribute);

        var fields = new List<FieldModel>(declaration.Members.Count);
        var fieldLocations = new List<LocationInfo?>(declaration.Members.Count);
        var declaredFieldNames = new HashSet<string>(System.StringComparer.Ordinal);
        var collisions = new DuplicateFieldNameRule();
        var categorical = new CategoricalScope(declaration, semanticModel);
        foreach (var member in declaration.Members)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (member is not PropertyDeclarationSyntax property
                || ReadField(property, type, semanticModel, categorical, diagnostics, cancellationToken) is not { } field
                || !collisions.Check(field, null, diagnostics))
            {
                return null;
            }

            fields.Add(field);
            fieldLocations.Add(null);
            declaredFieldNames.Add(field.FieldName);
        }

        SchemaParser.CheckFieldSet(type.Name, null, fields, fieldLocations, declaredFieldNames, eventTypes.Count, diagnostics);
        if (SchemaParser.HasErrors(diagnostics))
        {
            return null;
        }

        // The implicit parameterless constructor, with every field settable: all are set in an object initializer.
        var propertyNames = new List<string>(fields.Count);
        foreach (var field in fields)
        {
            propertyNames.Add(field.PropertyName);
        }

        var construction = new ConstructionModel(EquatableArray<string>.Empty, EquatableArray.From(propertyNames));
        var model = SchemaParser.CreateModel(type, schemaName, eventTypes, inlineItemAndValue, construction, fields, new SortedSet<string>(System.StringComparer.Ordinal));
        return SchemaParser.CheckAvroLength(model, null, diagnostics) ? model : null;
    }

    /// <summary>One top-level declaration of a non-generic, non-record type with no base list and only the schema attribute.</summary>
    private static bool IsPlainType(TypeDeclarationSyntax declaration, INamedTypeSymbol type)
    {
        if (type.ContainingType is not null
            || type.DeclaringSyntaxReferences.Length != 1
            || declaration.Parent is not (BaseNamespaceDeclarationSyntax or CompilationUnitSyntax)
            || declaration.TypeParameterList is not null
            || declaration.ParameterList is not null
            || declaration.BaseList is not null
            || declaration.OpenBraceToken.IsMissing
            || declaration.ConstraintClauses.Count != 0
            || declaration.AttributeLists.Count != 1
            || declaration.AttributeLists[0].Attributes.Count != 1
            || declaration.AttributeLists[0].Target is not null
            || TypeShape.HasMissingName(type)
            || GeneratedNames.SchemaTypeMembers.Contains(type.Name))
        {
            return false;
        }

        var isPartial = false;
        foreach (var modifier in declaration.Modifiers)
        {
            switch (modifier.Kind())
            {
                case SyntaxKind.PartialKeyword:
                    isPartial = true;
                    break;
                case SyntaxKind.PublicKeyword or SyntaxKind.InternalKeyword:
                    break;
                case SyntaxKind.SealedKeyword when declaration is ClassDeclarationSyntax:
                    break;
                default:
                    return false;
            }
        }

        return isPartial;
    }

    /// <summary>The field of a <c>public T Name { get; set; }</c> property typed with a keyword, or null.</summary>
    private static FieldModel? ReadField(PropertyDeclarationSyntax property, INamedTypeSymbol type, SemanticModel semanticModel, CategoricalScope categorical, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var propertyName = property.Identifier.ValueText;
        if (property.Identifier.IsMissing
            || propertyName == type.Name
            || GeneratedNames.SchemaTypeMembers.Contains(propertyName)
            || property.Modifiers.Count != 1
            || !property.Modifiers[0].IsKind(SyntaxKind.PublicKeyword)
            || property.ExplicitInterfaceSpecifier is not null
            || !HasAutoAccessors(property)
            || !TryReadType(property.Type, semanticModel, out var propertyType, out var annotation)
            || !TryReadCategorical(property, categorical, cancellationToken, out var isCategorical))
        {
            return null;
        }

        if (TypeClassifier.Classify(propertyType, annotation, out var kind, out var isNullable, out var valueType) != TypeClassifier.Outcome.Mapped)
        {
            return null;
        }

        var fieldName = ReservedFields.ForPropertyName(propertyName) ?? FieldNaming.ToFieldName(propertyName);
        if (!InvalidFieldNameRule.Check(fieldName, propertyName, null, diagnostics)
            || !ReservedFieldTypeRule.IsAccepted(fieldName, kind, valueType, isNullable, out _)
            || (isCategorical && !InvalidCategoricalRule.Allows(fieldName, kind)))
        {
            return null;
        }

        return FieldReader.CreateField(propertyName, propertyType, valueType, fieldName, kind, isNullable, isCategorical, isSettable: true, EquatableArray<EnumMemberModel>.Empty);
    }

    /// <summary><c>{ get; set; }</c> or <c>{ get; init; }</c>, in either order, with nothing else on them.</summary>
    private static bool HasAutoAccessors(PropertyDeclarationSyntax property)
    {
        if (property.ExpressionBody is not null || property.AccessorList is not { Accessors.Count: 2 } accessors)
        {
            return false;
        }

        var hasGetter = false;
        var hasSetter = false;
        foreach (var accessor in accessors.Accessors)
        {
            if (accessor.Body is not null || accessor.ExpressionBody is not null || accessor.Modifiers.Count != 0 || accessor.AttributeLists.Count != 0)
            {
                return false;
            }

            hasGetter |= accessor.IsKind(SyntaxKind.GetAccessorDeclaration);
            hasSetter |= accessor.IsKind(SyntaxKind.SetAccessorDeclaration) || accessor.IsKind(SyntaxKind.InitAccessorDeclaration);
        }

        return hasGetter && hasSetter;
    }

    /// <summary>
    /// A keyword type (<c>string</c>, <c>int?</c>, …) needs no binding: keywords cannot be redefined. A reference type
    /// is read only where nullable annotations are enabled, so <c>?</c> means what the symbol says it means.
    /// </summary>
    private static bool TryReadType(TypeSyntax syntax, SemanticModel semanticModel, out ITypeSymbol type, out NullableAnnotation annotation)
    {
        type = null!;
        annotation = syntax is NullableTypeSyntax ? NullableAnnotation.Annotated : NullableAnnotation.NotAnnotated;
        var keyword = syntax is NullableTypeSyntax nullable ? nullable.ElementType : syntax;
        if (keyword is not PredefinedTypeSyntax predefined || SpecialTypeOf(predefined.Keyword.Kind()) is not { } specialType)
        {
            return false;
        }

        var valueType = semanticModel.Compilation.GetSpecialType(specialType);
        if (valueType.TypeKind == TypeKind.Error)
        {
            return false;
        }

        if (valueType.IsReferenceType)
        {
            type = valueType;
            return semanticModel.GetNullableContext(syntax.SpanStart).AnnotationsEnabled();
        }

        type = syntax is NullableTypeSyntax
            ? semanticModel.Compilation.GetSpecialType(SpecialType.System_Nullable_T).Construct(valueType)
            : valueType;
        return true;
    }

    private static SpecialType? SpecialTypeOf(SyntaxKind keyword) => keyword switch
    {
        SyntaxKind.StringKeyword => SpecialType.System_String,
        SyntaxKind.BoolKeyword => SpecialType.System_Boolean,
        SyntaxKind.ByteKeyword => SpecialType.System_Byte,
        SyntaxKind.SByteKeyword => SpecialType.System_SByte,
        SyntaxKind.ShortKeyword => SpecialType.System_Int16,
        SyntaxKind.UShortKeyword => SpecialType.System_UInt16,
        SyntaxKind.IntKeyword => SpecialType.System_Int32,
        SyntaxKind.UIntKeyword => SpecialType.System_UInt32,
        SyntaxKind.LongKeyword => SpecialType.System_Int64,
        SyntaxKind.ULongKeyword => SpecialType.System_UInt64,
        SyntaxKind.FloatKeyword => SpecialType.System_Single,
        SyntaxKind.DoubleKeyword => SpecialType.System_Double,
        SyntaxKind.DecimalKeyword => SpecialType.System_Decimal,
        _ => null,
    };

    /// <summary>
    /// No attribute, or a lone <c>[Categorical]</c> that surely means SchemaGen's (see <see cref="CategoricalScope"/>).
    /// </summary>
    private static bool TryReadCategorical(PropertyDeclarationSyntax property, CategoricalScope categorical, CancellationToken cancellationToken, out bool isCategorical)
    {
        isCategorical = false;
        if (property.AttributeLists.Count == 0)
        {
            return true;
        }

        if (property.AttributeLists.Count != 1
            || property.AttributeLists[0] is not { Target: null, Attributes: { Count: 1 } attributes }
            || attributes[0] is not { Name: IdentifierNameSyntax name } attribute
            || attribute.ArgumentList is { Arguments.Count: > 0 }
            || name.Identifier.Text.StartsWith("@", System.StringComparison.Ordinal))
        {
            return false;
        }

        cancellationToken.ThrowIfCancellationRequested();
        isCategorical = categorical.MeansSchemaGens(name.Identifier.ValueText);
        return isCategorical;
    }

    /// <summary>
    /// Whether an attribute written <c>Categorical</c> or <c>CategoricalAttribute</c> on a property of one plain
    /// declaration surely means SchemaGen's. The compiler's attribute lookup would find exactly that type only when
    /// one spelling (with or without the <c>Attribute</c> suffix) finds it alone and the other finds nothing at all:
    /// no alias, no other type, no ambiguity. Both are looked up once per declaration, from just inside its body,
    /// where its properties' attributes are bound: a plain declaration has no base type, nested type or other part
    /// that could bring a name into scope for one property and not another. A lookup costs far less than creating
    /// the type's member symbols to read attributes, and looking up at the attribute itself would build a semantic
    /// model for it.
    /// </summary>
    private sealed class CategoricalScope
    {
        private const string Suffix = "Attribute";

        private readonly SemanticModel _semanticModel;
        private readonly int _position;
        private bool? _written;
        private bool? _writtenWithSuffix;

        public CategoricalScope(TypeDeclarationSyntax declaration, SemanticModel semanticModel)
        {
            _semanticModel = semanticModel;
            _position = declaration.OpenBraceToken.Span.End;
        }

        public bool MeansSchemaGens(string written) => written switch
        {
            "Categorical" => _written ??= Resolves(written + Suffix, written),
            KnownNames.CategoricalAttribute => _writtenWithSuffix ??= Resolves(written, written + Suffix),
            _ => false,
        };

        private bool Resolves(string full, string other)
        {
            var found = _semanticModel.LookupNamespacesAndTypes(_position, name: full);
            return found.Length == 1
                && found[0] is INamedTypeSymbol
                {
                    Name: KnownNames.CategoricalAttribute,
                    ContainingType: null,
                    ContainingNamespace: { Name: KnownNames.RuntimeNamespace, ContainingNamespace.IsGlobalNamespace: true },
                }
                && _semanticModel.LookupNamespacesAndTypes(_position, name: other).IsEmpty;
        }
    }
}
