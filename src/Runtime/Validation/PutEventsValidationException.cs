using System.Collections.Generic;

namespace SchemaGen.Validation;

/// <summary>A PutEvents request that the service would reject, caught before it was sent.</summary>
public sealed class PutEventsValidationException : RequestValidationException
{
    /// <summary>Creates the exception from the errors found.</summary>
    public PutEventsValidationException(IReadOnlyList<ValidationError> errors)
        : base("PutEvents", errors)
    {
    }
}
