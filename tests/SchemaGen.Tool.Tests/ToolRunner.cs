namespace SchemaGen.Tool.Tests;

/// <summary>Runs one schemagen command line in process and captures what it writes.</summary>
internal static class ToolRunner
{
    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = Program.Run(args, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    public static string TempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "schemagen-tool-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }
}
