using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using Chronicle.Documents;
using Chronicle.Serialization;

namespace Chronicle.Storage;

/// <summary>Stores one document in one transaction: the article, its entities and their mentions, and each event either joined to a stored event or new.</summary>
internal sealed class ArticleWriter(DbConnection connection, Dialect dialect) : IDisposable
{
    // Prepared once per connection, as the inserts are: preparing a statement costs more than running it.
    private readonly Dictionary<string, DbCommand> _statements = new(StringComparer.Ordinal);
    private Inserts? _prepared;

    // A season (92 days) is the longest date range that may merge, so no candidate starts earlier than this before a report.
    private const int LongestMergeableRange = 92;

    /// <summary>Whether an article with this text is stored; lets an ingest skip known text before running the pipeline.</summary>
    public bool Contains(string contentHash, DbTransaction? transaction = null) =>
        Statement("SELECT COUNT(*) FROM articles WHERE content_hash = @hash", transaction).Bind("@hash", contentHash).Scalar() > 0;

    public IngestOutcome Write(Document document)
    {
        var article = document.Article;
        using var transaction = dialect.BeginWrite(connection);
        if (Contains(article.ContentHash, transaction))
        {
            return new IngestOutcome(article.Id, AlreadyStored: true, document.Events.Length, 0);
        }

        var codePoint = CodePoints(article.Text);
        long articleId = InsertArticle(article, codePoint);
        foreach (var entity in document.Entities)
        {
            InsertEntity(articleId, entity, codePoint);
        }

        // The events this article has made or joined: no other report of the article may join them.
        var reported = new HashSet<long>();
        int joined = 0;
        foreach (var e in document.Events)
        {
            var report = EventReport.From(document, e, codePoint);
            var alone = EventColumns.Values(Consolidation.Of(report));
            var match = report.Mergeable ? BestMatch(report, reported, transaction) : null;
            long eventId;
            if (match is { } found)
            {
                var stored = Consolidation.Absorb(found.Candidate, report);
                var range = DateRange.Of(stored.Date);
                var update = Statement(
                    $"UPDATE events SET {EventColumns.Assignments}, source_count = @source_count, date_start = @date_start, date_end = @date_end WHERE id = @id",
                    transaction);
                update.BindEvent(stored).Bind("@source_count", stored.SourceCount)
                    .Bind("@date_start", range?.Start).Bind("@date_end", range?.End).Bind("@id", stored.Id).ExecuteNonQuery();
                eventId = stored.Id;
                joined++;
            }
            else
            {
                eventId = Prepared.Event.Insert([.. alone, report.Range?.Start, report.Range?.End, 1]);
            }

            reported.Add(eventId);
            InsertReport(articleId, eventId, report, alone, match?.Match.Reason);
            InsertKeys(eventId, "actor", report.Actors);
            InsertKeys(eventId, "recipient", report.Recipients);
        }

        if (dialect.IndexReportsSql is { } index && document.Events.Length > 0)
        {
            Statement(index, transaction).Bind("@article", articleId).ExecuteNonQuery();
        }

        transaction.Commit();
        return new IngestOutcome(article.Id, AlreadyStored: false, document.Events.Length, joined);
    }

    /// <summary>The stored event a report fits best, of those no report of this article has made or joined.</summary>
    private (MergeCandidate Candidate, MergeMatch Match)? BestMatch(EventReport report, HashSet<long> reported, DbTransaction transaction)
    {
        var keys = report.Actors.Concat(report.Recipients).SelectMany(a => a.Keys).Distinct().ToList();
        var range = report.Range!.Value;
        var sql = $"""
            SELECT {EventColumns.Select} FROM events e
            WHERE e.type = @type AND e.date_start <= @end AND e.date_start >= @earliest AND e.date_end >= @start
              AND e.modality IN ('asserted', 'claimed', 'historical')
              AND e.date_precision IN ('hour', 'day', 'month', 'season')
              AND (e.date_mod IS NULL OR e.date_mod = 'APPROX')
              AND EXISTS (SELECT 1 FROM actor_keys k WHERE k.event_id = e.id AND k.key IN ({string.Join(", ", keys.Select((_, i) => "@k" + i.ToString(CultureInfo.InvariantCulture)))}))
            ORDER BY e.id
            """;
        var events = new List<StoredEvent>();
        {
            var query = Statement(sql, transaction);
            query.Bind("@type", ContractNames.Of(report.Event.Type)).Bind("@start", range.Start).Bind("@end", range.End)
                .Bind("@earliest", range.Start.AddDays(-LongestMergeableRange));
            for (int i = 0; i < keys.Count; i++)
            {
                query.Bind("@k" + i.ToString(CultureInfo.InvariantCulture), keys[i]);
            }

            using var reader = query.ExecuteReader();
            while (reader.Read())
            {
                var stored = EventColumns.Read(reader);
                if (!reported.Contains(stored.Id))
                {
                    events.Add(stored);
                }
            }
        }

        (MergeCandidate, MergeMatch)? best = null;
        foreach (var stored in events)
        {
            var candidate = Candidate(stored, transaction);
            if (MergeRule.Compare(report, candidate) is { } match && (best is null || match.Score > best.Value.Item2.Score))
            {
                best = (candidate, match);
            }
        }

        return best;
    }

    private MergeCandidate Candidate(StoredEvent stored, DbTransaction transaction)
    {
        var actors = new HashSet<string>(StringComparer.Ordinal);
        var recipients = new HashSet<string>(StringComparer.Ordinal);
        var query = Statement("SELECT role, key FROM actor_keys WHERE event_id = @id", transaction);
        using var reader = query.Bind("@id", stored.Id).ExecuteReader();
        while (reader.Read())
        {
            (reader.GetString(0) == "actor" ? actors : recipients).Add(reader.GetString(1));
        }

        return new MergeCandidate(stored, DateRange.Of(stored.Date)!.Value, actors, recipients);
    }

    private long InsertArticle(Article article, Func<int, int> codePoint)
    {
        var sections = article.Sections.Select(s => $"{{\"kind\":\"{ContractNames.Of(s.Kind)}\",\"start\":{codePoint(s.Span.Start)},\"end\":{codePoint(s.Span.End)}}}");
        return Prepared.Article.Insert(
            article.Id, article.ContentHash, article.Source, article.Url, article.Title, ContractValues.Json(article.Byline), article.Published?.Date,
            article.Published is { } p ? ContractNames.Of(p.From) : null, article.Language, article.SiteName, article.Text,
            "[" + string.Join(",", sections) + "]", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
    }

    private void InsertEntity(long articleId, Entity entity, Func<int, int> codePoint)
    {
        var place = entity.Place;
        long entityId = Prepared.Entity.Insert(
            articleId, entity.Id.ToString(), ContractNames.Of(entity.Type), entity.Name, ContractValues.Json(entity.Aliases), entity.Country,
            entity.Sector is { } s ? ContractNames.Of(s) : null, ContractValues.Json(entity.Titles), place?.Name, place?.GeonameId, place?.Country,
            place?.Admin1, place?.Latitude, place?.Longitude, place?.FeatureClass.ToString(), place is null ? null : ContractNames.Of(place.Precision));
        foreach (var mention in entity.Mentions)
        {
            Prepared.Mention.Insert(articleId, entityId, null, codePoint(mention.Start), codePoint(mention.End));
        }
    }

    private void InsertReport(long articleId, long eventId, EventReport report, object?[] alone, string? reason)
    {
        long reportId = Prepared.Report.Insert([articleId, eventId, report.Event.Id.ToString(), .. alone, reason, report.SearchText]);
        foreach (var (start, end) in report.Evidence)
        {
            Prepared.Mention.Insert(articleId, null, reportId, start, end);
        }
    }

    private void InsertKeys(long eventId, string role, ImmutableArray<ReportActor> actors)
    {
        foreach (var key in actors.SelectMany(a => a.Keys).Distinct())
        {
            Prepared.Key.Insert(eventId, role, key);
        }
    }

    public void Dispose()
    {
        _prepared?.Dispose();
        foreach (var statement in _statements.Values)
        {
            statement.Dispose();
        }
    }

    /// <summary>The inserts, prepared at the first article stored: a store opened only to read prepares none.</summary>
    private Inserts Prepared => _prepared ??= new Inserts(connection, dialect);

    /// <summary>The connection's command for a SQL text, its parameters cleared, enlisted in the transaction.</summary>
    private DbCommand Statement(string sql, DbTransaction? transaction)
    {
        if (!_statements.TryGetValue(sql, out var command))
        {
            _statements[sql] = command = connection.Command(sql);
        }

        command.Parameters.Clear();
        command.Transaction = transaction;
        return command;
    }

    /// <summary>Maps UTF-16 positions to code points, the contract's offsets; the identity for text without surrogate pairs.</summary>
    private static Func<int, int> CodePoints(string text)
    {
        if (!text.Any(char.IsSurrogate))
        {
            return position => position;
        }

        var map = new int[text.Length + 1];
        int codePoints = 0;
        for (int i = 0; i < text.Length; i++)
        {
            map[i] = codePoints;
            if (!(char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])))
            {
                codePoints++;
            }
        }

        map[text.Length] = codePoints;
        return position => map[position];
    }

    /// <summary>The prepared insert of each table an article writes rows to.</summary>
    private sealed class Inserts(DbConnection connection, Dialect dialect) : IDisposable
    {
        public PreparedInsert Article { get; } = dialect.PrepareInsert(
            connection, "articles",
            ["article_key", "content_hash", "source", "url", "title", "byline", "published", "published_from", "language", "site_name", "text", "sections", "ingested_at"],
            returnsId: true);

        public PreparedInsert Entity { get; } = dialect.PrepareInsert(
            connection, "entities",
            ["article_id", "local_id", "type", "name", "aliases", "country", "sector", "titles", "place_name", "place_geoname_id", "place_country",
             "place_admin1", "place_lat", "place_lon", "place_feature_class", "place_precision"],
            returnsId: true);

        public PreparedInsert Event { get; } = dialect.PrepareInsert(connection, "events", [.. EventColumns.Names, "date_start", "date_end", "source_count"], returnsId: true);

        public PreparedInsert Report { get; } = dialect.PrepareInsert(
            connection, "reports", ["article_id", "event_id", "local_id", .. EventColumns.Names, "merge_reason", "search_text"], returnsId: true);

        public PreparedInsert Mention { get; } = dialect.PrepareInsert(
            connection, "mentions", ["article_id", "entity_id", "report_id", "start_offset", "end_offset"], returnsId: false);

        public PreparedInsert Key { get; } = dialect.PrepareInsert(connection, "actor_keys", ["event_id", "role", "key"], returnsId: false, "ON CONFLICT DO NOTHING");

        public void Dispose()
        {
            foreach (var insert in new[] { Article, Entity, Event, Report, Mention, Key })
            {
                insert.Dispose();
            }
        }
    }
}

/// <summary>What storing one document did: whether it was already stored, how many events it reported, how many joined events from other articles.</summary>
public sealed record IngestOutcome(string ArticleId, bool AlreadyStored, int Events, int Joined);
