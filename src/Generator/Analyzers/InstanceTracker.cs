using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SchemaGen.Generator.Analyzers;

/// <summary>One object created in a method body, with what was assigned to its members.</summary>
internal sealed class TrackedInstance
{
    public TrackedInstance(IObjectCreationOperation creation) => Creation = creation;

    public IObjectCreationOperation Creation { get; }

    /// <summary>Member paths (<c>EventType</c>, <c>SolutionConfig.EventValueThreshold</c>) and the values assigned.</summary>
    public Dictionary<string, IOperation> Members { get; } = new(StringComparer.Ordinal);
}

/// <summary>
/// Follows, within one method body, the objects of interesting types: what their object initializers set
/// (nested ones included), and what plain assignments through a local set later (<c>request.EventType = …</c>,
/// <c>request.SolutionConfig.EventValueThreshold = …</c>). Works on IOperation, so every syntax for the same
/// meaning is seen alike.
/// </summary>
internal sealed class InstanceTracker
{
    private readonly Func<ITypeSymbol, bool> _isTracked;
    private readonly object _gate = new();

    // Created on first use: a tracker exists for every method body, and most bodies create no tracked object.
    private List<TrackedInstance>? _instances;
    private Dictionary<IOperation, TrackedInstance>? _byCreation;
    private Dictionary<ILocalSymbol, TrackedInstance>? _byLocal;
    private List<(ILocalSymbol Local, string Path, IOperation Value)>? _assignments;

    public InstanceTracker(Func<ITypeSymbol, bool> isTracked) => _isTracked = isTracked;

    /// <summary>
    /// Tracks the objects of the types <paramref name="isTracked"/> accepts in every method body, and hands the
    /// completed tracker to <paramref name="report"/> at the end of each body.
    /// </summary>
    public static void Register(
        Microsoft.CodeAnalysis.Diagnostics.CompilationStartAnalysisContext start,
        Func<ITypeSymbol, bool> isTracked,
        Action<Microsoft.CodeAnalysis.Diagnostics.OperationBlockAnalysisContext, InstanceTracker> report)
    {
        start.RegisterOperationBlockStartAction(block =>
        {
            var tracker = new InstanceTracker(isTracked);
            block.RegisterOperationAction(operation => tracker.OnObjectCreation((IObjectCreationOperation)operation.Operation), OperationKind.ObjectCreation);
            block.RegisterOperationAction(operation => tracker.OnAssignment((ISimpleAssignmentOperation)operation.Operation), OperationKind.SimpleAssignment);
            block.RegisterOperationBlockEndAction(end => report(end, tracker));
        });
    }

    public void OnObjectCreation(IObjectCreationOperation creation)
    {
        if (creation.Type is null || !_isTracked(creation.Type))
        {
            return;
        }

        var instance = new TrackedInstance(creation);
        if (creation.Initializer is { } initializer)
        {
            Collect(instance, string.Empty, initializer);
        }

        lock (_gate)
        {
            (_instances ??= new()).Add(instance);
            (_byCreation ??= new())[creation] = instance;
            if (AssignedLocal(creation) is { } local)
            {
                (_byLocal ??= new(SymbolEqualityComparer.Default))[local] = instance;
            }
        }
    }

    public void OnAssignment(ISimpleAssignmentOperation assignment)
    {
        if (assignment.Parent is IObjectOrCollectionInitializerOperation)
        {
            return;
        }

        // Only assignments to members reached from a local matter; the path is built for those alone.
        var root = assignment.Target;
        while (root is IPropertyReferenceOperation property)
        {
            root = property.Instance;
        }

        if (assignment.Target is not IPropertyReferenceOperation || root is not ILocalReferenceOperation local)
        {
            return;
        }

        var path = new List<string>();
        for (var current = assignment.Target; current is IPropertyReferenceOperation member; current = member.Instance)
        {
            path.Insert(0, member.Property.Name);
        }

        lock (_gate)
        {
            (_assignments ??= new()).Add((local.Local, string.Join(".", path), assignment.Value));
        }
    }

    /// <summary>Every tracked instance, with the later assignments through locals applied.</summary>
    public IReadOnlyList<TrackedInstance> Complete()
    {
        lock (_gate)
        {
            if (_instances is null)
            {
                return Array.Empty<TrackedInstance>();
            }

            foreach (var (local, path, value) in _assignments ?? [])
            {
                if (_byLocal is not null && _byLocal.TryGetValue(local, out var instance))
                {
                    instance.Members[path] = value;
                }
            }

            return _instances.ToArray();
        }
    }

    /// <summary>The members of <paramref name="instance"/>, with those of tracked objects assigned to them under a prefix.</summary>
    public Dictionary<string, IOperation> Flatten(TrackedInstance instance)
    {
        var flat = new Dictionary<string, IOperation>(StringComparer.Ordinal);
        Flatten(instance, string.Empty, flat, depth: 0);
        return flat;
    }

    private void Flatten(TrackedInstance instance, string prefix, Dictionary<string, IOperation> flat, int depth)
    {
        foreach (var member in instance.Members)
        {
            flat[prefix + member.Key] = member.Value;
            if (depth < 3 && Resolve(member.Value) is { } nested && nested != instance)
            {
                Flatten(nested, prefix + member.Key + ".", flat, depth + 1);
            }
        }
    }

    private TrackedInstance? Resolve(IOperation value)
    {
        value = Unwrap(value);
        lock (_gate)
        {
            return value switch
            {
                IObjectCreationOperation creation when _byCreation is not null && _byCreation.TryGetValue(creation, out var created) => created,
                ILocalReferenceOperation local when _byLocal is not null && _byLocal.TryGetValue(local.Local, out var stored) => stored,
                _ => null,
            };
        }
    }

    public static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    private static void Collect(TrackedInstance instance, string prefix, IObjectOrCollectionInitializerOperation initializer)
    {
        foreach (var entry in initializer.Initializers)
        {
            switch (entry)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment:
                    instance.Members[prefix + property.Property.Name] = assignment.Value;
                    break;
                case IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation property, Initializer: IObjectOrCollectionInitializerOperation nested }:
                    instance.Members[prefix + property.Property.Name] = nested;
                    Collect(instance, prefix + property.Property.Name + ".", nested);
                    break;
            }
        }
    }

    /// <summary>The local an object is stored in when created: <c>var x = new …</c> or <c>x = new …</c>.</summary>
    private static ILocalSymbol? AssignedLocal(IObjectCreationOperation creation)
    {
        var parent = creation.Parent;
        while (parent is IConversionOperation { IsImplicit: true })
        {
            parent = parent.Parent;
        }

        return parent switch
        {
            IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } => declarator.Symbol,
            ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } => local.Local,
            _ => null,
        };
    }
}
