using System.Diagnostics;
using System.Text.Json.Nodes;
using Xunit;

namespace SchemaGen.LocalEndpoint.Tests;

/// <summary>
/// The endpoint as a command: it prints <c>Listening on …</c> once it accepts requests, keeps data in the folder it
/// is given, and stops cleanly on SIGTERM and on Ctrl+C (SIGINT).
/// </summary>
public sealed class CommandTests : IDisposable
{
    private readonly DataFolder _data = new();

    public void Dispose() => _data.Dispose();

    [Theory]
    [InlineData("TERM")]
    [InlineData("INT")]
    public async Task It_listens_serves_and_stops_on_SIGTERM_or_Ctrl_C(string signal)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "SchemaGen.LocalEndpoint.dll"), "--port", "0", "--data", _data.Path, "--region", "eu-west-1" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        try
        {
            var listening = await ReadLineAsync(process, TimeSpan.FromSeconds(60));
            Assert.StartsWith("Listening on http://127.0.0.1:", listening);
            var uri = new Uri(listening!.Substring("Listening on ".Length));

            // Signed for us-west-2, refused by an endpoint serving eu-west-1; the data folder holds the database.
            using var http = new HttpClient();
            using var request = await SignedRequests.PostAsync(uri, "/", "{}"u8.ToArray(), "AmazonPersonalize.ListSchemas", new Amazon.Runtime.BasicAWSCredentials("test", "test"));
            using var response = await http.SendAsync(request);
            Assert.Equal(403, (int)response.StatusCode);
            Assert.Contains("eu-west-1", (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["message"]!);
            Assert.True(File.Exists(_data.Database));

            using (var kill = Process.Start("kill", ["-" + signal, process.Id.ToString()]))
            {
                await kill.WaitForExitAsync();
            }

            using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync(exit.Token);
            Assert.Equal(0, process.ExitCode);
            Assert.Contains("Stopped.", await process.StandardOutput.ReadToEndAsync());
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    [Fact]
    public async Task Options_out_of_range_are_one_line_and_exit_code_1()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        Assert.Equal(1, await Program.RunAsync(["--port", "0", "--fail-rate", "2"], output, error));
        Assert.Contains("FailRate", error.ToString());
        Assert.Equal(1, await Program.RunAsync(["--host", "example"], output, error));
        Assert.Contains("--host", error.ToString());
    }

    /// <summary>Beyond loopback the default credentials are refused before anything listens (no test listens beyond loopback).</summary>
    [Fact]
    public async Task Listening_beyond_loopback_requires_a_secret_other_than_the_default()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        Assert.Equal(1, await Program.RunAsync(["--host", "0.0.0.0", "--port", "0"], output, error));

        Assert.Contains("Listening on 0.0.0.0 reaches beyond this machine", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("--secret-access-key", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Listening on http", output.ToString(), StringComparison.Ordinal);
        var refused = await Assert.ThrowsAsync<ArgumentException>(() => LocalPersonalizeEndpoint.StartAsync(new LocalEndpointOptions { Address = System.Net.IPAddress.IPv6Any }));
        Assert.Equal("SecretAccessKey", refused.ParamName);

        // The check itself, without listening: another secret is accepted beyond loopback, the default on loopback.
        new LocalEndpointOptions { Address = System.Net.IPAddress.Any, SecretAccessKey = "a-secret-of-its-own" }.Validate();
        new LocalEndpointOptions { Address = System.Net.IPAddress.IPv6Loopback }.Validate();
    }

    private static async Task<string?> ReadLineAsync(Process process, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        return await process.StandardOutput.ReadLineAsync(cancel.Token);
    }
}
