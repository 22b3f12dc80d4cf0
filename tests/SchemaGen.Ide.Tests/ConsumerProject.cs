namespace SchemaGen.Ide.Tests;

/// <summary>
/// A consumer project that references the packed SchemaGen package, as a user's does, restored with a package
/// cache of its own. The repository is packed in a configuration of its own (<c>Ide</c>) into a folder of its own,
/// without restoring (the solution's build restored it), so the package tests, which pack in Release at the same
/// time, never share a build output or a restore with it.
/// </summary>
internal sealed class ConsumerProject : IDisposable
{
    private ConsumerProject(string folder, IReadOnlyDictionary<string, string> environment)
    {
        Folder = folder;
        Environment = environment;
    }

    public string Folder { get; }

    /// <summary>What a process working on the project needs: its package cache above all.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    public static ConsumerProject Create(IEnumerable<(string Path, string Content)> files)
    {
        var work = Path.Combine(Path.GetTempPath(), "schemagen-ide-tests", Guid.NewGuid().ToString("N"));
        var packages = Path.Combine(work, "packages");
        var folder = Path.Combine(work, "Consumer");
        Directory.CreateDirectory(folder);
        var environment = new Dictionary<string, string>
        {
            ["NUGET_PACKAGES"] = Path.Combine(work, "nuget-cache"),
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
            ["MSBUILDDISABLENODEREUSE"] = "1",
        };

        var pack = DotNet.Run(LanguageServer.Root, new Dictionary<string, string> { ["MSBUILDDISABLENODEREUSE"] = "1" }, "pack", "src/Runtime/SchemaGen.Runtime.csproj", "-c", "Ide", "--no-restore", "-o", packages, "-p:NuGetAudit=false");
        if (pack.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet pack failed: " + pack);
        }

        File.WriteAllText(Path.Combine(work, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="schemagen-local" value="{packages}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(folder, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <NuGetAudit>false</NuGetAudit>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="SchemaGen" Version="{LanguageServer.PackageVersion}" />
              </ItemGroup>
            </Project>
            """);
        foreach (var (path, content) in files)
        {
            File.WriteAllText(Path.Combine(folder, path), content);
        }

        var project = new ConsumerProject(folder, environment);
        var restore = DotNet.Run(folder, environment, "restore");
        if (restore.ExitCode != 0)
        {
            project.Dispose();
            throw new InvalidOperationException("dotnet restore failed: " + restore);
        }

        return project;
    }

    public string Uri(string path) => new Uri(Path.Combine(Folder, path)).AbsoluteUri;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path.GetDirectoryName(Folder)!, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the temp folder is cleaned by the system.
        }
    }
}
