namespace SchemaGen.LocalEndpoint.Local;

/// <summary>What the fault injector does to one PutEvents request.</summary>
internal enum Fault
{
    None,

    /// <summary>Answer 500 without storing anything.</summary>
    Fail,

    /// <summary>Answer 429 <c>ThrottlingException</c> without storing anything.</summary>
    Throttle,

    /// <summary>Close the connection without an answer, without storing anything.</summary>
    Drop,
}

/// <summary>
/// Faults on PutEvents by rate, so clients can prove they lose nothing: each request draws one number and fails,
/// is throttled or is dropped by the configured shares, after an optional delay. Seeded, so a run can be repeated.
/// </summary>
internal sealed class FaultInjector(double failRate, double throttleRate, double dropRate, TimeSpan delay, int? seed)
{
    private readonly Random _random = seed is { } value ? new Random(value) : new Random();
    private readonly Lock _gate = new();
    private readonly int[] _injected = new int[4];

    public TimeSpan Delay => delay;

    /// <summary>How many requests each fault has hit so far.</summary>
    public int Injected(Fault fault) => Volatile.Read(ref _injected[(int)fault]);

    public Fault Next()
    {
        if (failRate + throttleRate + dropRate == 0)
        {
            return Fault.None;
        }

        double draw;
        lock (_gate)
        {
            draw = _random.NextDouble();
        }

        var fault = draw < failRate ? Fault.Fail
            : draw < failRate + throttleRate ? Fault.Throttle
            : draw < failRate + throttleRate + dropRate ? Fault.Drop
            : Fault.None;
        Interlocked.Increment(ref _injected[(int)fault]);
        return fault;
    }
}
