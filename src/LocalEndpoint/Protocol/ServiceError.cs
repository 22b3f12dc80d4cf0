namespace SchemaGen.LocalEndpoint.Protocol;

/// <summary>
/// A refusal in the service's own terms: the error shape's name (which SDKs turn into their exception type), the
/// HTTP status, and the message. Thrown by any step of a request; written by <see cref="ErrorResponse"/>.
/// </summary>
internal sealed class ServiceError(string type, int status, string message) : Exception(message)
{
    public string Type { get; } = type;

    public int Status { get; } = status;

    // The control plane (awsJson1_1) answers every client error with 400; the events API's model gives each shape
    // its own status.
    public static ServiceError InvalidInput(string message) => new("InvalidInputException", 400, message);

    public static ServiceError NotFound(string message, int status = 400) => new("ResourceNotFoundException", status, message);

    public static ServiceError AlreadyExists(string message) => new("ResourceAlreadyExistsException", 400, message);

    public static ServiceError InvalidNextToken(string message) => new("InvalidNextTokenException", 400, message);

    public static ServiceError Forbidden(string type, string message) => new(type, 403, message);
}
