using System;
using System.IO;

namespace SchemaGen.Spool.Tests;

/// <summary>A directory of its own for one test, deleted after.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory() => Path = Directory.CreateTempSubdirectory("schemagen-spool-").FullName;

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A test that failed may still hold a file; the temporary folder is the system's to clean.
        }
    }
}
