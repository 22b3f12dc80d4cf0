using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace SchemaGen.Storage;

/// <summary>
/// Opens a spool's database however it was left: sound, missing, or damaged. A damaged one (SQLite cannot open
/// it, or <c>quick_check</c> finds it unsound) is read as far as it can be — row after row, then sequence by
/// sequence past a damaged page — what passes its checksum is copied into a new database, and the damaged files
/// are moved into <c>damaged/</c>. It never refuses to open and never reads a file twice.
/// </summary>
internal static class SpoolRecovery
{
    /// <summary>Opens the database, salvaging it when damaged; counts the records whose checksum failed on the way.</summary>
    public static SqliteConnection Open(SpoolFiles files, (long Highest, long RemovedBelow, long Held)? mark, ILogger logger, out bool salvaged, out long damagedRows)
    {
        salvaged = false;
        damagedRows = 0;
        Exception? problem = null;
        SqliteConnection? connection = null;
        try
        {
            connection = SpoolDatabase.Connect(files.Database);
            SpoolDatabase.CreateTable(connection);
            if (SpoolDatabase.IsSound(connection))
            {
                return connection;
            }
        }
        catch (SqliteException exception)
        {
            problem = exception;
        }

        connection?.Dispose();
        salvaged = true;
        SpoolTelemetry.DamagedFiles.Add(1);
        var rows = ReadWhatCanBeRead(files, mark, ref damagedRows);
        var aside = MoveAside(files);
        logger.LogError(
            problem,
            "The spool database at {Directory} is damaged; {Saved} records could be read and are kept, {Damaged} failed their checksum. The damaged files were moved to {Aside}.",
            files.Directory,
            rows.Count,
            damagedRows,
            aside);

        connection = SpoolDatabase.Connect(files.Database);
        SpoolDatabase.CreateTable(connection);
        using (var transaction = connection.BeginTransaction())
        using (var insert = connection.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO records (seq, checksum, payload) VALUES ($seq, $checksum, $payload)";
            var sequence = insert.Parameters.Add("$seq", SqliteType.Integer);
            var checksum = insert.Parameters.Add("$checksum", SqliteType.Integer);
            var payload = insert.Parameters.Add("$payload", SqliteType.Blob);
            foreach (var row in rows)
            {
                sequence.Value = row.Sequence;
                checksum.Value = row.Checksum;
                payload.Value = row.Payload;
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        return connection;
    }

    private static List<(long Sequence, long Checksum, byte[] Payload)> ReadWhatCanBeRead(SpoolFiles files, (long Highest, long RemovedBelow, long Held)? mark, ref long damagedRows)
    {
        var copy = files.Database + ".salvage";
        try
        {
            if (!PatchedCopy(files, copy))
            {
                return new List<(long Sequence, long Checksum, byte[] Payload)>();
            }

            return ReadWhatCanBeRead(copy, mark, ref damagedRows);
        }
        finally
        {
            foreach (var file in new[] { copy, copy + "-wal", copy + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>
    /// Copies the database and its log for reading, with the two header fields SQLite refuses a file for that hold
    /// nothing of the records put right: the format's 16-byte name, and the page count (zeroed, so SQLite takes the
    /// file's length — a cut file is otherwise refused whole, though its first half reads). False when there is no file.
    /// </summary>
    private static bool PatchedCopy(SpoolFiles files, string copy)
    {
        if (!File.Exists(files.Database))
        {
            return false;
        }

        File.Copy(files.Database, copy, overwrite: true);
        if (File.Exists(files.WriteAheadLog))
        {
            File.Copy(files.WriteAheadLog, copy + "-wal", overwrite: true);
        }

        using var file = new FileStream(copy, FileMode.Open, FileAccess.ReadWrite);
        if (file.Length >= 100)
        {
            file.Write(Encoding.ASCII.GetBytes("SQLite format 3\0"), 0, 16);
            file.Position = 28;
            file.Write(new byte[4], 0, 4);
        }

        return true;
    }

    private static List<(long Sequence, long Checksum, byte[] Payload)> ReadWhatCanBeRead(string path, (long Highest, long RemovedBelow, long Held)? mark, ref long damagedRows)
    {
        var rows = new List<(long Sequence, long Checksum, byte[] Payload)>();
        var seen = new HashSet<long>();
        SqliteConnection connection;
        try
        {
            connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());
            connection.Open();
        }
        catch (SqliteException)
        {
            return rows;
        }

        using (connection)
        {
            var lastRead = 0L;
            try
            {
                using var all = connection.CreateCommand();
                all.CommandText = "SELECT seq, checksum, payload FROM records ORDER BY seq";
                using var reader = all.ExecuteReader();
                while (reader.Read())
                {
                    lastRead = reader.GetInt64(0);
                    Keep(rows, seen, lastRead, reader.GetInt64(1), (byte[])reader.GetValue(2), ref damagedRows);
                }

                return rows;
            }
            catch (Exception exception) when (exception is SqliteException or InvalidCastException)
            {
                // The scan broke on a damaged page: ask for the remaining sequences one by one, as far as the mark
                // says records were handed out (without a mark there is no telling how far that is).
            }

            if (mark is not { } known)
            {
                return rows;
            }

            using var one = connection.CreateCommand();
            one.CommandText = "SELECT seq, checksum, payload FROM records WHERE seq = $seq";
            var parameter = one.Parameters.Add("$seq", SqliteType.Integer);
            for (var sequence = Math.Max(lastRead + 1, known.RemovedBelow); sequence <= known.Highest; sequence++)
            {
                try
                {
                    parameter.Value = sequence;
                    using var reader = one.ExecuteReader();
                    if (reader.Read())
                    {
                        Keep(rows, seen, reader.GetInt64(0), reader.GetInt64(1), (byte[])reader.GetValue(2), ref damagedRows);
                    }
                }
                catch (Exception exception) when (exception is SqliteException or InvalidCastException)
                {
                    // Under a damaged page: counted with the other losses, from the mark.
                }
            }
        }

        return rows;
    }

    private static void Keep(List<(long, long, byte[])> rows, HashSet<long> seen, long sequence, long checksum, byte[] payload, ref long damagedRows)
    {
        if (RecordChecksum.Of(sequence, payload) != checksum || !seen.Add(sequence))
        {
            damagedRows++;
            return;
        }

        rows.Add((sequence, checksum, payload));
    }

    private static string MoveAside(SpoolFiles files)
    {
        var stamp = DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture);
        var aside = Path.Combine(files.Damaged, stamp);
        for (var n = 2; Directory.Exists(aside); n++)
        {
            aside = Path.Combine(files.Damaged, stamp + "-" + n.ToString(CultureInfo.InvariantCulture));
        }

        Directory.CreateDirectory(aside);
        foreach (var file in new[] { files.Database, files.WriteAheadLog, files.SharedMemory })
        {
            if (File.Exists(file))
            {
                File.Move(file, Path.Combine(aside, Path.GetFileName(file)));
            }
        }

        return aside;
    }
}
