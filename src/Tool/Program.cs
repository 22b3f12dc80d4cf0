using System.CommandLine;

namespace SchemaGen.Tool;

/// <summary>The <c>schemagen</c> command and its verbs.</summary>
public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs one command line, writing to the given streams (tests call this directly).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("SchemaGen: Amazon Personalize interaction schemas from C# types, and back.")
        {
            ExportCommand.Create(output),
            ImportCommand.Create(output),
            ReadinessCommand.Create(output),
        };

        var parsed = root.Parse(args);
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (ToolException exception)
        {
            error.WriteLine("schemagen: " + exception.Message);
            return 1;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or Serialization.InteractionFormatException or BadImageFormatException)
        {
            error.WriteLine("schemagen: " + exception.Message);
            return 1;
        }
    }
}

/// <summary>A failure the user can act on: reported as one line, with exit code 1.</summary>
public sealed class ToolException(string message) : Exception(message);
