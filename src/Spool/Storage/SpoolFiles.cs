using System.IO;

namespace SchemaGen.Storage;

/// <summary>The files of a spool directory.</summary>
internal sealed class SpoolFiles
{
    public SpoolFiles(string directory)
    {
        Directory = Path.GetFullPath(directory);
        Database = Path.Combine(Directory, "spool.db");
        Lock = Path.Combine(Directory, "spool.lock");
        Mark = Path.Combine(Directory, "spool.mark");
        Damaged = Path.Combine(Directory, "damaged");
    }

    public string Directory { get; }

    /// <summary>The SQLite database; its write-ahead log and shared memory are beside it.</summary>
    public string Database { get; }

    public string WriteAheadLog => Database + "-wal";

    public string SharedMemory => Database + "-shm";

    /// <summary>Held open without sharing while a recorder uses the spool.</summary>
    public string Lock { get; }

    /// <summary>The highest sequence stored and the one below every record held: how losses are counted.</summary>
    public string Mark { get; }

    /// <summary>Where damaged databases are moved, each in a folder named after when it was found.</summary>
    public string Damaged { get; }
}
