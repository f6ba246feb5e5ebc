using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Chronicle.Storage;

/// <summary>What differs between the engines: column types, how a writer takes the store, and full-text search.</summary>
internal abstract class Dialect
{
    public static Dialect For(StoreTarget target) => target.Kind switch
    {
        StoreKind.Postgres => new PostgresDialect(target.Location),
        _ => new SqliteDialect(target.Location),
    };

    public abstract DbConnection Connect();

    /// <summary>Starts a write transaction that no other writer can interleave with, so de-duplication sees every stored event.</summary>
    public abstract DbTransaction BeginWrite(DbConnection connection);

    /// <summary>The statement that makes the stored reports of an article (@article) findable by text; null when an index does it (PostgreSQL).</summary>
    public abstract string? IndexReportsSql { get; }

    /// <summary>An INSERT of one row into the columns of a table, followed by the suffix ("ON CONFLICT DO NOTHING"), prepared on the connection.</summary>
    public virtual PreparedInsert PrepareInsert(DbConnection connection, string table, ImmutableArray<string> columns, bool returnsId, string suffix = "") =>
        new CommandInsert(connection, table, columns, returnsId, suffix);

    /// <summary>A condition on reports aliased "r" that holds when the report matches the query in the named parameter.</summary>
    public abstract string SearchCondition(string parameter);

    /// <summary>The user's words in the engine's query syntax, each word required.</summary>
    public abstract string SearchQuery(string words);

    public string Expand(string sql) => sql
        .Replace("{ID}", IdColumn, StringComparison.Ordinal)
        .Replace("{REF}", KeyType, StringComparison.Ordinal)
        .Replace("{REAL}", RealType, StringComparison.Ordinal)
        .Replace("{DATE}", DateType, StringComparison.Ordinal)
        .Replace("{SEARCH}", SearchDdl, StringComparison.Ordinal);

    protected abstract string IdColumn { get; }

    protected abstract string KeyType { get; }

    protected abstract string RealType { get; }

    protected abstract string DateType { get; }

    protected abstract string SearchDdl { get; }

    /// <summary>Words of a query, without the characters either engine's syntax gives a meaning to.</summary>
    protected static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (char c in text + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }
    }
}

/// <summary>SQLite: one file, WAL journal, FTS5 over the reports.</summary>
internal sealed class SqliteDialect(string path) : Dialect
{
    public override DbConnection Connect()
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false };
        var connection = new SqliteConnection(builder.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();

        // WAL keeps readers working while an ingest writes. synchronous=NORMAL in WAL mode skips the fsync at each
        // commit, not the write: a committed transaction's pages are in the WAL file (in the kernel's page cache) before
        // COMMIT returns, so a killed process loses nothing committed and the next opener replays the WAL; only an OS
        // crash or a power cut can lose the last commits, never corrupt the file. A killed ingest is the failure ingest
        // promises to survive.
        // The checkpoints, which copy the WAL into the database and are where the fsyncs happen, come every 10,000 pages
        // (about 40 MB, some 170 articles) instead of every 1,000: ingesting the VOA corpus made 8 fsyncs instead of 20,
        // which had taken 1.5 ms of every article's time on a busy disk.
        command.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA wal_autocheckpoint=10000; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;";
        command.ExecuteNonQuery();
        return connection;
    }

    public override DbTransaction BeginWrite(DbConnection connection) =>
        ((SqliteConnection)connection).BeginTransaction(deferred: false);

    public override PreparedInsert PrepareInsert(DbConnection connection, string table, ImmutableArray<string> columns, bool returnsId, string suffix = "") =>
        new SqliteInsert((SqliteConnection)connection, table, columns, returnsId, suffix);

    // One statement at the end of the article's transaction: FTS5 writes its pending terms out as a new segment whenever
    // a later statement opens a savepoint, so indexing each report as it was stored made every later statement of the
    // transaction slower (measured: an event insert took 2.5 times as long) and left many small segments to merge.
    public override string? IndexReportsSql =>
        "INSERT INTO report_search (rowid, search_text) SELECT id, search_text FROM reports WHERE article_id = @article";

    public override string SearchCondition(string parameter) =>
        $"r.id IN (SELECT rowid FROM report_search WHERE report_search MATCH {parameter})";

    public override string SearchQuery(string words) =>
        string.Join(' ', Words(words).Select(w => "\"" + w + "\""));

    protected override string IdColumn => "INTEGER PRIMARY KEY";

    protected override string KeyType => "INTEGER";

    protected override string RealType => "REAL";

    protected override string DateType => "TEXT";

    protected override string SearchDdl => """
        CREATE VIRTUAL TABLE report_search USING fts5 (search_text, content='reports', content_rowid='id', tokenize='porter unicode61');
        INSERT INTO report_search (report_search) VALUES ('rebuild');
        """;
}

/// <summary>PostgreSQL: identity keys, an advisory lock for writers, an English tsvector index over the reports.</summary>
internal sealed class PostgresDialect(string connectionString) : Dialect
{
    // Any fixed number: it names the lock every Chronicle writer takes, so ingests into one database take turns.
    private const long WriterLock = 0x4348524f4e;

    public override DbConnection Connect()
    {
        var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        return connection;
    }

    public override DbTransaction BeginWrite(DbConnection connection)
    {
        var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = string.Create(CultureInfo.InvariantCulture, $"SELECT pg_advisory_xact_lock({WriterLock})");
        command.ExecuteNonQuery();
        return transaction;
    }

    public override string? IndexReportsSql => null;

    public override string SearchCondition(string parameter) =>
        $"to_tsvector('english', r.search_text) @@ plainto_tsquery('english', {parameter})";

    public override string SearchQuery(string words) => string.Join(' ', Words(words));

    protected override string IdColumn => "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY";

    protected override string KeyType => "BIGINT";

    protected override string RealType => "DOUBLE PRECISION";

    protected override string DateType => "DATE";

    protected override string SearchDdl => "CREATE INDEX reports_search ON reports USING GIN (to_tsvector('english', search_text));";
}
