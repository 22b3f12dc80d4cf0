using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SchemaGen.Generator.Model;

namespace SchemaGen.Generator.Parsing;

/// <summary>
/// Finds how generated code inside the type can create an instance from its field values: the constructor whose
/// parameters are all fields (matched by name, ignoring case, and type), preferring the one that takes the most,
/// with every other field set in an object initializer. Required members are always set in the initializer
/// unless the constructor is marked <c>[SetsRequiredMembers]</c>. A constructor generated code cannot call plainly
/// — one with a <c>ref</c>, <c>out</c> or <c>in</c> parameter, or <c>[Obsolete]</c> as an error — is not a candidate.
/// </summary>
internal static class ConstructionPlanner
{
    /// <param name="suppressedIds">Receives the ids a call to the chosen constructor raises (see <see cref="UsageRestrictions"/>).</param>
    public static ConstructionModel? Plan(
        INamedTypeSymbol type,
        IReadOnlyList<(FieldModel Field, IPropertySymbol Property)> fields,
        ISet<string> suppressedIds,
        out string? problem)
    {
        if (type.IsAbstract)
        {
            problem = "it is abstract";
            return null;
        }

        var required = RequiredMemberNames(type);
        foreach (var name in required)
        {
            if (!HasField(fields, name))
            {
                problem = "its required member '" + name + "' is not a schema field";
                return null;
            }
        }

        ConstructionModel? best = null;
        IMethodSymbol? bestConstructor = null;
        var bestParameterCount = -1;
        problem = null;
        foreach (var constructor in type.InstanceConstructors)
        {
            if (IsCopyConstructor(type, constructor) || constructor.Parameters.Length <= bestParameterCount)
            {
                continue;
            }

            if (!IsPlainlyCallable(constructor, out var unusable))
            {
                problem ??= unusable;
                continue;
            }

            var plan = TryPlan(constructor, fields, required, out var reason);
            if (plan is null)
            {
                problem ??= reason;
                continue;
            }

            best = plan;
            bestConstructor = constructor;
            bestParameterCount = constructor.Parameters.Length;
        }

        if (best is not null)
        {
            problem = null;
            UsageRestrictions.CollectDiagnosticIds(bestConstructor, suppressedIds);
        }
        else
        {
            problem ??= "it has no constructor that generated code can call";
        }

        return best;
    }

    private static bool IsPlainlyCallable(IMethodSymbol constructor, out string? problem)
    {
        foreach (var parameter in constructor.Parameters)
        {
            if (parameter.RefKind != RefKind.None)
            {
                problem = "constructor parameter '" + parameter.Name + "' is passed by reference";
                return false;
            }
        }

        problem = UsageRestrictions.IsObsoleteError(constructor) ? "its constructor is [Obsolete] as an error" : null;
        return problem is null;
    }

    private static ConstructionModel? TryPlan(
        IMethodSymbol constructor,
        IReadOnlyList<(FieldModel Field, IPropertySymbol Property)> fields,
        HashSet<string> required,
        out string? problem)
    {
        var parameters = new List<string>();
        foreach (var parameter in constructor.Parameters)
        {
            var match = FindField(fields, parameter);
            if (match is null)
            {
                problem = "constructor parameter '" + parameter.Name + "' is not a schema field of the same type";
                return null;
            }

            parameters.Add(match);
        }

        var setsRequired = HasSetsRequiredMembers(constructor);
        var initialized = new List<string>();
        foreach (var (field, _) in fields)
        {
            var passed = parameters.Contains(field.PropertyName);
            var mustInitialize = !passed || (required.Contains(field.PropertyName) && !setsRequired);
            if (!mustInitialize)
            {
                continue;
            }

            if (!field.IsSettable)
            {
                problem = "property '" + field.PropertyName + "' has no setter and no constructor parameter";
                return null;
            }

            initialized.Add(field.PropertyName);
        }

        problem = null;
        return new ConstructionModel(EquatableArray.From(parameters), EquatableArray.From(initialized));
    }

    private static string? FindField(IReadOnlyList<(FieldModel Field, IPropertySymbol Property)> fields, IParameterSymbol parameter)
    {
        foreach (var (field, property) in fields)
        {
            if (string.Equals(field.PropertyName, parameter.Name, StringComparison.OrdinalIgnoreCase)
                && SymbolEqualityComparer.Default.Equals(property.Type, parameter.Type))
            {
                return field.PropertyName;
            }
        }

        return null;
    }

    private static bool HasField(IReadOnlyList<(FieldModel Field, IPropertySymbol Property)> fields, string propertyName)
    {
        foreach (var (field, _) in fields)
        {
            if (field.PropertyName == propertyName)
            {
                return true;
            }
        }

        return false;
    }

    private static HashSet<string> RequiredMemberNames(INamedTypeSymbol type)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is IPropertySymbol { IsRequired: true } or IFieldSymbol { IsRequired: true })
                {
                    names.Add(member.Name);
                }
            }
        }

        return names;
    }

    private static bool IsCopyConstructor(INamedTypeSymbol type, IMethodSymbol constructor) =>
        type.IsRecord
        && constructor.Parameters.Length == 1
        && SymbolEqualityComparer.Default.Equals(constructor.Parameters[0].Type, type);

    private static bool HasSetsRequiredMembers(IMethodSymbol constructor)
    {
        foreach (var attribute in constructor.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "SetsRequiredMembersAttribute" })
            {
                return true;
            }
        }

        return false;
    }
}
