using System;
using System.IO;

namespace SchemaGen.Generator.Tests.Infrastructure;

/// <summary>Finds files in the source tree (baselines, docs): the root is the folder holding SchemaGen.sln.</summary>
internal static class RepositoryPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string TestProjectDirectory { get; } = Path.Combine(RepositoryRoot, "tests", "SchemaGen.Generator.Tests");

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
