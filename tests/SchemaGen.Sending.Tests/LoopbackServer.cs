using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SchemaGen.Sending.Tests;

/// <summary>One request as the server received it.</summary>
public sealed record CapturedRequest(string Method, string Path, string Url, IReadOnlyDictionary<string, string> Headers, byte[] Body);

/// <summary>
/// A Kestrel server bound to 127.0.0.1 on a free port. Every request is captured, then answered by the handler
/// the test gives (200 with an empty body, as the service answers, unless told otherwise).
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackServer(WebApplication app) => _app = app;

    public ConcurrentQueue<CapturedRequest> Requests { get; } = new();

    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<LoopbackServer> StartAsync(Func<HttpContext, CapturedRequest, Task>? answer = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new LoopbackServer(app);
        app.Run(async context =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            var request = context.Request;
            var captured = new CapturedRequest(
                request.Method,
                request.Path.Value ?? "",
                "http://" + request.Host.Value + request.Path.Value + request.QueryString.Value,
                request.Headers.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase),
                body.ToArray());
            server.Requests.Enqueue(captured);
            if (answer is null)
            {
                context.Response.StatusCode = 200;
                return;
            }

            await answer(context, captured);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.BaseAddress = new Uri(address);
        return server;
    }

    /// <summary>Answers as the service does on an error: the status, <c>X-Amzn-ErrorType</c> and a JSON <c>message</c>.</summary>
    public static async Task Error(HttpContext context, int status, string? errorType, string message)
    {
        context.Response.StatusCode = status;
        if (errorType is not null)
        {
            context.Response.Headers["X-Amzn-ErrorType"] = errorType;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync("{\"message\":" + System.Text.Json.JsonSerializer.Serialize(message) + "}");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
