using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace SchemaGen.Generator.Tests.Infrastructure;

/// <summary>
/// Compares a scenario's whole set of output files with the checked-in baselines in <c>Snapshots/&lt;scenario&gt;/</c>.
/// Set <c>UPDATE_SNAPSHOTS=1</c> to rewrite the baselines instead; review the diff before committing it.
/// </summary>
internal static class Snapshot
{
    /// <summary>Stands for the generator's version in baselines, so a version bump does not rewrite them all.</summary>
    public const string VersionPlaceholder = "%VERSION%";

    public static bool IsUpdating => Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1";

    public static void Verify(string scenario, IReadOnlyDictionary<string, string> actualFiles)
    {
        var directory = Path.Combine(RepositoryPaths.TestProjectDirectory, "Snapshots", scenario);
        var actual = actualFiles.ToDictionary(pair => pair.Key, pair => Scrub(pair.Value), StringComparer.Ordinal);

        if (IsUpdating)
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }

            Directory.CreateDirectory(directory);
            foreach (var (name, text) in actual)
            {
                File.WriteAllText(Path.Combine(directory, name), text);
            }

            return;
        }

        Assert.True(Directory.Exists(directory), $"No baseline for scenario '{scenario}'. Run the tests with UPDATE_SNAPSHOTS=1 and review the new files.");
        var expectedNames = Directory.GetFiles(directory).Select(Path.GetFileName).OrderBy(name => name, StringComparer.Ordinal).ToArray();
        var actualNames = actual.Keys.OrderBy(name => name, StringComparer.Ordinal).ToArray();
        Assert.Equal(expectedNames, actualNames);

        foreach (var name in actualNames)
        {
            var expected = File.ReadAllText(Path.Combine(directory, name!));
            Assert.True(
                expected == actual[name],
                $"Snapshot '{scenario}/{name}' differs. Expected:\n{expected}\n--- Actual:\n{actual[name]}");
        }
    }

    private static string Scrub(string text) =>
        text.Replace($"\"{Emit.GeneratedCodeInfo.ToolVersion}\"", $"\"{VersionPlaceholder}\"", StringComparison.Ordinal);
}
