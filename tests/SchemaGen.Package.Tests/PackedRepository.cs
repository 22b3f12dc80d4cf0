using System.Text.RegularExpressions;

namespace SchemaGen.Package.Tests;

/// <summary>
/// Packs the repository once (Release, into artifacts/packages) and prepares a temp folder where consumer projects
/// restore from those packages and the normal feed, with their own package cache, so a repacked 0.1.0 is never
/// served stale from the machine's cache.
/// </summary>
public sealed class PackedRepository : IDisposable
{
    /// <summary>The packable projects, packed in Release into artifacts/packages.</summary>
    public PackedRepository()
        : this("Release", ownOutput: false, ["src/Runtime/SchemaGen.Runtime.csproj", "src/Sending/SchemaGen.Sending.csproj", "src/Spool/SchemaGen.Spool.csproj", "src/Tool/SchemaGen.Tool.csproj", "src/LocalEndpoint/SchemaGen.LocalEndpoint.csproj"])
    {
    }

    /// <summary>Packs <paramref name="projects"/> in a configuration of the caller's choosing and, when asked, into a folder of its own.</summary>
    /// <param name="configuration">The build configuration to pack in: one of its own keeps the build outputs apart from other packs running at the same time.</param>
    /// <param name="ownOutput">Pack into the temp folder, without restoring (the solution's build restored), instead of artifacts/packages.</param>
    /// <param name="projects">The projects to pack, relative to the repository root.</param>
    public static PackedRepository Pack(string configuration, bool ownOutput, params string[] projects) => new(configuration, ownOutput, projects);

    // One public constructor: xUnit makes the class fixture through it.
    private PackedRepository(string configuration, bool ownOutput, string[] projects)
    {
        Root = RepositoryRoot;
        Work = Path.Combine(Path.GetTempPath(), "schemagen-package-tests", Guid.NewGuid().ToString("N"));
        Packages = ownOutput ? Path.Combine(Work, "packages") : Path.Combine(Root, "artifacts", "packages");
        Directory.CreateDirectory(Work);
        Environment = new Dictionary<string, string>
        {
            ["NUGET_PACKAGES"] = Path.Combine(Work, "nuget-cache"),
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            ["MSBUILDDISABLENODEREUSE"] = "1",
        };

        // Only the packable projects, restored from the machine's own cache: a pack of the whole solution
        // against the temporary cache would rewrite the assets of projects other tests are building meanwhile.
        var packEnvironment = Environment.Where(variable => variable.Key != "NUGET_PACKAGES").ToDictionary(variable => variable.Key, variable => variable.Value);
        foreach (var project in projects)
        {
            string[] output = ownOutput ? ["--no-restore", "-o", Packages] : [];
            var pack = DotNet.Run(Root, packEnvironment, ["pack", project, "-c", configuration, "-p:NuGetAudit=false", .. output]);
            if (pack.ExitCode != 0)
            {
                throw new InvalidOperationException("dotnet pack failed: " + pack);
            }
        }

        Version = Regex.Match(File.ReadAllText(Path.Combine(Root, "Directory.Build.props")), "<Version>([^<]+)</Version>").Groups[1].Value;
        File.WriteAllText(Path.Combine(Work, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="schemagen-local" value="{Packages}" />
              </packageSources>
            </configuration>
            """);
    }

    /// <summary>The folder holding SchemaGen.sln.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    public string Root { get; }

    public string Packages { get; }

    public string Work { get; }

    public string Version { get; }

    public IReadOnlyDictionary<string, string> Environment { get; }

    public string PackagePath(string id) => Path.Combine(Packages, id + "." + Version + ".nupkg");

    /// <summary>A new consumer folder under the shared one, so it picks up the nuget.config there.</summary>
    public string NewProject(string name, string project, params (string Path, string Content)[] files)
    {
        var folder = Path.Combine(Work, name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, name + ".csproj"), project.Replace("$(SchemaGenVersion)", Version, StringComparison.Ordinal));
        foreach (var (path, content) in files)
        {
            File.WriteAllText(Path.Combine(folder, path), content);
        }

        return folder;
    }

    public DotNet.Result Dotnet(string folder, params string[] arguments) => DotNet.Run(folder, Environment, arguments);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Work, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the temp folder is cleaned by the system.
        }
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SchemaGen.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("SchemaGen.sln not found above " + AppContext.BaseDirectory);
    }
}
