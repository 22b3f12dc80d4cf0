using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.IO;
using System.Net.Http;
using System.Threading;

namespace SchemaGen;

/// <summary>
/// Turns a failed call of the Events API (PutEvents, PutItems, …) into the typed <see cref="PersonalizeEventsException"/>
/// for it, whoever sent it: <see cref="PersonalizeEventsClient"/>, or the adapter generated over the AWS SDK's client.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class PutEventsErrors
{
    // The error codes the AWS SDKs' standard retry mode treats as throttling, whatever the status code.
    private static readonly HashSet<string> ThrottlingTypes = new(StringComparer.Ordinal)
    {
        "Throttling", "ThrottlingException", "ThrottledException", "RequestThrottledException", "TooManyRequestsException",
        "ProvisionedThroughputExceededException", "TransactionInProgressException", "RequestLimitExceeded",
        "BandwidthLimitExceeded", "LimitExceededException", "RequestThrottled", "SlowDown", "PriorRequestNotComplete",
        "EC2ThrottledException",
    };

    /// <summary>The exception for an answer of the service: throttling (429 or a throttling code), 400, 404, 409, 5xx, or another status.</summary>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="errorType">The bare error type, such as <c>InvalidInputException</c>; null when the answer named none.</param>
    /// <param name="message">The service's message; the request's tracking id is masked wherever it appears.</param>
    /// <param name="trackingId">The request's tracking id; empty for a call that has none (PutItems, …).</param>
    /// <param name="innerException">The sender's own exception, if any.</param>
    /// <param name="operation">The operation that failed, as messages name it.</param>
    public static PersonalizeEventsException FromService(int statusCode, string? errorType, string? message, string trackingId, Exception? innerException = null, string operation = "PutEvents")
    {
        var text = operation + " failed with HTTP " + statusCode.ToString(CultureInfo.InvariantCulture)
            + (errorType is null ? string.Empty : " " + errorType)
            + (message is null ? "." : ": " + TrackingIdMask.Redact(message, trackingId ?? string.Empty));

        if (statusCode == 429 || (errorType is not null && ThrottlingTypes.Contains(errorType)))
        {
            return new PersonalizeEventsThrottlingException(text, errorType, statusCode, innerException);
        }

        return statusCode switch
        {
            400 => new PersonalizeEventsInvalidInputException(text, errorType, statusCode, innerException),
            404 => new PersonalizeEventsResourceNotFoundException(text, errorType, statusCode, innerException),
            409 => new PersonalizeEventsResourceInUseException(text, errorType, statusCode, innerException),
            >= 500 => new PersonalizeEventsServiceException(text, errorType, statusCode, innerException),
            _ => new PersonalizeEventsException(text, errorType, statusCode, innerException),
        };
    }

    /// <summary>
    /// Whether <paramref name="exception"/> means no answer came: a connection that failed or dropped, or an attempt
    /// that timed out (cancelled while the caller's own <paramref name="cancellationToken"/> was not).
    /// </summary>
    public static bool IsNetworkFailure(Exception exception, CancellationToken cancellationToken) =>
        exception switch
        {
            HttpRequestException or IOException or TimeoutException => true,
            OperationCanceledException => !cancellationToken.IsCancellationRequested,
            _ => exception.InnerException is HttpRequestException or IOException,
        };

    /// <summary>The retryable exception for a call that got no answer (see <see cref="IsNetworkFailure"/>).</summary>
    /// <param name="exception">What the sender threw.</param>
    /// <param name="host">The host the call went to, when the sender knows it.</param>
    /// <param name="timeout">The attempt's time limit, when the sender set it.</param>
    /// <param name="operation">The operation that got no answer, as messages name it.</param>
    public static PersonalizeEventsNetworkException FromNetwork(Exception exception, string? host = null, TimeSpan? timeout = null, string operation = "PutEvents")
    {
        var isTimeout = exception is OperationCanceledException or TimeoutException;
        var call = host is null ? operation : operation + " to " + host;
        var message = !isTimeout
            ? call + " failed before an answer came: " + exception.Message
            : timeout is { } limit
                ? call + " got no answer within " + limit.TotalSeconds.ToString(CultureInfo.InvariantCulture) + " s."
                : call + " got no answer in time.";
        return new PersonalizeEventsNetworkException(message, isTimeout, mayHaveBeenStored: isTimeout || !IsBeforeSending(exception), exception);
    }

    /// <summary>Whether the failure came before the request left: no connection, no such host, no TLS session.</summary>
    private static bool IsBeforeSending(Exception exception)
    {
#if NET8_0_OR_GREATER
        if (exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError or HttpRequestError.SecureConnectionError or HttpRequestError.ProxyTunnelError })
        {
            return true;
        }
#endif
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is System.Net.Sockets.SocketException
                {
                    SocketErrorCode: System.Net.Sockets.SocketError.ConnectionRefused or System.Net.Sockets.SocketError.HostNotFound
                        or System.Net.Sockets.SocketError.HostUnreachable or System.Net.Sockets.SocketError.NetworkUnreachable
                        or System.Net.Sockets.SocketError.TryAgain or System.Net.Sockets.SocketError.NoData,
                })
            {
                return true;
            }
        }

        return false;
    }
}
