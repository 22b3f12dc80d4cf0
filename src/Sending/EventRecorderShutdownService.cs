using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace SchemaGen;

/// <summary>One registered recorder's flush, so the shutdown service can reach recorders of every schema type.</summary>
internal sealed class RecorderFlush
{
    public RecorderFlush(Func<CancellationToken, Task> flushAsync) => FlushAsync = flushAsync;

    public Func<CancellationToken, Task> FlushAsync { get; }
}

/// <summary>
/// Flushes every registered recorder when the application stops, within the host's shutdown timeout, so events
/// recorded just before shutdown are sent before the container disposes the recorders.
/// </summary>
internal sealed class EventRecorderShutdownService : IHostedService
{
    private readonly IEnumerable<RecorderFlush> _recorders;

    public EventRecorderShutdownService(IEnumerable<RecorderFlush> recorders) => _recorders = recorders;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) =>
        Task.WhenAll(_recorders.Select(recorder => recorder.FlushAsync(cancellationToken)));
}
