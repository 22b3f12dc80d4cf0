namespace SchemaGen.Ide.Tests;

/// <summary>
/// csharp-ls, a C# language server editors use, installed once as a dotnet tool under the repository's ignored
/// <c>artifacts/</c> folder.
/// </summary>
internal static class LanguageServer
{
    public const string Version = "0.28.0";

    private static readonly Lazy<(string? Path, string? Unavailable)> Installed = new(Install);

    /// <summary>Why the server cannot be had here, or null when it can.</summary>
    public static string? Unavailable => Installed.Value.Unavailable;

    public static string Path => Installed.Value.Path ?? throw new InvalidOperationException(Unavailable);

    private static (string? Path, string? Unavailable) Install()
    {
        var folder = System.IO.Path.Combine(PackedRepository.RepositoryRoot, "artifacts", "tools", "csharp-ls-" + Version);
        var server = System.IO.Path.Combine(folder, "csharp-ls");
        if (File.Exists(server))
        {
            return (server, null);
        }

        try
        {
            var install = DotNet.Run(PackedRepository.RepositoryRoot, new Dictionary<string, string>(), "tool", "install", "csharp-ls", "--version", Version, "--tool-path", folder);
            return File.Exists(server)
                ? (server, null)
                : (null, "csharp-ls " + Version + " could not be installed as a dotnet tool: " + install);
        }
        catch (Exception exception) when (exception is TimeoutException or System.ComponentModel.Win32Exception)
        {
            return (null, "csharp-ls " + Version + " could not be installed as a dotnet tool: " + exception.Message);
        }
    }
}

/// <summary>
/// A test that needs the language server: skipped, with the reason, on a machine where it cannot be installed — but
/// never under <c>CI=true</c>, where that fails the test instead.
/// </summary>
public sealed class LanguageServerFactAttribute : FactAttribute
{
    public LanguageServerFactAttribute()
    {
        if (!string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase) && LanguageServer.Unavailable is { } reason)
        {
            Skip = reason;
        }
    }
}
