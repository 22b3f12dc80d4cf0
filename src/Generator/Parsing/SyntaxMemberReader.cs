using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SchemaGen.Generator.Model;
using SchemaGen.Generator.Parsing.Rules;

namespace SchemaGen.Generator.Parsing;

/// <summary>
/// Reads a schema type's members from its one declaration's syntax, binding only each property's (and constructor
/// parameter's) type and each attribute's name (<see cref="NameScope"/>): never the type's member
/// symbols, whose creation — with their attributes bound — is most of what a parse from symbols costs. Roslyn reruns
/// the generator's transform for every schema type whenever the compilation changes, so this runs on every
/// keystroke.
/// <para>
/// It reads classes, structs, records and record structs, nested or not, with any modifiers, interfaces and
/// attributes; properties with any modifiers, accessors, bodies and initializers, of every type the mapping
/// accepts; <c>[SchemaField]</c>, <c>[SchemaIgnore]</c>, <c>[Categorical]</c>, <c>[Obsolete]</c> and
/// <c>[Experimental]</c> in any spelling the compiler binds to them; constructors, with <c>[SetsRequiredMembers]</c>.
/// What syntax cannot settle returns null, for <see cref="SymbolMemberReader"/>: a type
/// declared in several parts, one with a base class (whose members may be fields), a primary constructor or
/// positional record parameters (whose properties the compiler makes), an attribute name that binds to no one
/// type, an argument that decides something (a <c>[SchemaField]</c> name, an <c>[Obsolete]</c> error flag or
/// id) written other than as a literal, an attribute on an accessor or with a target other than the member, an
/// <c>override</c>, <c>sealed</c>, <c>extern</c>, <c>unsafe</c> or <c>partial</c> property, and half-typed code.
/// </para>
/// </summary>
internal static class SyntaxMemberReader
{
    /// <returns>What the declaration holds, or null when syntax cannot settle it.</returns>
    public static SchemaMembers? TryRead(TypeDeclarationSyntax declaration, INamedTypeSymbol type, SemanticModel semanticModel, NameScope names, CancellationToken cancellationToken)
    {
        if (declaration is not (ClassDeclarationSyntax or StructDeclarationSyntax or RecordDeclarationSyntax)
            || declaration.ParameterList is not null
            || declaration.OpenBraceToken.IsMissing
            || declaration.CloseBraceToken.IsMissing
            || type.DeclaringSyntaxReferences.Length != 1
            || (declaration.BaseList is not null && type.BaseType is not (null or { SpecialType: SpecialType.System_Object or SpecialType.System_ValueType })))
        {
            return null;
        }

        var reader = new Reader(type, semanticModel, names, cancellationToken);
        foreach (var member in declaration.Members)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!reader.Read(member))
            {
                return null;
            }
        }

        return reader.Finish();
    }

    private sealed class Reader
    {
        private readonly INamedTypeSymbol _type;
        private readonly SemanticModel _semanticModel;
        private readonly NameScope _names;
        private readonly CancellationToken _cancellationToken;
        private readonly SchemaMembers _members = new();
        private readonly HashSet<string> _requiredNames = new(System.StringComparer.Ordinal);
        private readonly List<ConstructorInput> _constructors = new();
        private bool _hasParameterlessConstructor;

        public Reader(INamedTypeSymbol type, SemanticModel semanticModel, NameScope names, CancellationToken cancellationToken)
        {
            _type = type;
            _semanticModel = semanticModel;
            _names = names;
            _cancellationToken = cancellationToken;
        }

        /// <returns>False when syntax cannot settle the member.</returns>
        public bool Read(MemberDeclarationSyntax member)
        {
            switch (member)
            {
                case PropertyDeclarationSyntax property:
                    return ReadProperty(property);
                case FieldDeclarationSyntax field:
                    return ReadNames(field.Declaration, field.Modifiers.Any(SyntaxKind.RequiredKeyword));
                case EventFieldDeclarationSyntax eventField:
                    return ReadNames(eventField.Declaration, isRequired: false);
                case MethodDeclarationSyntax method:
                    return method.ExplicitInterfaceSpecifier is not null || AddName(method.Identifier);
                case EventDeclarationSyntax eventDeclaration:
                    return eventDeclaration.ExplicitInterfaceSpecifier is not null || AddName(eventDeclaration.Identifier);
                case BaseTypeDeclarationSyntax nested:
                    return AddName(nested.Identifier);
                case DelegateDeclarationSyntax nestedDelegate:
                    return AddName(nestedDelegate.Identifier);
                case ConstructorDeclarationSyntax constructor:
                    return constructor.Modifiers.Any(SyntaxKind.StaticKeyword) || ReadConstructor(constructor);
                case IndexerDeclarationSyntax or OperatorDeclarationSyntax or ConversionOperatorDeclarationSyntax or DestructorDeclarationSyntax:
                    // Their names (this[], op_…, Finalize) never meet a generated member's.
                    return true;
                default:
                    // Half-typed members and anything newer than this reader.
                    return false;
            }
        }

        public SchemaMembers Finish()
        {
            // The constructors the compiler declares: a class's parameterless one when it declares none (a static
            // class has none), a struct's always (a record's copy constructor is never a candidate, so it is left out).
            if (_type.TypeKind == TypeKind.Struct ? !_hasParameterlessConstructor : _constructors.Count == 0 && !_type.IsStatic)
            {
                _constructors.Add(new ConstructorInput(new List<ParameterInput>(), false, false, false, System.Array.Empty<string>()));
            }

            _members.Construction = new ConstructionInput(_type.IsAbstract, _requiredNames, _constructors);
            return _members;
        }

        private bool AddName(SyntaxToken identifier)
        {
            if (identifier.IsMissing)
            {
                return false;
            }

            // Only the names the rule can object to: the rest would be kept for nothing, on every edit.
            if (GeneratedMemberConflictRule.Concerns(identifier.ValueText))
            {
                _members.MemberNames.Add(new MemberName(identifier.ValueText, null));
            }

            return true;
        }

        private bool ReadNames(VariableDeclarationSyntax declaration, bool isRequired)
        {
            foreach (var variable in declaration.Variables)
            {
                if (!AddName(variable.Identifier))
                {
                    return false;
                }

                if (isRequired)
                {
                    _requiredNames.Add(variable.Identifier.ValueText);
                }
            }

            return true;
        }

        private bool ReadProperty(PropertyDeclarationSyntax property)
        {
            // An explicit implementation is private: never a field, and its name never meets a generated member's.
            if (property.ExplicitInterfaceSpecifier is not null)
            {
                return true;
            }

            if (!AddName(property.Identifier) || !ReadModifiers(property.Modifiers, out var isField, out var isRequired))
            {
                return false;
            }

            var name = property.Identifier.ValueText;
            if (isRequired)
            {
                _requiredNames.Add(name);
            }

            if (!isField)
            {
                return true;
            }

            if (!ReadAccessors(property, out var hasPublicGetter, out var hasSetter))
            {
                return false;
            }

            if (!hasPublicGetter)
            {
                return true;
            }

            List<string>? ids = null;
            var isObsoleteError = false;
            if (name == _type.Name
                || !ReadPropertyAttributes(property, ref ids, ref isObsoleteError, out var attributes)
                || !TypeReading.TryRead(property.Type, _semanticModel, _names, _cancellationToken, out var propertyType, out var annotation))
            {
                return false;
            }

            _members.Properties.Add(new PropertyInput(name, propertyType, annotation, attributes, hasSetter, isObsoleteError, Location: null));
            if (!attributes.IsIgnored)
            {
                if (ids is not null)
                {
                    _members.SuppressedIds.UnionWith(ids);
                }

                if (propertyType.SpecialType == SpecialType.None)
                {
                    UsageRestrictions.CollectTypeDiagnosticIds(propertyType, _members.SuppressedIds);
                }
            }

            return true;
        }

        /// <summary>A public instance property is a field candidate; the modifiers a symbol would need to settle return false.</summary>
        private static bool ReadModifiers(SyntaxTokenList modifiers, out bool isField, out bool isRequired)
        {
            var isPublic = false;
            var isOtherwiseAccessible = false;
            var isStatic = false;
            isRequired = false;
            foreach (var modifier in modifiers)
            {
                switch (modifier.Kind())
                {
                    case SyntaxKind.PublicKeyword:
                        isPublic = true;
                        break;
                    case SyntaxKind.PrivateKeyword or SyntaxKind.ProtectedKeyword or SyntaxKind.InternalKeyword:
                        isOtherwiseAccessible = true;
                        break;
                    case SyntaxKind.StaticKeyword:
                        isStatic = true;
                        break;
                    case SyntaxKind.RequiredKeyword:
                        isRequired = true;
                        break;
                    case SyntaxKind.NewKeyword or SyntaxKind.VirtualKeyword or SyntaxKind.AbstractKeyword or SyntaxKind.ReadOnlyKeyword:
                        break;
                    default:
                        isField = false;
                        return false;
                }
            }

            isField = isPublic && !isOtherwiseAccessible && !isStatic;
            return true;
        }

        /// <summary>Whether the getter is as public as the property, and whether a setter or <c>init</c> exists.</summary>
        private static bool ReadAccessors(PropertyDeclarationSyntax property, out bool hasPublicGetter, out bool hasSetter)
        {
            hasPublicGetter = false;
            hasSetter = false;
            if (property.ExpressionBody is not null)
            {
                hasPublicGetter = true;
                return property.AccessorList is null;
            }

            if (property.AccessorList is not { } accessors || accessors.OpenBraceToken.IsMissing || accessors.CloseBraceToken.IsMissing)
            {
                return false;
            }

            foreach (var accessor in accessors.Accessors)
            {
                if (accessor.AttributeLists.Count != 0 || accessor.Keyword.IsMissing)
                {
                    return false;
                }

                var isRestricted = false;
                foreach (var modifier in accessor.Modifiers)
                {
                    switch (modifier.Kind())
                    {
                        case SyntaxKind.PrivateKeyword or SyntaxKind.ProtectedKeyword or SyntaxKind.InternalKeyword:
                            isRestricted = true;
                            break;
                        case SyntaxKind.ReadOnlyKeyword:
                            break;
                        default:
                            return false;
                    }
                }

                switch (accessor.Kind())
                {
                    case SyntaxKind.GetAccessorDeclaration:
                        hasPublicGetter = !isRestricted;
                        break;
                    case SyntaxKind.SetAccessorDeclaration or SyntaxKind.InitAccessorDeclaration:
                        hasSetter = true;
                        break;
                    default:
                        return false;
                }
            }

            return true;
        }

        /// <param name="ids">Receives the ids a use of the property raises; made when there is one.</param>
        private bool ReadPropertyAttributes(PropertyDeclarationSyntax property, ref List<string>? ids, ref bool isObsoleteError, out PropertyAttributes attributes)
        {
            attributes = PropertyAttributes.None;
            foreach (var list in property.AttributeLists)
            {
                if (list.Target is { } target && !target.Identifier.IsKind(SyntaxKind.PropertyKeyword))
                {
                    return false;
                }

                foreach (var attribute in list.Attributes)
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                    var meaning = _names.MeaningOf(attribute);
                    if (meaning == NameScope.Meaning.Other)
                    {
                        continue;
                    }

                    if (meaning is NameScope.Meaning.Obsolete or NameScope.Meaning.Experimental)
                    {
                        if (!ReadUsageRestriction(attribute, meaning, ids ??= new List<string>(), ref isObsoleteError))
                        {
                            return false;
                        }

                        continue;
                    }

                    if (ReferenceEquals(attributes, PropertyAttributes.None))
                    {
                        attributes = new PropertyAttributes();
                    }

                    if (!Apply(meaning, attribute, attributes))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        /// <summary>Records one SchemaGen attribute; false for anything else, or an argument syntax cannot read.</summary>
        private static bool Apply(NameScope.Meaning meaning, AttributeSyntax attribute, PropertyAttributes attributes)
        {
            var arguments = attribute.ArgumentList?.Arguments ?? default;
            switch (meaning)
            {
                case NameScope.Meaning.Categorical when arguments.Count == 0 && !attributes.IsCategorical:
                    attributes.IsCategorical = true;
                    return true;
                case NameScope.Meaning.Textual when arguments.Count == 0 && !attributes.IsTextual:
                    attributes.IsTextual = true;
                    return true;
                case NameScope.Meaning.SchemaIgnore when arguments.Count == 0 && !attributes.IsIgnored:
                    attributes.IsIgnored = true;
                    return true;
                case NameScope.Meaning.SchemaField when attributes.FieldName is null
                    && arguments.Count == 1
                    && arguments[0] is { NameEquals: null, NameColon: null, Expression: LiteralExpressionSyntax literal }
                    && literal.IsKind(SyntaxKind.StringLiteralExpression):
                    attributes.FieldName = literal.Token.ValueText;
                    return true;
                default:
                    return false;
            }
        }

        private bool ReadConstructor(ConstructorDeclarationSyntax constructor)
        {
            if (constructor.Identifier.IsMissing || constructor.ParameterList.CloseParenToken.IsMissing)
            {
                return false;
            }

            var setsRequiredMembers = false;
            var isObsoleteError = false;
            var ids = new List<string>();
            foreach (var list in constructor.AttributeLists)
            {
                if (list.Target is not null)
                {
                    return false;
                }

                foreach (var attribute in list.Attributes)
                {
                    var meaning = _names.MeaningOf(attribute);
                    switch (meaning)
                    {
                        case NameScope.Meaning.SetsRequiredMembers:
                            setsRequiredMembers = true;
                            break;
                        case NameScope.Meaning.Other:
                            break;
                        case NameScope.Meaning.Obsolete or NameScope.Meaning.Experimental when ReadUsageRestriction(attribute, meaning, ids, ref isObsoleteError):
                            break;
                        default:
                            return false;
                    }
                }
            }

            var parameters = new List<ParameterInput>(constructor.ParameterList.Parameters.Count);
            foreach (var parameter in constructor.ParameterList.Parameters)
            {
                if (parameter.Type is null
                    || parameter.Identifier.IsMissing
                    || !ReadParameterModifiers(parameter.Modifiers, out var byReference)
                    || !TypeReading.TryRead(parameter.Type, _semanticModel, _names, _cancellationToken, out var parameterType, out var annotation))
                {
                    return false;
                }

                parameters.Add(new ParameterInput(parameter.Identifier.ValueText, parameterType, byReference, annotation == NullableAnnotation.Annotated));
            }

            var isCopyConstructor = _type.IsRecord && parameters.Count == 1 && SymbolEqualityComparer.Default.Equals(parameters[0].Type, _type);
            _hasParameterlessConstructor |= parameters.Count == 0;
            _constructors.Add(new ConstructorInput(parameters, isObsoleteError, setsRequiredMembers, isCopyConstructor, ids));
            return true;
        }

        private static bool ReadUsageRestriction(AttributeSyntax attribute, NameScope.Meaning meaning, ICollection<string> ids, ref bool isObsoleteError) =>
            UsageRestrictions.TryReadSyntax(attribute, meaning == NameScope.Meaning.Obsolete, ids, ref isObsoleteError);

        private static bool ReadParameterModifiers(SyntaxTokenList modifiers, out bool byReference)
        {
            byReference = false;
            foreach (var modifier in modifiers)
            {
                switch (modifier.Kind())
                {
                    case SyntaxKind.RefKeyword or SyntaxKind.OutKeyword or SyntaxKind.InKeyword:
                        byReference = true;
                        break;
                    case SyntaxKind.ParamsKeyword or SyntaxKind.ReadOnlyKeyword:
                        break;
                    default:
                        return false;
                }
            }

            return true;
        }
    }
}
