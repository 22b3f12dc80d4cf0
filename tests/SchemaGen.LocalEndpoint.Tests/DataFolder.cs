namespace SchemaGen.LocalEndpoint.Tests;

/// <summary>A data folder of its own for one test, not created until the endpoint writes to it, and deleted after.</summary>
public sealed class DataFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "schemagen-local-" + Guid.NewGuid().ToString("N"));

    public string Database => System.IO.Path.Combine(Path, "personalize.sqlite");

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
