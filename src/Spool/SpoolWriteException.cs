using System;
using System.IO;

namespace SchemaGen;

/// <summary>The spool could not store a record — the disk is full, or an I/O error: the record was not recorded.</summary>
public sealed class SpoolWriteException : IOException
{
    /// <summary>Creates the exception.</summary>
    public SpoolWriteException(string directory, Exception inner)
        : base("The record was not recorded: the spool at " + directory + " could not store it (" + (inner ?? throw new ArgumentNullException(nameof(inner))).Message + ").", inner)
        => Directory = directory;

    /// <summary>The spool's directory.</summary>
    public string Directory { get; }
}
