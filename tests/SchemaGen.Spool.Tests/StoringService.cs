using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using SchemaGen.Sending.Tests;

namespace SchemaGen.Spool.Tests;

/// <summary>
/// PutEvents as the service keeps it — each event by its id, an id it has already kept ignored — behind injected
/// faults when given some. It counts what arrived again, and what arrived again with another content.
/// </summary>
internal sealed class StoringService
{
    private readonly InjectedFaults? _faults;
    private int _duplicates;
    private int _droppedAfterStoring;

    public StoringService(InjectedFaults? faults = null) => _faults = faults;

    /// <summary>Each stored event's request owner and JSON, by event id.</summary>
    public ConcurrentDictionary<string, string> Stored { get; } = new();

    /// <summary>Event ids that arrived again with another content: must never happen.</summary>
    public ConcurrentQueue<string> ReusedIds { get; } = new();

    /// <summary>Events that arrived again after they were stored.</summary>
    public int Duplicates => Volatile.Read(ref _duplicates);

    /// <summary>Events of requests stored and then cut off before the answer: each may arrive again by a retry.</summary>
    public int DroppedAfterStoring => Volatile.Read(ref _droppedAfterStoring);

    public InjectedFaults? Faults => _faults;

    public async Task AnswerAsync(HttpContext context, CapturedRequest request)
    {
        if (_faults is null)
        {
            Store(request);
            context.Response.StatusCode = 200;
            return;
        }

        var stored = 0;
        var answered = await _faults.AnswerAsync(context, () => stored = Store(request));
        if (!answered && stored > 0)
        {
            Interlocked.Add(ref _droppedAfterStoring, stored);
        }
    }

    private int Store(CapturedRequest request)
    {
        using var document = JsonDocument.Parse(request.Body);
        var root = document.RootElement;
        var owner = root.GetProperty("sessionId").GetString() + "|" + (root.TryGetProperty("userId", out var user) ? user.GetString() : "");
        var count = 0;
        foreach (var @event in root.GetProperty("eventList").EnumerateArray())
        {
            count++;
            var id = @event.GetProperty("eventId").GetString()!;
            var content = owner + "|" + @event.GetRawText();
            var kept = Stored.GetOrAdd(id, content);
            if (!ReferenceEquals(kept, content))
            {
                Interlocked.Increment(ref _duplicates);
                if (kept != content)
                {
                    ReusedIds.Enqueue(id);
                }
            }
        }

        return count;
    }
}
