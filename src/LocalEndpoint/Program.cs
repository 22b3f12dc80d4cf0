using System.CommandLine;
using System.Net;

namespace SchemaGen.LocalEndpoint;

/// <summary>
/// <c>dotnet run --project src/LocalEndpoint -- --port 4566 --data ./personalize-data</c>: runs the endpoint until
/// Ctrl+C or SIGTERM, printing <c>Listening on …</c> once it accepts requests.
/// </summary>
internal static class Program
{
    /// <summary>Runs the endpoint from the command line.</summary>
    public static Task<int> Main(string[] args) => RunAsync(args, Console.Out, Console.Error);

    internal static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var port = new Option<int>("--port") { Description = "The port to listen on; 0 takes a free one.", DefaultValueFactory = _ => 4566 };
        var host = new Option<string>("--host") { Description = "The address to listen on (loopback unless told otherwise).", DefaultValueFactory = _ => "127.0.0.1" };
        var data = new Option<DirectoryInfo?>("--data") { Description = "The folder of the SQLite database, kept across restarts; without it everything stays in memory." };
        var accessKeyId = new Option<string>("--access-key-id") { Description = "The access key id requests are signed with.", DefaultValueFactory = _ => "test" };
        var secretAccessKey = new Option<string>("--secret-access-key") { Description = "Its secret access key.", DefaultValueFactory = _ => "test" };
        var region = new Option<string>("--region") { Description = "The region requests are signed for.", DefaultValueFactory = _ => "us-west-2" };
        var activationDelay = new Option<double>("--activation-delay") { Description = "Seconds a new resource reports CREATE PENDING before ACTIVE." };
        var failRate = new Option<double>("--fail-rate") { Description = "Share of data-plane requests (PutEvents, PutItems, …) answered 500 (0 to 1)." };
        var throttleRate = new Option<double>("--throttle-rate") { Description = "Share of data-plane requests (PutEvents, PutItems, …) answered 429 ThrottlingException (0 to 1)." };
        var dropRate = new Option<double>("--drop-rate") { Description = "Share of data-plane requests (PutEvents, PutItems, …) whose connection is closed unanswered (0 to 1)." };
        var delayMs = new Option<int>("--delay-ms") { Description = "Milliseconds to wait before handling each data-plane request." };
        var seed = new Option<int?>("--fault-seed") { Description = "Seeds the fault draws, so a run can be repeated." };
        var root = new RootCommand("A local Amazon Personalize endpoint: the control plane and the events API on one port, SigV4-verified, kept in SQLite.")
        {
            port, host, data, accessKeyId, secretAccessKey, region, activationDelay, failRate, throttleRate, dropRate, delayMs, seed,
        };

        root.SetAction(async (parsed, cancellationToken) =>
        {
            if (!IPAddress.TryParse(parsed.GetValue(host), out var address))
            {
                error.WriteLine("schemagen-local: --host '" + parsed.GetValue(host) + "' is not an IP address.");
                return 1;
            }

            var options = new LocalEndpointOptions
            {
                Address = address,
                Port = parsed.GetValue(port),
                DataDirectory = parsed.GetValue(data)?.FullName,
                AccessKeyId = parsed.GetValue(accessKeyId)!,
                SecretAccessKey = parsed.GetValue(secretAccessKey)!,
                Region = parsed.GetValue(region)!,
                ActivationDelay = TimeSpan.FromSeconds(parsed.GetValue(activationDelay)),
                FailRate = parsed.GetValue(failRate),
                ThrottleRate = parsed.GetValue(throttleRate),
                DropRate = parsed.GetValue(dropRate),
                Delay = TimeSpan.FromMilliseconds(parsed.GetValue(delayMs)),
                FaultSeed = parsed.GetValue(seed),
            };

            LocalPersonalizeEndpoint endpoint;
            try
            {
                endpoint = await LocalPersonalizeEndpoint.StartAsync(options, handleShutdownSignals: true, cancellationToken);
            }
            catch (Exception exception) when (exception is ArgumentException or IOException)
            {
                error.WriteLine("schemagen-local: " + exception.Message);
                return 1;
            }

            await using (endpoint)
            {
                output.WriteLine("Listening on " + endpoint.Uri.ToString().TrimEnd('/'));
                output.WriteLine("Region " + endpoint.Region + ", access key id " + options.AccessKeyId + (options.DataDirectory is null ? ", data in memory" : ", data in " + options.DataDirectory));
                output.Flush();
                await endpoint.WaitForShutdownAsync();
            }

            output.WriteLine("Stopped.");
            return 0;
        });

        return await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }
}
