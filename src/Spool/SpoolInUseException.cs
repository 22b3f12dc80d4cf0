using System.IO;

namespace SchemaGen;

/// <summary>Another recorder — in this process or another — already uses the spool's directory.</summary>
public sealed class SpoolInUseException : IOException
{
    /// <summary>Creates the exception.</summary>
    public SpoolInUseException(string directory, IOException inner)
        : base("The spool at " + directory + " is in use by another recorder, in this process or another; a spool serves one recorder at a time. Give this recorder a directory of its own, or stop the other first.", inner)
        => Directory = directory;

    /// <summary>The spool's directory.</summary>
    public string Directory { get; }
}
