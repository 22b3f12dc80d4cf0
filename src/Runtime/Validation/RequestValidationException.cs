using System;
using System.Collections.Generic;

namespace SchemaGen.Validation;

/// <summary>A personalize-events request that the service would reject, caught before it was sent.</summary>
public class RequestValidationException : ArgumentException
{
    /// <summary>Creates the exception from the errors found in a request of <paramref name="operation"/>.</summary>
    public RequestValidationException(string operation, IReadOnlyList<ValidationError> errors)
        : base(Describe(operation, errors))
    {
        Operation = operation;
        Errors = errors;
    }

    /// <summary>The operation the request is for: <c>PutEvents</c>, <c>PutItems</c>, ….</summary>
    public string Operation { get; }

    /// <summary>Every limit the request breaks.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    private static string Describe(string operation, IReadOnlyList<ValidationError> errors)
    {
        var lines = new string[errors.Count];
        for (var i = 0; i < errors.Count; i++)
        {
            lines[i] = errors[i].ToString();
        }

        return "The " + operation + " request breaks " + errors.Count + (errors.Count == 1 ? " limit" : " limits")
            + " of the service: " + string.Join("; ", lines);
    }
}
