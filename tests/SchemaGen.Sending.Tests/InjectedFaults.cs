using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace SchemaGen.Sending.Tests;

/// <summary>What a faulty service does with one request.</summary>
internal enum Fault
{
    None,
    ServerError,
    Throttled,
    PastTimeout,
    DropBeforeStoring,
    DropAfterStoring,
}

/// <summary>
/// A third of all requests failed in every way a service can fail them, drawn from a seeded generator so a run
/// repeats: 500, 429, no answer until the client gave up, the connection cut before or after storing.
/// </summary>
internal sealed class InjectedFaults
{
    private readonly Random _random;
    private readonly TimeSpan _clientTimeout;
    private readonly int[] _counts = new int[Enum.GetValues<Fault>().Length];

    public InjectedFaults(int seed, TimeSpan clientTimeout)
    {
        _random = new Random(seed);
        _clientTimeout = clientTimeout;
    }

    public int Count(Fault fault) => Volatile.Read(ref _counts[(int)fault]);

    /// <summary>Answers one request: <paramref name="store"/> keeps its records (when the fault lets it), and true means the client hears 200.</summary>
    public async Task<bool> AnswerAsync(HttpContext context, Action store)
    {
        var fault = Draw();
        Interlocked.Increment(ref _counts[(int)fault]);
        switch (fault)
        {
            case Fault.ServerError:
                await LoopbackServer.Error(context, 500, "InternalFailure", "injected");
                return false;
            case Fault.Throttled:
                await LoopbackServer.Error(context, 429, "ThrottlingException", "injected");
                return false;
            case Fault.PastTimeout:
                // Answer nothing until the client has given up (bounded: at most twice its timeout).
                await Task.Delay(_clientTimeout * 2, context.RequestAborted).ContinueWith(_ => { });
                context.Abort();
                return false;
            case Fault.DropBeforeStoring:
                context.Abort();
                return false;
            case Fault.DropAfterStoring:
                store();
                context.Abort();
                return false;
            default:
                store();
                return true;
        }
    }

    private Fault Draw()
    {
        double draw;
        lock (_random)
        {
            draw = _random.NextDouble();
        }

        return draw switch
        {
            < 0.10 => Fault.ServerError,
            < 0.20 => Fault.Throttled,
            < 0.23 => Fault.PastTimeout,
            < 0.28 => Fault.DropBeforeStoring,
            < 0.33 => Fault.DropAfterStoring,
            _ => Fault.None,
        };
    }
}
