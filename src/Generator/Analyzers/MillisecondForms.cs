using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SchemaGen.Generator.Analyzers;

/// <summary>How a value that should be epoch seconds turns out to be something else, and how to fix it.</summary>
internal enum SecondsFix
{
    /// <summary><c>x.ToUnixTimeMilliseconds()</c> → <c>x.ToUnixTimeSeconds()</c>.</summary>
    ToUnixTimeSeconds,

    /// <summary><c>seconds * 1000</c> → <c>seconds</c>.</summary>
    DropFactor,

    /// <summary><c>x.Ticks</c> → <c>x.ToUnixTimeSeconds()</c> (through a <c>DateTimeOffset</c> for a <c>DateTime</c>).</summary>
    FromTicks,

    /// <summary><c>1700000000000</c> → <c>1700000000000 / 1000</c>.</summary>
    Divide,

    /// <summary><c>(now - epoch).TotalMilliseconds</c> → <c>(now - epoch).TotalSeconds</c>.</summary>
    TotalSeconds,
}

/// <summary>
/// The forms of a millisecond (or tick) value written where epoch seconds belong — the commonest timestamp mistake
/// users of Personalize report: <c>ToUnixTimeMilliseconds()</c>, a span's <c>TotalMilliseconds</c> (the epoch idiom
/// from before <c>ToUnixTimeSeconds</c>), a value multiplied by 1,000, <c>Ticks</c>, and a constant after the last
/// second of the year 9999, which the runtime refuses too (a "never" of 253402300799 is fine).
/// </summary>
internal static class MillisecondForms
{
    /// <summary>The last second a <c>DateTimeOffset</c> holds, the runtime's bound too: epoch seconds above it are milliseconds written by mistake.</summary>
    public static readonly double LargestEpochSeconds = System.DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    // How many locals a value is followed through (copy = scaled; scaled = seconds * 1000): enough for what people
    // write, and a bound on the work an edit costs.
    private const int LocalsFollowed = 4;

    /// <summary>
    /// The millisecond form <paramref name="value"/> is — written there, or in the initializer of a local it reads
    /// that nothing writes again — the node to report and how to fix it (null when no rewrite there is right); null
    /// for a value that may be seconds.
    /// </summary>
    public static (IOperation Node, SecondsFix? Fix, string What)? Find(IOperation value, CancellationToken cancellationToken) =>
        Find(value, LocalsFollowed, cancellationToken);

    private static (IOperation Node, SecondsFix? Fix, string What)? Find(IOperation value, int localsLeft, CancellationToken cancellationToken)
    {
        var operation = Strip(value);
        switch (operation)
        {
            case ILocalReferenceOperation { Local: { } local } when localsLeft > 0
                && LocalInitializers.SetOnlyWhereDeclared(local, operation, cancellationToken) is { } initializer
                && Find(initializer, localsLeft - 1, cancellationToken) is { } set:
                // Dividing where it is read leaves the local as its other readers expect it; ticks are no multiple of seconds.
                return (operation, set.Fix is SecondsFix.FromTicks or null ? null : SecondsFix.Divide, local.Name + " is set from " + LocalInitializers.Shown(initializer) + ", and " + set.What);
            case IInvocationOperation { TargetMethod: { Name: "ToUnixTimeMilliseconds", ContainingType: { } owner } }
                when owner.ToDisplayString() == "System.DateTimeOffset":
                return (operation, SecondsFix.ToUnixTimeSeconds, "ToUnixTimeMilliseconds() gives milliseconds");
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply } product when IsThousand(product.LeftOperand) || IsThousand(product.RightOperand):
                return (operation, SecondsFix.DropFactor, "this value is multiplied by 1,000 (milliseconds)");
            case IPropertyReferenceOperation { Property.Name: "TotalMilliseconds", Instance.Type: { } spanType }
                when spanType.ToDisplayString() == "System.TimeSpan":
                return (operation, SecondsFix.TotalSeconds, "TotalMilliseconds gives milliseconds");
            case IPropertyReferenceOperation { Property.Name: "Ticks", Instance.Type: { } instanceType }
                when instanceType.ToDisplayString() is "System.DateTime" or "System.DateTimeOffset":
                return (operation, SecondsFix.FromTicks, "Ticks gives 100-nanosecond intervals since the year 1");
            case ILiteralOperation { ConstantValue: { HasValue: true, Value: { } constant } } when IsAboveSeconds(constant):
                return (operation, SecondsFix.Divide, constant + " is milliseconds (as seconds, a date after the year 9999)");
            default:
                return null;
        }
    }

    private static IOperation Strip(IOperation operation)
    {
        while (true)
        {
            switch (operation)
            {
                case IConversionOperation conversion:
                    operation = conversion.Operand;
                    continue;
                case IParenthesizedOperation parenthesized:
                    operation = parenthesized.Operand;
                    continue;
                default:
                    return operation;
            }
        }
    }

    private static bool IsThousand(IOperation operand) =>
        Strip(operand).ConstantValue is { HasValue: true, Value: { } value } && System.Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture) == 1000;

    private static bool IsAboveSeconds(object constant) =>
        constant is int or long or uint or ulong or double or float or decimal
        && System.Convert.ToDouble(constant, System.Globalization.CultureInfo.InvariantCulture) > LargestEpochSeconds;
}
