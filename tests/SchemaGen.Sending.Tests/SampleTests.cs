using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace SchemaGen.Sending.Tests;

/// <summary>The sample, configured by environment variables alone, records the seed's two events on a loopback server.</summary>
public sealed class SampleTests
{
    [Fact]
    public async Task The_sample_records_the_seed_events_through_the_configured_endpoint()
    {
        await using var server = await LoopbackServer.StartAsync();
        var sample = new ProcessStartInfo("dotnet", SampleAssembly()) { RedirectStandardOutput = true, RedirectStandardError = true };
        sample.Environment["PERSONALIZE_TRACKING_ID"] = TestData.TrackingId;
        sample.Environment["AWS_ENDPOINT_URL_PERSONALIZE_EVENTS"] = server.BaseAddress.ToString();
        sample.Environment["AWS_REGION"] = TestData.Region;
        sample.Environment["AWS_ACCESS_KEY_ID"] = TestData.AccessKey;
        sample.Environment["AWS_SECRET_ACCESS_KEY"] = TestData.SecretKey;
        sample.Environment["AWS_PROFILE"] = "schemagen-test-profile-that-does-not-exist";

        using var process = Process.Start(sample)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "the sample did not finish within a minute");
        Assert.True(process.ExitCode == 0, await error);

        Assert.Contains("2 accepted, 0 not accepted", await output, StringComparison.Ordinal);
        var received = Assert.Single(server.Requests);
        var body = ReceivedBody.Parse(received.Body);
        Assert.Equal(("session1", "user555", 2), (body.SessionId, body.UserId, body.EventIds.Count));
        Assert.All(body.EventIds, id => Assert.Contains("as event " + id, output.Result, StringComparison.Ordinal));
        var signature = BotocoreSignature.Compute(received, TestData.AccessKey, TestData.SecretKey, null, TestData.Region, "personalize");
        Assert.EndsWith("Signature=" + signature.Signature, received.Headers["Authorization"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_configuration_the_sample_records_events_and_items_against_a_local_endpoint_and_exports_the_items()
    {
        var sample = new ProcessStartInfo("dotnet", SampleAssembly()) { RedirectStandardOutput = true, RedirectStandardError = true };
        sample.Environment.Remove("PERSONALIZE_TRACKING_ID");

        using var process = Process.Start(sample)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "the sample did not finish within a minute");
        Assert.True(process.ExitCode == 0, await error);

        var text = (await output).Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Contains("2 accepted, 0 not accepted", text, StringComparison.Ordinal);
        Assert.Contains("PutItems: 2 items accepted, 0 not accepted", text, StringComparison.Ordinal);
        Assert.EndsWith("ITEM_ID,GENRES,RELEASE_YEAR\nchoc-panama,Documentary,2019\nmovie_ten,Horror|Action,1999\n", text, StringComparison.Ordinal);
    }

    /// <summary>The sample's build output beside this test's: same configuration, same framework.</summary>
    private static string SampleAssembly()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        var root = testOutput.Parent.Parent!.Parent!.Parent!.Parent!.FullName;
        var path = Path.Combine(root, "samples", "MovieClicks", "bin", configuration, framework, "MovieClicks.dll");
        Assert.True(File.Exists(path), "the sample is not built at " + path);
        return path;
    }
}
