using System;
using System.Collections.Generic;

namespace SchemaGen.Validation;

/// <summary>A <see cref="SolutionTrainingConfig"/> that would train on the wrong events, caught before use.</summary>
public sealed class TrainingConfigValidationException : ArgumentException
{
    /// <summary>Creates the exception from the errors found.</summary>
    public TrainingConfigValidationException(IReadOnlyList<ValidationError> errors)
        : base("The training configuration is invalid: " + string.Join("; ", Describe(errors))) => Errors = errors;

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    private static string[] Describe(IReadOnlyList<ValidationError> errors)
    {
        var lines = new string[errors.Count];
        for (var i = 0; i < errors.Count; i++)
        {
            lines[i] = errors[i].ToString();
        }

        return lines;
    }
}
