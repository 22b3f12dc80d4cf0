using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SchemaGen.Ide.Tests;

/// <summary>
/// A minimal Language Server Protocol client over a server process's standard streams: requests with ids and time
/// limits, notifications, and answers to the server's own requests — <c>workspace/configuration</c> from the given
/// settings, every other one with null.
/// </summary>
internal sealed class LspClient : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Stream _input;
    private readonly Stream _output;
    private readonly Func<string, JsonNode?> _configuration;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly StringBuilder _errors = new();
    private readonly Task _reading;
    private int _nextId;

    private LspClient(Process process, Func<string, JsonNode?> configuration)
    {
        _process = process;
        _input = process.StandardInput.BaseStream;
        _output = process.StandardOutput.BaseStream;
        _configuration = configuration;
        process.ErrorDataReceived += (_, line) =>
        {
            lock (_errors)
            {
                _errors.AppendLine(line.Data);
            }
        };
        process.BeginErrorReadLine();
        _reading = Task.Run(ReadLoopAsync);
    }

    /// <summary>What the server wrote to standard error, for failure messages.</summary>
    public string Errors
    {
        get
        {
            lock (_errors)
            {
                return _errors.ToString();
            }
        }
    }

    /// <param name="configuration">The settings of a <c>workspace/configuration</c> section, by its name.</param>
    public static LspClient Start(string server, string workingDirectory, IReadOnlyDictionary<string, string> environment, Func<string, JsonNode?> configuration)
    {
        var start = new ProcessStartInfo(server)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return new LspClient(Process.Start(start)!, configuration);
    }

    public async Task<JsonElement> RequestAsync(string method, object parameters, TimeSpan timeout)
    {
        var id = Interlocked.Increment(ref _nextId);
        var answer = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        await WriteAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = JsonSerializer.SerializeToNode(parameters) });
        try
        {
            return await answer.Task.WaitAsync(timeout);
        }
        finally
        {
            _pending.TryRemove(id, out _);
        }
    }

    public Task NotifyAsync(string method, object parameters) =>
        WriteAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = JsonSerializer.SerializeToNode(parameters) });

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RequestAsync("shutdown", new { }, TimeSpan.FromSeconds(10));
            await NotifyAsync("exit", new { });
            _process.WaitForExit(5000);
        }
        catch (Exception exception) when (exception is TimeoutException or IOException or InvalidOperationException)
        {
            // A server that does not stop in time is ended below.
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private async Task WriteAsync(JsonNode message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes("Content-Length: " + body.Length + "\r\n\r\n");
        await _writeLock.WaitAsync();
        try
        {
            await _input.WriteAsync(header);
            await _input.WriteAsync(body);
            await _input.FlushAsync();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task ReadLoopAsync()
    {
        try
        {
            while (await ReadMessageAsync() is { } message)
            {
                var root = message.RootElement;
                var hasId = root.TryGetProperty("id", out var id);
                if (root.TryGetProperty("method", out var method))
                {
                    if (hasId)
                    {
                        await AnswerAsync(id, method.GetString()!, root.TryGetProperty("params", out var parameters) ? parameters : default);
                    }
                }
                else if (hasId && id.ValueKind == JsonValueKind.Number && _pending.TryGetValue(id.GetInt32(), out var answer))
                {
                    if (root.TryGetProperty("error", out var error))
                    {
                        answer.TrySetException(new LspErrorException(error.ToString()));
                    }
                    else
                    {
                        // A null result may be sent without the member.
                        answer.TrySetResult(root.TryGetProperty("result", out var result) ? result.Clone() : default);
                    }
                }
            }
        }
        catch (IOException)
        {
            // The server ended.
        }

        foreach (var answer in _pending.Values)
        {
            answer.TrySetException(new IOException("The language server ended. Its errors:\n" + Errors));
        }
    }

    private Task AnswerAsync(JsonElement id, string method, JsonElement parameters)
    {
        JsonNode? result = null;
        if (method == "workspace/configuration" && parameters.ValueKind == JsonValueKind.Object)
        {
            var items = new JsonArray();
            foreach (var item in parameters.GetProperty("items").EnumerateArray())
            {
                items.Add(item.TryGetProperty("section", out var section) ? _configuration(section.GetString() ?? string.Empty) : null);
            }

            result = items;
        }

        return WriteAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = JsonNode.Parse(id.GetRawText()), ["result"] = result });
    }

    private async Task<JsonDocument?> ReadMessageAsync()
    {
        var length = -1;
        while (true)
        {
            var line = await ReadHeaderLineAsync();
            if (line is null)
            {
                return null;
            }

            if (line.Length == 0)
            {
                break;
            }

            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        var body = new byte[length];
        await _output.ReadExactlyAsync(body);
        return JsonDocument.Parse(body);
    }

    private async Task<string?> ReadHeaderLineAsync()
    {
        var line = new StringBuilder();
        var one = new byte[1];
        while (true)
        {
            if (await _output.ReadAsync(one) == 0)
            {
                return null;
            }

            if (one[0] == '\n')
            {
                return line.ToString().TrimEnd('\r');
            }

            line.Append((char)one[0]);
        }
    }
}

/// <summary>An error the server answered a request with.</summary>
internal sealed class LspErrorException(string error) : Exception(error);
