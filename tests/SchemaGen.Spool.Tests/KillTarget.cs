using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace SchemaGen.Spool.Tests;

/// <summary>The recording process the tests kill (tests/SchemaGen.Spool.KillTarget), and what it wrote before it died.</summary>
internal sealed class KillTarget : IDisposable
{
    private readonly Process _process;
    private readonly Task _reading;
    private readonly TaskCompletionSource<bool> _recorded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<bool> _opened = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private KillTarget(Process process)
    {
        _process = process;
        _reading = Task.Run(ReadAsync);
    }

    /// <summary>Event ids acknowledged: their RecordAsync had returned.</summary>
    public ConcurrentQueue<string> Acknowledged { get; } = new();

    public ConcurrentQueue<string> Lines { get; } = new();

    public static KillTarget Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Assembly());
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return new KillTarget(Process.Start(start)!);
    }

    /// <summary>Kills it at once (SIGKILL on Linux and macOS) and waits until it is gone and its output read.</summary>
    public async Task KillAsync()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It had already exited.
        }

        await _process.WaitForExitAsync();
        await _reading;
    }

    /// <summary>Waits until it has opened its spool (it prints what the spool lost), or exited, at most <paramref name="limit"/>.</summary>
    public Task WaitUntilOpenedAsync(TimeSpan limit) => Task.WhenAny(_opened.Task, _process.WaitForExitAsync(), Task.Delay(limit));

    /// <summary>Waits until it printed "recorded" (every event acknowledged), at most <paramref name="limit"/>.</summary>
    public async Task WaitUntilRecordedAsync(TimeSpan limit)
    {
        var done = await Task.WhenAny(_recorded.Task, Task.Delay(limit));
        Assert.True(done == _recorded.Task, "The recording process did not finish recording in " + limit + ": " + string.Join(" | ", Lines));
    }

    /// <summary>Waits for it to exit by itself, at most <paramref name="limit"/>; its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            await KillAsync();
            Assert.Fail("The process did not exit in " + limit + ": " + string.Join(" | ", Lines));
        }

        await _reading;
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private async Task ReadAsync()
    {
        var errors = _process.StandardError.ReadToEndAsync();
        string? line;
        while ((line = await _process.StandardOutput.ReadLineAsync()) is not null)
        {
            if (line.StartsWith("ack ", StringComparison.Ordinal))
            {
                Acknowledged.Enqueue(line.Substring(4));
            }
            else
            {
                Lines.Enqueue(line);
                if (line.StartsWith("lost ", StringComparison.Ordinal))
                {
                    _opened.TrySetResult(true);
                }

                if (line == "recorded")
                {
                    _recorded.TrySetResult(true);
                }
            }
        }

        var error = await errors;
        if (error.Length > 0)
        {
            Lines.Enqueue("stderr: " + error);
        }
    }

    /// <summary>The program's build output beside this test's: same configuration, same framework.</summary>
    private static string Assembly()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        var tests = testOutput.Parent.Parent!.Parent!.Parent!.FullName;
        var path = Path.Combine(tests, "SchemaGen.Spool.KillTarget", "bin", configuration, framework, "SchemaGen.Spool.KillTarget.dll");
        Assert.True(File.Exists(path), "the recording process is not built at " + path);
        return path;
    }
}
