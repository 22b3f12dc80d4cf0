using System;
using System.Buffers;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SchemaGen.Benchmarks;

/// <summary>
/// A Kestrel server on 127.0.0.1 that reads each body, counts the events in it, and answers 200 at once, as the
/// service answers an accepted PutEvents call.
/// </summary>
internal sealed class LoopbackEventsServer : IAsyncDisposable
{
    private static readonly byte[] EventTypeMarker = "\"eventType\""u8.ToArray();

    private readonly WebApplication _app;
    private long _events;

    private LoopbackEventsServer(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Events received since the last <see cref="TakeCount"/>.</summary>
    public long TakeCount() => Interlocked.Exchange(ref _events, 0);

    public static async Task<LoopbackEventsServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new LoopbackEventsServer(app);
        app.Run(async context =>
        {
            var body = await context.Request.BodyReader.ReadAsync();
            while (!body.IsCompleted)
            {
                context.Request.BodyReader.AdvanceTo(body.Buffer.Start, body.Buffer.End);
                body = await context.Request.BodyReader.ReadAsync();
            }

            Interlocked.Add(ref server._events, CountEvents(body.Buffer.ToArray()));
            context.Request.BodyReader.AdvanceTo(body.Buffer.End);
            context.Response.StatusCode = 200;
        });
        await app.StartAsync();
        server.BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    // Every event has exactly one eventType member, and properties are double-encoded, so the marker cannot
    // appear inside them unescaped.
    private static int CountEvents(ReadOnlySpan<byte> body)
    {
        var count = 0;
        for (var at = body.IndexOf(EventTypeMarker); at >= 0; at = body.IndexOf(EventTypeMarker))
        {
            count++;
            body = body[(at + EventTypeMarker.Length)..];
        }

        return count;
    }
}
