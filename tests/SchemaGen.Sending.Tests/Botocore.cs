using System;
using System.Diagnostics;
using System.IO;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SchemaGen.Sending.Tests;

/// <summary>What botocore (python3) computes for a captured request: an implementation that is not AWSSDK.Core's.</summary>
public sealed record BotocoreSignature(string Signature, string SignedHeaders, string CredentialScope, string PayloadSha256)
{
    public static BotocoreSignature Compute(CapturedRequest request, string accessKey, string secretKey, string? sessionToken, string region, string service)
    {
        var headers = new JsonObject();
        foreach (var (name, value) in request.Headers)
        {
            headers[name] = value;
        }

        // botocore reads these two by their canonical spelling.
        headers["Authorization"] = request.Headers["Authorization"];
        headers["X-Amz-Date"] = request.Headers["X-Amz-Date"];
        var input = new JsonObject
        {
            ["method"] = request.Method,
            ["url"] = request.Url,
            ["headers"] = headers,
            ["body"] = Convert.ToBase64String(request.Body),
            ["accessKey"] = accessKey,
            ["secretKey"] = secretKey,
            ["sessionToken"] = sessionToken,
            ["region"] = region,
            ["service"] = service,
        };

        var start = new ProcessStartInfo("python3", Path.Combine(AppContext.BaseDirectory, "botocore_sigv4.py"))
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var python = Process.Start(start)!;
        python.StandardInput.Write(input.ToJsonString());
        python.StandardInput.Close();
        var output = python.StandardOutput.ReadToEnd();
        var error = python.StandardError.ReadToEnd();
        if (!python.WaitForExit(60_000) || python.ExitCode != 0)
        {
            throw new InvalidOperationException("botocore could not compute the signature: " + error);
        }

        var result = JsonNode.Parse(output)!;
        return new BotocoreSignature(
            (string)result["signature"]!,
            (string)result["signedHeaders"]!,
            (string)result["credentialScope"]!,
            (string)result["payloadSha256"]!);
    }
}
