using System.Collections.Generic;
using System.Globalization;
using SchemaGen.Serialization;

namespace SchemaGen.Validation;

/// <summary>The checks every request validator makes of a member against a limit of the service model, worded alike.</summary>
internal static class LimitChecks
{
    /// <summary>Checks a required text member's length and form; true when it passed.</summary>
    public static bool CheckLength(List<ValidationError> errors, MemberName member, string? value, int min, int max)
    {
        if (value is null)
        {
            errors.Add(new ValidationError(member.ToString(), "is null; it is required"));
            return false;
        }

        if (TextRules.LoneSurrogateProblem(value) is { } problem)
        {
            errors.Add(new ValidationError(member.ToString(), problem));
            return false;
        }

        if (value.Length < min || value.Length > max)
        {
            errors.Add(new ValidationError(member.ToString(), "is " + TextRules.DescribeLength(value) + "; the limit is " + Range(min, max) + " " + TextRules.LimitUnit(value)));
            return false;
        }

        return true;
    }

    public static void CheckCount(List<ValidationError> errors, MemberName member, string noun, int count, int min, int max)
    {
        if (count < min || count > max)
        {
            errors.Add(new ValidationError(member.ToString(), "holds " + count.ToString(CultureInfo.InvariantCulture) + " " + noun + "; the limit is " + Range(min, max)));
        }
    }

    /// <summary>Checks a list member's count; true when it passed.</summary>
    public static bool CheckList<T>(List<ValidationError> errors, MemberName member, string noun, IReadOnlyList<T>? list, int min, int max)
    {
        if (list is null)
        {
            errors.Add(new ValidationError(member.ToString(), "is null; it is required"));
            return false;
        }

        CheckCount(errors, member, noun, list.Count, min, max);
        return true;
    }

    public static string Range(int min, int max) => min.ToString(CultureInfo.InvariantCulture) + " to " + max.ToString(CultureInfo.InvariantCulture);
}
