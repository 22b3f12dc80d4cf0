using System.Diagnostics;
using System.Text.Json.Nodes;

namespace SchemaGen.LocalEndpoint.Tests;

/// <summary>
/// The official AWS clients on this machine, each run as a user runs it: boto3 (python3), the AWS CLI, and the AWS
/// SDK for JavaScript v3 (node, installed from its lock file on first use). Each says why it is unavailable.
/// </summary>
public static class OfficialClients
{
    private static readonly Lazy<string?> Boto3Missing = new(() => Missing("python3", "-c \"import boto3\"", "python3 with boto3"));
    private static readonly Lazy<string?> AwsCliMissing = new(() => Missing("aws", "--version", "the AWS CLI"));
    private static readonly Lazy<string?> JsSdkMissing = new(InstallJsSdk);

    public static string? Boto3Unavailable => Boto3Missing.Value;

    public static string? AwsCliUnavailable => AwsCliMissing.Value;

    public static string? JsSdkUnavailable => JsSdkMissing.Value;

    private static string JsFolder => Path.Combine(AppContext.BaseDirectory, "Clients", "js");

    /// <summary>Runs calls through boto3; one result object per call (<c>ok</c> or <c>error</c>).</summary>
    public static Task<JsonArray> Boto3Async(Uri endpoint, JsonArray calls, string secretAccessKey = "test", string accessKeyId = "test", string region = "us-west-2", string? sessionToken = null) =>
        DriverAsync("python3", [Path.Combine(AppContext.BaseDirectory, "Clients", "boto3_driver.py")], endpoint, calls, secretAccessKey, accessKeyId, region, sessionToken);

    /// <summary>Runs calls through the AWS SDK for JavaScript v3; one result object per call.</summary>
    public static Task<JsonArray> JsSdkAsync(Uri endpoint, JsonArray calls, string secretAccessKey = "test") =>
        DriverAsync("node", [Path.Combine(JsFolder, "driver.mjs")], endpoint, calls, secretAccessKey, "test", "us-west-2");

    /// <summary>One GET signed by botocore, the URL as given: status and body.</summary>
    public static async Task<(int Status, string Body)> BotocoreGetAsync(string url, string secretAccessKey = "test")
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "Clients", "botocore_get.py"), url, "test", secretAccessKey, "us-west-2" })
        {
            start.ArgumentList.Add(argument);
        }

        Isolate(start, "test", secretAccessKey, "us-west-2");
        var (exitCode, output, error) = await RunAsync(start, stdin: null);
        if (exitCode != 0)
        {
            throw new InvalidOperationException("botocore GET failed: " + error);
        }

        var result = JsonNode.Parse(output)!;
        return ((int)result["status"]!, (string)result["body"]!);
    }

    /// <summary>Runs one AWS CLI command against the endpoint: exit code, standard output, standard error.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> AwsCliAsync(Uri endpoint, params string[] arguments)
    {
        var start = new ProcessStartInfo("aws") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments.Concat(["--endpoint-url", endpoint.ToString(), "--output", "json"]))
        {
            start.ArgumentList.Add(argument);
        }

        Isolate(start, "test", "test", "us-west-2");
        return await RunAsync(start, stdin: null);
    }

    private static async Task<JsonArray> DriverAsync(string program, string[] arguments, Uri endpoint, JsonArray calls, string secretAccessKey, string accessKeyId, string region, string? sessionToken = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Isolate(start, accessKeyId, secretAccessKey, region);
        var input = new JsonObject
        {
            ["endpoint"] = endpoint.ToString().TrimEnd('/'),
            ["accessKeyId"] = accessKeyId,
            ["secretAccessKey"] = secretAccessKey,
            ["region"] = region,
            ["sessionToken"] = sessionToken,
            ["calls"] = calls.DeepClone(),
        };
        var (exitCode, output, error) = await RunAsync(start, input.ToJsonString());
        if (exitCode != 0)
        {
            throw new InvalidOperationException(program + " failed (" + exitCode + "): " + error);
        }

        var results = JsonNode.Parse(output)!.AsArray();
        if (results.Count != calls.Count)
        {
            throw new InvalidOperationException(program + " answered " + results.Count + " of " + calls.Count + " calls: " + output + error);
        }

        return results;
    }

    // The user's own AWS configuration never leaks into a test, nor the test's into the user's.
    private static void Isolate(ProcessStartInfo start, string accessKeyId, string secretAccessKey, string region)
    {
        foreach (var name in start.Environment.Keys.Where(name => name.StartsWith("AWS_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["AWS_ACCESS_KEY_ID"] = accessKeyId;
        start.Environment["AWS_SECRET_ACCESS_KEY"] = secretAccessKey;
        start.Environment["AWS_REGION"] = region;
        start.Environment["AWS_DEFAULT_REGION"] = region;
        start.Environment["AWS_CONFIG_FILE"] = Path.Combine(AppContext.BaseDirectory, "no-aws-config");
        start.Environment["AWS_SHARED_CREDENTIALS_FILE"] = Path.Combine(AppContext.BaseDirectory, "no-aws-credentials");
        start.Environment["AWS_EC2_METADATA_DISABLED"] = "true";
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(ProcessStartInfo start, string? stdin)
    {
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + start.FileName);
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
            process.StandardInput.Close();
        }

        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new System.Threading.CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(start.FileName + " did not finish within 2 minutes.");
        }

        return (process.ExitCode, await output, await error);
    }

    private static string? Missing(string program, string arguments, string what)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            return process.WaitForExit(60_000) && process.ExitCode == 0 ? null : what + " is not available: " + error.Trim();
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            return what + " is not available: " + program + ": " + exception.Message;
        }
    }

    // npm ci from the committed lock file, once per build output folder.
    private static string? InstallJsSdk()
    {
        if (Missing("node", "--version", "node") is { } noNode)
        {
            return noNode;
        }

        if (Directory.Exists(Path.Combine(JsFolder, "node_modules", "@aws-sdk", "client-personalize-events")))
        {
            return null;
        }

        return Missing("npm", "ci --no-audit --no-fund --prefix \"" + JsFolder + "\"", "the AWS SDK for JavaScript v3 (npm ci)");
    }
}
