using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace SchemaGen.LocalEndpoint.Protocol;

/// <summary>
/// Writes a <see cref="ServiceError"/> as both protocols expect it: the <c>X-Amzn-ErrorType</c> header, which
/// restJson1 clients read first, and a JSON body with <c>__type</c> (what awsJson1_1 clients read) and
/// <c>message</c>.
/// </summary>
internal static class ErrorResponse
{
    public static async Task WriteAsync(HttpContext context, ServiceError error, string contentType)
    {
        context.Response.StatusCode = error.Status;
        context.Response.ContentType = contentType;
        context.Response.Headers["X-Amzn-ErrorType"] = error.Type;
        var body = new MemoryStream();
        using (var writer = new Utf8JsonWriter(body))
        {
            writer.WriteStartObject();
            writer.WriteString("__type", error.Type);
            writer.WriteString("message", error.Message);
            writer.WriteEndObject();
        }

        await context.Response.Body.WriteAsync(body.GetBuffer().AsMemory(0, (int)body.Length), context.RequestAborted);
    }
}
