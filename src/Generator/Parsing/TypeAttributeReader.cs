using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SchemaGen.Generator.Personalize;

namespace SchemaGen.Generator.Parsing;

/// <summary>
/// Reads the attributes written on a schema declaration itself from their syntax, binding none: which one is the
/// schema attribute (<c>[InteractionsSchema]</c>, <c>[ItemsSchema]</c>, …) and what it says, and the ids an <c>[Obsolete]</c> or <c>[Experimental]</c> there
/// makes generated code suppress. What each attribute is comes from its name alone (<see cref="NameScope"/>).
/// </summary>
internal static class TypeAttributeReader
{
    internal enum Outcome
    {
        /// <summary>The declaration carries one schema attribute, read.</summary>
        Schema,

        /// <summary>No attribute on it is a schema attribute: one spelled so names another type.</summary>
        NotASchema,

        /// <summary>Syntax cannot settle it: a name that binds to no one type, an argument that is not a literal, …</summary>
        Declined,
    }

    /// <param name="ids">Receives the ids a use of the type raises, per its own attributes.</param>
    /// <param name="isObsoleteError">Whether the type is <c>[Obsolete]</c> as an error.</param>
    public static Outcome Read(TypeDeclarationSyntax declaration, NameScope names, ICollection<string> ids, out SchemaArguments? arguments, out bool isObsoleteError)
    {
        arguments = null;
        isObsoleteError = false;
        AttributeSyntax? schemaAttribute = null;
        DatasetType? dataset = null;
        foreach (var list in declaration.AttributeLists)
        {
            if (list.Target is { } target && !target.Identifier.IsKind(SyntaxKind.TypeKeyword))
            {
                return Outcome.Declined;
            }

            foreach (var attribute in list.Attributes)
            {
                var meaning = names.MeaningOfTypeAttribute(attribute);
                switch (meaning)
                {
                    case NameScope.Meaning.InteractionsSchema or NameScope.Meaning.ItemsSchema or NameScope.Meaning.UsersSchema
                        or NameScope.Meaning.ActionsSchema or NameScope.Meaning.ActionInteractionsSchema when schemaAttribute is null:
                        schemaAttribute = attribute;
                        dataset = DatasetOf(meaning);
                        break;
                    case NameScope.Meaning.Obsolete when UsageRestrictions.TryReadSyntax(attribute, isObsolete: true, ids, ref isObsoleteError):
                    case NameScope.Meaning.Experimental when UsageRestrictions.TryReadSyntax(attribute, isObsolete: false, ids, ref isObsoleteError):
                    case NameScope.Meaning.Other:
                        break;
                    default:
                        return Outcome.Declined;
                }
            }
        }

        if (schemaAttribute is null)
        {
            return Outcome.NotASchema;
        }

        arguments = SchemaArguments.TryRead(schemaAttribute, dataset!, names);
        return arguments is null ? Outcome.Declined : Outcome.Schema;
    }

    private static DatasetType? DatasetOf(NameScope.Meaning meaning) => meaning switch
    {
        NameScope.Meaning.InteractionsSchema => DatasetType.Interactions,
        NameScope.Meaning.ItemsSchema => DatasetType.Items,
        NameScope.Meaning.UsersSchema => DatasetType.Users,
        NameScope.Meaning.ActionsSchema => DatasetType.Actions,
        NameScope.Meaning.ActionInteractionsSchema => DatasetType.ActionInteractions,
        _ => null,
    };
}
