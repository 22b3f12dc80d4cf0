using System;
using System.Collections.Generic;

namespace SchemaGen.Validation;

/// <summary>A PutEvents request that the service would reject, caught before it was sent.</summary>
public sealed class PutEventsValidationException : ArgumentException
{
    /// <summary>Creates the exception from the errors found.</summary>
    public PutEventsValidationException(IReadOnlyList<ValidationError> errors)
        : base(Describe(errors)) => Errors = errors;

    /// <summary>Every limit the request breaks.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    private static string Describe(IReadOnlyList<ValidationError> errors)
    {
        var lines = new string[errors.Count];
        for (var i = 0; i < errors.Count; i++)
        {
            lines[i] = errors[i].ToString();
        }

        return "The PutEvents request breaks " + errors.Count + (errors.Count == 1 ? " limit" : " limits")
            + " of the service: " + string.Join("; ", lines);
    }
}
