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
    /// <param name="fields">The fields with their properties, whose types constructor parameters must match.</param>
    /// <param name="suppressedIds">Receives the ids a call to the chosen constructor raises (see <see cref="UsageRestrictions"/>).</param>
    public static ConstructionModel? Plan(
        ConstructionInput input,
        IReadOnlyList<(FieldModel Field, PropertyInput Property)> fields,
        ISet<string> suppressedIds,
        out string? problem)
    {
        if (input.IsAbstract)
        {
            problem = "it is abstract";
            return null;
        }

        foreach (var name in input.RequiredMemberNames)
        {
            if (!HasField(fields, name))
            {
                problem = "its required member '" + name + "' is not a schema field";
                return null;
            }
        }

        ConstructionModel? best = null;
        ConstructorInput? bestConstructor = null;
        var bestParameterCount = -1;
        problem = null;
        foreach (var constructor in input.Constructors)
        {
            if (constructor.IsCopyConstructor || constructor.Parameters.Count <= bestParameterCount)
            {
                continue;
            }

            if (!IsPlainlyCallable(constructor, out var unusable))
            {
                problem ??= unusable;
                continue;
            }

            var plan = TryPlan(constructor, fields, input.RequiredMemberNames, out var reason);
            if (plan is null)
            {
                problem ??= reason;
                continue;
            }

            best = plan;
            bestConstructor = constructor;
            bestParameterCount = constructor.Parameters.Count;
        }

        if (bestConstructor is not null)
        {
            problem = null;
            suppressedIds.UnionWith(bestConstructor.DiagnosticIds);
        }
        else
        {
            problem ??= "it has no constructor that generated code can call";
        }

        return best;
    }

    private static bool IsPlainlyCallable(ConstructorInput constructor, out string? problem)
    {
        foreach (var parameter in constructor.Parameters)
        {
            if (parameter.ByReference)
            {
                problem = "constructor parameter '" + parameter.Name + "' is passed by reference";
                return false;
            }
        }

        problem = constructor.IsObsoleteError ? "its constructor is [Obsolete] as an error" : null;
        return problem is null;
    }

    private static ConstructionModel? TryPlan(
        ConstructorInput constructor,
        IReadOnlyList<(FieldModel Field, PropertyInput Property)> fields,
        HashSet<string> required,
        out string? problem)
    {
        var parameters = new List<string>(constructor.Parameters.Count);
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

        var initialized = new List<string>(fields.Count);
        foreach (var (field, _) in fields)
        {
            var passed = parameters.Contains(field.PropertyName);
            var mustInitialize = !passed || (required.Contains(field.PropertyName) && !constructor.SetsRequiredMembers);
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

    private static string? FindField(IReadOnlyList<(FieldModel Field, PropertyInput Property)> fields, ParameterInput parameter)
    {
        foreach (var (field, property) in fields)
        {
            // A nullable reference field's value goes only to a parameter that takes null: the comparer ignores '?'.
            if (string.Equals(field.PropertyName, parameter.Name, StringComparison.OrdinalIgnoreCase)
                && SymbolEqualityComparer.Default.Equals(property.Type, parameter.Type)
                && !(field.IsNullable && property.Type.IsReferenceType && !parameter.TakesNull))
            {
                return field.PropertyName;
            }
        }

        return null;
    }

    private static bool HasField(IReadOnlyList<(FieldModel Field, PropertyInput Property)> fields, string propertyName)
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
}
