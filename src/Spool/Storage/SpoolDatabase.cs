using Microsoft.Data.Sqlite;

namespace SchemaGen.Storage;

/// <summary>The spool's SQLite database: one table of records, in WAL mode with <c>synchronous=FULL</c>, so a commit is on disk when it returns.</summary>
internal static class SpoolDatabase
{
    public const string SelectAfter = "SELECT seq, checksum, payload FROM records WHERE seq > $after ORDER BY seq LIMIT $max";

    public static SqliteConnection Connect(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            // Closed when disposed: a pooled handle would keep the files open after the spool is.
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode=WAL");
            Execute(connection, "PRAGMA synchronous=FULL");
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public static void CreateTable(SqliteConnection connection) =>
        Execute(connection, "CREATE TABLE IF NOT EXISTS records (seq INTEGER PRIMARY KEY, checksum INTEGER NOT NULL, payload BLOB NOT NULL)");

    /// <summary>Whether SQLite finds the database's structure sound (<c>PRAGMA quick_check</c>).</summary>
    public static bool IsSound(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA quick_check";
        return command.ExecuteScalar() as string == "ok";
    }

    public static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() is long value ? value : 0;
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
