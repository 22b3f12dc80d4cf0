using System.Net;

namespace SchemaGen.LocalEndpoint;

/// <summary>How a <see cref="LocalPersonalizeEndpoint"/> listens, whom it trusts, where it keeps data, and what faults it injects.</summary>
public sealed class LocalEndpointOptions
{
    /// <summary>The address to listen on: loopback unless told otherwise.</summary>
    public IPAddress Address { get; set; } = IPAddress.Loopback;

    /// <summary>The port; 0 (the default) takes a free one, which <see cref="LocalPersonalizeEndpoint.Uri"/> then names.</summary>
    public int Port { get; set; }

    /// <summary>The folder of the SQLite database, which survives restarts; null keeps everything in memory.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>The credentials local emulators use by default, fine on loopback only.</summary>
    internal const string DefaultCredential = "test";

    /// <summary>The one access key id requests may be signed with (default <c>test</c>, as local emulators use).</summary>
    public string AccessKeyId { get; set; } = DefaultCredential;

    /// <summary>
    /// Its secret access key (default <c>test</c>). Listening beyond loopback (<see cref="Address"/> such as
    /// <c>0.0.0.0</c>, as a container needs) requires another one: with the well-known default, anyone who can reach the
    /// port could sign requests and read or change the data.
    /// </summary>
    public string SecretAccessKey { get; set; } = DefaultCredential;

    /// <summary>The region requests must be signed for, and that ARNs name (default <c>us-west-2</c>).</summary>
    public string Region { get; set; } = "us-west-2";

    /// <summary>How long a new resource reports <c>CREATE PENDING</c> before <c>ACTIVE</c> (default: none).</summary>
    public TimeSpan ActivationDelay { get; set; } = TimeSpan.Zero;

    /// <summary>The share of PutEvents requests answered 500 without storing anything (0 to 1).</summary>
    public double FailRate { get; set; }

    /// <summary>The share of PutEvents requests answered 429 <c>ThrottlingException</c> (0 to 1).</summary>
    public double ThrottleRate { get; set; }

    /// <summary>The share of PutEvents requests whose connection is closed without an answer (0 to 1).</summary>
    public double DropRate { get; set; }

    /// <summary>A delay before each PutEvents request is handled.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.Zero;

    /// <summary>Seeds the fault draws, so a faulty run can be repeated; null draws differently each run.</summary>
    public int? FaultSeed { get; set; }

    /// <summary>The clock signatures and timestamps are checked against (tests move it).</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    internal void Validate()
    {
        Rate(FailRate, nameof(FailRate));
        Rate(ThrottleRate, nameof(ThrottleRate));
        Rate(DropRate, nameof(DropRate));
        if (FailRate + ThrottleRate + DropRate > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(FailRate), "FailRate, ThrottleRate and DropRate add up to more than 1.");
        }

        if (Port is < 0 or > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(Port), Port, "Port must be from 0 to 65535.");
        }

        if (ActivationDelay < TimeSpan.Zero || Delay < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(ActivationDelay < TimeSpan.Zero ? nameof(ActivationDelay) : nameof(Delay), "Delays cannot be negative.");
        }

        if (string.IsNullOrEmpty(AccessKeyId) || string.IsNullOrEmpty(SecretAccessKey) || string.IsNullOrEmpty(Region))
        {
            throw new ArgumentException("AccessKeyId, SecretAccessKey and Region must be set.");
        }

        if (!IPAddress.IsLoopback(Address) && SecretAccessKey == DefaultCredential)
        {
            throw new ArgumentException(
                "Listening on " + Address + " reaches beyond this machine, and the secret access key is the well-known default '"
                + DefaultCredential + "': anyone who can reach the port could sign requests and read or change the data. Set another "
                + "secret access key (--secret-access-key, or LocalEndpointOptions.SecretAccessKey) and give it to the clients.",
                nameof(SecretAccessKey));
        }
    }

    private static void Rate(double rate, string name)
    {
        if (!(rate >= 0 && rate <= 1))
        {
            throw new ArgumentOutOfRangeException(name, rate, name + " is a share of requests, from 0 to 1.");
        }
    }
}
