using System.Text.Json;
using Microsoft.Data.Sqlite;
using SchemaGen.LocalEndpoint.Protocol;

namespace SchemaGen.LocalEndpoint.Store;

/// <summary>
/// Everything the endpoint keeps, in SQLite: the control-plane resources (each as JSON beside its ARN, kind, name and
/// dataset group), the accepted events and action interactions of each dataset, appended, and the items, users and
/// actions of each dataset, one per id, the latest replacing the earlier in its place. A file under the data folder survives restarts; without
/// one the database lives in memory. One connection, used under a lock: requests are small and SQLite serialises
/// writes anyway.
/// </summary>
internal sealed class LocalStore : IDisposable
{
    public const string FileName = "personalize.sqlite";

    private readonly SqliteConnection _connection;
    private readonly Lock _gate = new();

    public LocalStore(string? dataDirectory)
    {
        string source;
        if (dataDirectory is null)
        {
            source = ":memory:";
        }
        else
        {
            Directory.CreateDirectory(dataDirectory);
            source = Path.Combine(dataDirectory, FileName);
        }

        // Pooling off: the file is released when the endpoint stops, so a restart (or a test) can open it at once.
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source, Pooling = false }.ToString());
        _connection.Open();
        Execute("""
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS resources (
                arn TEXT PRIMARY KEY,
                kind TEXT NOT NULL,
                name TEXT NOT NULL,
                group_arn TEXT,
                body TEXT NOT NULL,
                UNIQUE (kind, name));
            CREATE INDEX IF NOT EXISTS resources_by_tracking_id ON resources (json_extract(body, '$.TrackingId'));
            CREATE TABLE IF NOT EXISTS events (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                dataset_arn TEXT NOT NULL,
                event_id TEXT NOT NULL,
                user_id TEXT NOT NULL,
                event_type TEXT NOT NULL,
                event_value REAL,
                fields TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS events_by_dataset ON events (dataset_arn, seq);
            CREATE TABLE IF NOT EXISTS records (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                dataset_arn TEXT NOT NULL,
                record_id TEXT NOT NULL,
                fields TEXT NOT NULL,
                UNIQUE (dataset_arn, record_id));
            """);
    }

    /// <summary>Adds a resource; another of the same kind with that ARN or name is <c>ResourceAlreadyExistsException</c>.</summary>
    public void Add<T>(string kind, string arn, string name, string? groupArn, T resource)
    {
        lock (_gate)
        {
            if (Exists("SELECT 1 FROM resources WHERE arn = $a OR (kind = $k AND name = $n)", ("$a", arn), ("$k", kind), ("$n", name)))
            {
                throw ServiceError.AlreadyExists($"A {kind} named {name} already exists ({arn}).");
            }

            using var command = Command("INSERT INTO resources (arn, kind, name, group_arn, body) VALUES ($a, $k, $n, $g, $b)",
                ("$a", arn), ("$k", kind), ("$n", name), ("$g", groupArn), ("$b", JsonSerializer.Serialize(resource)));
            command.ExecuteNonQuery();
        }
    }

    public T? Find<T>(string kind, string arn)
        where T : class
    {
        lock (_gate)
        {
            return Query<T>("SELECT body FROM resources WHERE kind = $k AND arn = $a", ("$k", kind), ("$a", arn)).FirstOrDefault();
        }
    }

    /// <summary>Replaces the stored body of an existing resource (UpdateDataset).</summary>
    public void Replace<T>(string arn, T resource)
    {
        lock (_gate)
        {
            using var command = Command("UPDATE resources SET body = $b WHERE arn = $a", ("$a", arn), ("$b", JsonSerializer.Serialize(resource)));
            command.ExecuteNonQuery();
        }
    }

    /// <summary>The dataset of a type that holds this tracking id, or null: one indexed lookup per PutActionInteractions request.</summary>
    public DatasetResource? FindDatasetByTrackingId(string trackingId, string datasetType)
    {
        lock (_gate)
        {
            return Query<DatasetResource>("SELECT body FROM resources WHERE kind = $k AND json_extract(body, '$.TrackingId') = $t AND json_extract(body, '$.DatasetType') = $d", ("$k", ResourceKind.Dataset), ("$t", trackingId), ("$d", datasetType)).FirstOrDefault();
        }
    }

    /// <summary>The event tracker with this tracking id, or null: one indexed lookup per PutEvents request.</summary>
    public EventTrackerResource? FindEventTracker(string trackingId)
    {
        lock (_gate)
        {
            return Query<EventTrackerResource>("SELECT body FROM resources WHERE kind = $k AND json_extract(body, '$.TrackingId') = $t", ("$k", ResourceKind.EventTracker), ("$t", trackingId)).FirstOrDefault();
        }
    }

    /// <summary>The resources of a kind in creation order, only those of one dataset group when it is given.</summary>
    public IReadOnlyList<T> List<T>(string kind, string? groupArn = null)
    {
        lock (_gate)
        {
            return groupArn is null
                ? Query<T>("SELECT body FROM resources WHERE kind = $k ORDER BY rowid", ("$k", kind))
                : Query<T>("SELECT body FROM resources WHERE kind = $k AND group_arn = $g ORDER BY rowid", ("$k", kind), ("$g", groupArn));
        }
    }

    public void Remove(string arn)
    {
        lock (_gate)
        {
            using var command = Command("DELETE FROM resources WHERE arn = $a", ("$a", arn));
            command.ExecuteNonQuery();
        }
    }

    /// <summary>Adds a request's events to a dataset, all or none.</summary>
    public void AddEvents(string datasetArn, IReadOnlyList<StoredEvent> events)
    {
        lock (_gate)
        {
            using var transaction = _connection.BeginTransaction();
            foreach (var stored in events)
            {
                using var command = Command("INSERT INTO events (dataset_arn, event_id, user_id, event_type, event_value, fields) VALUES ($d, $i, $u, $t, $v, $f)",
                    ("$d", datasetArn), ("$i", stored.EventId), ("$u", stored.UserId), ("$t", stored.EventType), ("$v", stored.EventValue), ("$f", JsonSerializer.Serialize(stored.Fields)));
                command.Transaction = transaction;
                command.ExecuteNonQuery();
            }

            transaction.Commit();
        }
    }

    /// <summary>
    /// Puts a request's records into a dataset, all or none: a record whose id the dataset holds replaces it in its
    /// place; a new one goes last.
    /// </summary>
    public void PutRecords(string datasetArn, IReadOnlyList<StoredRecord> records)
    {
        lock (_gate)
        {
            using var transaction = _connection.BeginTransaction();
            foreach (var record in records)
            {
                using var command = Command(
                    "INSERT INTO records (dataset_arn, record_id, fields) VALUES ($d, $i, $f) ON CONFLICT (dataset_arn, record_id) DO UPDATE SET fields = excluded.fields",
                    ("$d", datasetArn), ("$i", record.Id), ("$f", JsonSerializer.Serialize(record.Fields)));
                command.Transaction = transaction;
                command.ExecuteNonQuery();
            }

            transaction.Commit();
        }
    }

    /// <summary>A dataset's records in the order their ids first arrived, each as its fields' values.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Records(string datasetArn)
    {
        lock (_gate)
        {
            return Query<Dictionary<string, string>>("SELECT fields FROM records WHERE dataset_arn = $d ORDER BY seq", ("$d", datasetArn));
        }
    }

    /// <summary>A dataset's events in the order they were accepted, each as its fields' values.</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> Events(string datasetArn)
    {
        lock (_gate)
        {
            return Query<Dictionary<string, string>>("SELECT fields FROM events WHERE dataset_arn = $d ORDER BY seq", ("$d", datasetArn));
        }
    }

    /// <summary>Interactions per user in a dataset, after the training filter (event type equal, value at least the threshold).</summary>
    public IReadOnlyList<long> InteractionsPerUser(string datasetArn, string? eventType, double? eventValueThreshold)
    {
        lock (_gate)
        {
            using var command = Command(
                "SELECT COUNT(*) FROM events WHERE dataset_arn = $d AND ($t IS NULL OR event_type = $t) AND ($v IS NULL OR event_value >= $v) GROUP BY user_id",
                ("$d", datasetArn), ("$t", eventType), ("$v", eventValueThreshold));
            using var reader = command.ExecuteReader();
            var counts = new List<long>();
            while (reader.Read())
            {
                counts.Add(reader.GetInt64(0));
            }

            return counts;
        }
    }

    public void Dispose() => _connection.Dispose();

    private List<T> Query<T>(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        using var reader = command.ExecuteReader();
        var results = new List<T>();
        while (reader.Read())
        {
            results.Add(JsonSerializer.Deserialize<T>(reader.GetString(0))!);
        }

        return results;
    }

    private bool Exists(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(sql, parameters);
        return command.ExecuteScalar() is not null;
    }

    private void Execute(string sql)
    {
        using var command = Command(sql);
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
