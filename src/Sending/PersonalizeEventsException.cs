using System;

namespace SchemaGen;

/// <summary>
/// A call of the Amazon Personalize Events API (PutEvents, PutItems, …) that did not succeed. Subtypes tell whether the same request may succeed if sent again
/// (<see cref="IsRetryable"/>). Messages never hold credentials or a full tracking id.
/// </summary>
public class PersonalizeEventsException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="errorType">The service's error type, such as <c>InvalidInputException</c>; null when the service did not answer.</param>
    /// <param name="statusCode">The HTTP status code; null when the service did not answer.</param>
    /// <param name="innerException">The cause, if any.</param>
    public PersonalizeEventsException(string message, string? errorType = null, int? statusCode = null, Exception? innerException = null)
        : base(message, innerException)
    {
        ErrorType = errorType;
        StatusCode = statusCode;
    }

    /// <summary>The service's error type (restJson1 <c>X-Amzn-ErrorType</c>, or <c>__type</c>/<c>code</c> in the body), without namespace.</summary>
    public string? ErrorType { get; }

    /// <summary>The HTTP status code of the answer; null when there was none (a network failure or timeout).</summary>
    public int? StatusCode { get; }

    /// <summary>Whether sending the same request again may succeed: throttling, server errors, network failures and timeouts.</summary>
    public virtual bool IsRetryable => false;
}

/// <summary>The service refused the request as invalid (HTTP 400, <c>InvalidInputException</c>): sending it again cannot help.</summary>
public sealed class PersonalizeEventsInvalidInputException : PersonalizeEventsException
{
    /// <summary>Creates the exception.</summary>
    public PersonalizeEventsInvalidInputException(string message, string? errorType = "InvalidInputException", int? statusCode = 400, Exception? innerException = null)
        : base(message, errorType, statusCode, innerException)
    {
    }
}

/// <summary>The service does not know a resource the request names (HTTP 404), such as the tracking id's event tracker.</summary>
public sealed class PersonalizeEventsResourceNotFoundException : PersonalizeEventsException
{
    /// <summary>Creates the exception.</summary>
    public PersonalizeEventsResourceNotFoundException(string message, string? errorType = "ResourceNotFoundException", int? statusCode = 404, Exception? innerException = null)
        : base(message, errorType, statusCode, innerException)
    {
    }
}

/// <summary>
/// The resource the request names is busy (HTTP 409, <c>ResourceInUseException</c>), such as a dataset still being
/// created or imported into: not retried, since it may stay so for long.
/// </summary>
public sealed class PersonalizeEventsResourceInUseException : PersonalizeEventsException
{
    /// <summary>Creates the exception.</summary>
    public PersonalizeEventsResourceInUseException(string message, string? errorType = "ResourceInUseException", int? statusCode = 409, Exception? innerException = null)
        : base(message, errorType, statusCode, innerException)
    {
    }
}

/// <summary>The service asked the caller to slow down (HTTP 429 or a throttling error type): retried.</summary>
public sealed class PersonalizeEventsThrottlingException : PersonalizeEventsException
{
    /// <summary>Creates the exception.</summary>
    public PersonalizeEventsThrottlingException(string message, string? errorType, int? statusCode, Exception? innerException = null)
        : base(message, errorType, statusCode, innerException)
    {
    }

    /// <inheritdoc />
    public override bool IsRetryable => true;
}

/// <summary>The service failed to handle the request (HTTP 5xx): retried.</summary>
public sealed class PersonalizeEventsServiceException : PersonalizeEventsException
{
    /// <summary>Creates the exception.</summary>
    public PersonalizeEventsServiceException(string message, string? errorType, int? statusCode, Exception? innerException = null)
        : base(message, errorType, statusCode, innerException)
    {
    }

    /// <inheritdoc />
    public override bool IsRetryable => true;
}

/// <summary>
/// No answer came: the connection failed or dropped, or the attempt timed out (<see cref="IsTimeout"/>). The
/// service may still have stored the events, so they are retried with the same event ids.
/// </summary>
public sealed class PersonalizeEventsNetworkException : PersonalizeEventsException
{
    /// <summary>Creates the exception, for a failure that may have come after the request was sent.</summary>
    public PersonalizeEventsNetworkException(string message, bool isTimeout, Exception? innerException)
        : this(message, isTimeout, mayHaveBeenStored: true, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What happened.</param>
    /// <param name="isTimeout">Whether the attempt ran out of time.</param>
    /// <param name="mayHaveBeenStored">False only when the request is known not to have left (no connection was made).</param>
    /// <param name="innerException">What the sender threw.</param>
    public PersonalizeEventsNetworkException(string message, bool isTimeout, bool mayHaveBeenStored, Exception? innerException)
        : base(message, null, null, innerException)
    {
        IsTimeout = isTimeout;
        MayHaveBeenStored = mayHaveBeenStored;
    }

    /// <summary>Whether the attempt ran out of time rather than failing to connect or losing the connection.</summary>
    public bool IsTimeout { get; }

    /// <summary>
    /// Whether the service may have stored the request although no answer came: a timeout, or a connection lost once
    /// the request was on its way. False when no connection was made (refused, no such host), so nothing was sent.
    /// </summary>
    public bool MayHaveBeenStored { get; }

    /// <inheritdoc />
    public override bool IsRetryable => true;
}
