using System;
using System.Text.Json;
using SchemaGen.Serialization;

namespace SchemaGen;

/// <summary>
/// Reads a restJson1 error answer into the typed exception for it: the error type from the <c>X-Amzn-ErrorType</c>
/// header or the body's <c>__type</c>/<c>code</c>, bare (no namespace, no <c>:</c> suffix), the message from the
/// body's <c>message</c>.
/// </summary>
internal static class RestJsonErrors
{
    /// <param name="statusCode">The answer's status code (not 2xx).</param>
    /// <param name="errorTypeHeader">The <c>X-Amzn-ErrorType</c> header, if any.</param>
    /// <param name="body">The answer's body.</param>
    /// <param name="trackingId">The request's tracking id, masked wherever the service's message repeats it; empty for none.</param>
    /// <param name="operation">The operation that failed.</param>
    public static PersonalizeEventsException ToException(int statusCode, string? errorTypeHeader, byte[] body, string trackingId, string operation)
    {
        ReadBody(body, out var bodyType, out var serviceMessage);
        return PutEventsErrors.FromService(statusCode, BareErrorType(errorTypeHeader) ?? BareErrorType(bodyType), serviceMessage, trackingId, operation: operation);
    }

    /// <summary>
    /// <c>aws.protocols#InvalidInputException:http://…</c> becomes <c>InvalidInputException</c>: everything from the
    /// first <c>:</c> on, and everything up to the <c>#</c>, is dropped.
    /// </summary>
    public static string? BareErrorType(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var bare = value!.Trim();
        var colon = bare.IndexOf(':');
        if (colon >= 0)
        {
            bare = bare.Substring(0, colon);
        }

        var hash = bare.IndexOf('#');
        if (hash >= 0)
        {
            bare = bare.Substring(hash + 1);
        }

        return bare.Length == 0 ? null : bare;
    }

    private static void ReadBody(byte[] body, out string? errorType, out string? message)
    {
        errorType = null;
        message = null;
        if (body.Length == 0)
        {
            return;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            foreach (var member in document.RootElement.EnumerateObject())
            {
                if (member.Value.ValueKind != JsonValueKind.String)
                {
                    continue;
                }

                if (member.NameEquals("__type") || (errorType is null && member.NameEquals("code")))
                {
                    errorType = member.Value.GetString();
                }
                else if (member.Name.Equals("message", StringComparison.OrdinalIgnoreCase))
                {
                    message = member.Value.GetString();
                }
            }
        }
        catch (JsonException)
        {
            // A proxy's HTML page or a truncated body: the status code alone decides.
        }
    }
}
