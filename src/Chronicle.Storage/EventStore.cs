using System.Data.Common;
using Chronicle.Documents;

namespace Chronicle.Storage;

/// <summary>A database of events, each with every article that reported it: SQLite by default, PostgreSQL when shared.</summary>
public sealed class EventStore : IDisposable
{
    private readonly DbConnection _connection;
    private readonly ArticleWriter _writer;
    private readonly EventReader _reader;
    private readonly ArticleLookup _articles;
    private readonly Dialect _dialect;

    private EventStore(StoreTarget target, Dialect dialect, DbConnection connection)
    {
        Target = target;
        _connection = connection;
        _writer = new ArticleWriter(connection, dialect);
        _reader = new EventReader(connection, dialect);
        _articles = new ArticleLookup(connection);
        _dialect = dialect;
    }

    public StoreTarget Target { get; }

    /// <summary>The schema version the database is at.</summary>
    public int SchemaVersion => Migrator.Version(_connection);

    /// <summary>Opens a store, creating it on first use and upgrading an older schema in place.</summary>
    public static EventStore Open(StoreTarget target) => Open(target, Schema.CurrentVersion);

    /// <summary>Opens a store upgraded only as far as a given version, to make the databases of older releases in tests.</summary>
    internal static EventStore Open(StoreTarget target, int version)
    {
        ArgumentNullException.ThrowIfNull(target);
        var dialect = Dialect.For(target);
        var connection = dialect.Connect();
        try
        {
            Migrator.Upgrade(connection, dialect, version);
            return new EventStore(target, dialect, connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The store's connection, for tools that fill a database in bulk.</summary>
    internal DbConnection Connection => _connection;

    /// <summary>Stores one processed article and its events in one transaction; an article whose text is already stored changes nothing.</summary>
    public IngestOutcome Ingest(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return _writer.Write(document);
    }

    /// <summary>Whether an article with this text (its <see cref="Article.ContentHash"/>) is stored, so an ingest can skip it before running the pipeline.</summary>
    public bool Contains(string contentHash)
    {
        ArgumentNullException.ThrowIfNull(contentHash);
        return _writer.Contains(contentHash);
    }

    /// <summary>Whether an item of a feed (its id, else its link) was read before, so a watch restarted later skips it.</summary>
    public bool HasSeenFeedItem(string feed, string itemKey)
    {
        using var command = _connection.Command("SELECT COUNT(*) FROM feed_items WHERE feed = @feed AND item_key = @key");
        return command.Bind("@feed", feed).Bind("@key", itemKey).Scalar() > 0;
    }

    /// <summary>Records that an item of a feed was read; recording it twice changes nothing.</summary>
    public void RememberFeedItem(string feed, string itemKey)
    {
        using var command = _connection.Command(
            "INSERT INTO feed_items (feed, item_key, seen_at) VALUES (@feed, @key, @at) ON CONFLICT (feed, item_key) DO NOTHING");
        command.Bind("@feed", feed).Bind("@key", itemKey)
            .Bind("@at", DateTime.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture)).ExecuteNonQuery();
    }

    public IReadOnlyList<StoredEvent> Find(EventQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return _reader.Find(query);
    }

    /// <summary>One event with its sources, or null.</summary>
    public StoredEvent? Get(long id) => _reader.Get(id) is { } e ? _reader.WithSources([e])[0] : null;

    public EventExplanation? Explain(long id) => _reader.Explain(id);

    /// <summary>Counts per day and type and per place of the events a query matches; its limit and offset are ignored.</summary>
    public EventSummary Summarize(EventQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return EventSummaryReader.Summarize(_connection, _dialect, query);
    }

    /// <summary>A stored article by its id or content hash, with its entities and reports, or null.</summary>
    public StoredArticle? GetArticle(string id) => _articles.Get(id);

    /// <summary>Entity names that contain the words typed, case ignored, the most often named first.</summary>
    public IReadOnlyList<EntityMatch> FindEntities(string text, int limit) => _articles.FindEntities(text, limit);

    public StoreCounts Counts() => _reader.Counts();

    public void Dispose()
    {
        _writer.Dispose();
        _connection.Dispose();
    }
}
