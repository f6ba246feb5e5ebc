using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using Chronicle.Documents;
using Chronicle.Serialization;

namespace Chronicle.Storage;

/// <summary>Stores one document in one transaction: the article, its entities and their mentions, and each event either joined to a stored event or new.</summary>
internal sealed class ArticleWriter(DbConnection connection, Dialect dialect) : IDisposable
{
    // Prepared once per connection: preparing a statement costs more than running it, and an article runs hundreds.
    private readonly Dictionary<string, DbCommand> _statements = new(StringComparer.Ordinal);

    // A season (92 days) is the longest date range that may merge, so no candidate starts earlier than this before a report.
    private const int LongestMergeableRange = 92;

    public IngestOutcome Write(Document document)
    {
        var article = document.Article;
        using var transaction = dialect.BeginWrite(connection);
        var exists = Statement("SELECT COUNT(*) FROM articles WHERE content_hash = @hash", transaction);
        if (exists.Bind("@hash", article.ContentHash).Scalar() > 0)
        {
            return new IngestOutcome(article.Id, AlreadyStored: true, document.Events.Length, 0);
        }

        var codePoint = CodePoints(article.Text);
        long articleId = InsertArticle(article, codePoint, transaction);
        foreach (var entity in document.Entities)
        {
            InsertEntity(articleId, entity, codePoint, transaction);
        }

        int joined = 0;
        foreach (var e in document.Events)
        {
            var report = EventReport.From(document, e, codePoint);
            var match = report.Mergeable ? BestMatch(report, articleId, transaction) : null;
            StoredEvent stored;
            if (match is { } found)
            {
                stored = Consolidation.Absorb(found.Candidate, report);
                var update = Statement($"UPDATE events SET {EventColumns.Assignments}, source_count = @source_count WHERE id = @id", transaction);
                update.BindEvent(stored).Bind("@source_count", stored.SourceCount).Bind("@id", stored.Id).ExecuteNonQuery();
                joined++;
            }
            else
            {
                stored = Consolidation.Of(report);
                var insert = Statement(
                    $"INSERT INTO events ({string.Join(", ", EventColumns.Names)}, date_start, date_end, source_count) VALUES ({EventColumns.Parameters}, @date_start, @date_end, 1) RETURNING id",
                    transaction);
                stored = stored with { Id = insert.BindEvent(stored).Bind("@date_start", report.Range?.Start).Bind("@date_end", report.Range?.End).Scalar() };
            }

            if (match is not null)
            {
                var range = DateRange.Of(stored.Date);
                var dates = Statement("UPDATE events SET date_start = @start, date_end = @end WHERE id = @id", transaction);
                dates.Bind("@start", range?.Start).Bind("@end", range?.End).Bind("@id", stored.Id).ExecuteNonQuery();
            }

            InsertReport(articleId, stored.Id, report, match?.Match.Reason, transaction);
            InsertKeys(stored.Id, "actor", report.Actors, transaction);
            InsertKeys(stored.Id, "recipient", report.Recipients, transaction);
        }

        transaction.Commit();
        return new IngestOutcome(article.Id, AlreadyStored: false, document.Events.Length, joined);
    }

    private (MergeCandidate Candidate, MergeMatch Match)? BestMatch(EventReport report, long articleId, DbTransaction transaction)
    {
        var keys = report.Actors.Concat(report.Recipients).SelectMany(a => a.Keys).Distinct().ToList();
        var range = report.Range!.Value;
        var sql = $"""
            SELECT {EventColumns.Select} FROM events e
            WHERE e.type = @type AND e.date_start <= @end AND e.date_start >= @earliest AND e.date_end >= @start
              AND e.modality IN ('asserted', 'claimed', 'historical')
              AND e.date_precision IN ('hour', 'day', 'month', 'season')
              AND (e.date_mod IS NULL OR e.date_mod = 'APPROX')
              AND NOT EXISTS (SELECT 1 FROM reports r WHERE r.event_id = e.id AND r.article_id = @article)
              AND EXISTS (SELECT 1 FROM actor_keys k WHERE k.event_id = e.id AND k.key IN ({string.Join(", ", keys.Select((_, i) => "@k" + i.ToString(CultureInfo.InvariantCulture)))}))
            ORDER BY e.id
            """;
        var events = new List<StoredEvent>();
        {
            var query = Statement(sql, transaction);
            query.Bind("@type", ContractNames.Of(report.Event.Type)).Bind("@start", range.Start).Bind("@end", range.End)
                .Bind("@earliest", range.Start.AddDays(-LongestMergeableRange)).Bind("@article", articleId);
            for (int i = 0; i < keys.Count; i++)
            {
                query.Bind("@k" + i.ToString(CultureInfo.InvariantCulture), keys[i]);
            }

            using var reader = query.ExecuteReader();
            while (reader.Read())
            {
                events.Add(EventColumns.Read(reader));
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

    private long InsertArticle(Article article, Func<int, int> codePoint, DbTransaction transaction)
    {
        var insert = Statement("""
            INSERT INTO articles (article_key, content_hash, source, url, title, byline, published, published_from, language, site_name, text, sections, ingested_at)
            VALUES (@key, @hash, @source, @url, @title, @byline, @published, @from, @language, @site, @text, @sections, @at) RETURNING id
            """, transaction);
        var sections = article.Sections.Select(s => $"{{\"kind\":\"{ContractNames.Of(s.Kind)}\",\"start\":{codePoint(s.Span.Start)},\"end\":{codePoint(s.Span.End)}}}");
        return insert
            .Bind("@key", article.Id).Bind("@hash", article.ContentHash).Bind("@source", article.Source).Bind("@url", article.Url)
            .Bind("@title", article.Title).Bind("@byline", ContractValues.Json(article.Byline)).Bind("@published", article.Published?.Date)
            .Bind("@from", article.Published is { } p ? ContractNames.Of(p.From) : null).Bind("@language", article.Language)
            .Bind("@site", article.SiteName).Bind("@text", article.Text).Bind("@sections", "[" + string.Join(",", sections) + "]")
            .Bind("@at", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture))
            .Scalar();
    }

    private void InsertEntity(long articleId, Entity entity, Func<int, int> codePoint, DbTransaction transaction)
    {
        var insert = Statement("""
            INSERT INTO entities (article_id, local_id, type, name, aliases, country, sector, titles, place_name, place_geoname_id, place_country,
                                  place_admin1, place_lat, place_lon, place_feature_class, place_precision)
            VALUES (@article, @local, @type, @name, @aliases, @country, @sector, @titles, @pname, @pid, @pcountry, @padmin1, @plat, @plon, @pclass, @pprecision)
            RETURNING id
            """, transaction);
        var place = entity.Place;
        long entityId = insert
            .Bind("@article", articleId).Bind("@local", entity.Id.ToString()).Bind("@type", ContractNames.Of(entity.Type))
            .Bind("@name", entity.Name).Bind("@aliases", ContractValues.Json(entity.Aliases)).Bind("@country", entity.Country)
            .Bind("@sector", entity.Sector is { } s ? ContractNames.Of(s) : null).Bind("@titles", ContractValues.Json(entity.Titles))
            .Bind("@pname", place?.Name).Bind("@pid", place?.GeonameId).Bind("@pcountry", place?.Country).Bind("@padmin1", place?.Admin1)
            .Bind("@plat", place?.Latitude).Bind("@plon", place?.Longitude).Bind("@pclass", place?.FeatureClass.ToString())
            .Bind("@pprecision", place is null ? null : ContractNames.Of(place.Precision))
            .Scalar();
        InsertMentions(articleId, "entity_id", entityId, entity.Mentions.Select(m => (codePoint(m.Start), codePoint(m.End))), transaction);
    }

    private void InsertReport(long articleId, long eventId, EventReport report, string? reason, DbTransaction transaction)
    {
        var insert = Statement($"""
            INSERT INTO reports (article_id, event_id, local_id, {string.Join(", ", EventColumns.Names)}, merge_reason, search_text)
            VALUES (@article, @event, @local, {EventColumns.Parameters}, @reason, @search) RETURNING id
            """, transaction);
        long reportId = insert.BindEvent(Consolidation.Of(report))
            .Bind("@article", articleId).Bind("@event", eventId).Bind("@local", report.Event.Id.ToString())
            .Bind("@reason", reason).Bind("@search", report.SearchText)
            .Scalar();
        InsertMentions(articleId, "report_id", reportId, report.Evidence, transaction);
        if (dialect.IndexReportSql is { } index)
        {
            Statement(index, transaction).Bind("@id", reportId).Bind("@text", report.SearchText).ExecuteNonQuery();
        }
    }

    private void InsertMentions(long articleId, string owner, long ownerId, IEnumerable<(int Start, int End)> spans, DbTransaction transaction)
    {
        var insert = Statement($"INSERT INTO mentions (article_id, {owner}, start_offset, end_offset) VALUES (@article, @owner, @start, @end)", transaction);
        var start = insert.Bind("@article", articleId).Bind("@owner", ownerId).Bind("@start", 0).Parameters["@start"];
        var end = insert.Bind("@end", 0).Parameters["@end"];
        foreach (var (s, e) in spans)
        {
            start.Value = s;
            end.Value = e;
            insert.ExecuteNonQuery();
        }
    }

    private void InsertKeys(long eventId, string role, ImmutableArray<ReportActor> actors, DbTransaction transaction)
    {
        var insert = Statement("INSERT INTO actor_keys (event_id, role, key) VALUES (@event, @role, @key) ON CONFLICT DO NOTHING", transaction);
        var key = insert.Bind("@event", eventId).Bind("@role", role).Bind("@key", "").Parameters["@key"];
        foreach (var k in actors.SelectMany(a => a.Keys).Distinct())
        {
            key.Value = k;
            insert.ExecuteNonQuery();
        }
    }

    public void Dispose()
    {
        foreach (var statement in _statements.Values)
        {
            statement.Dispose();
        }
    }

    /// <summary>The connection's command for a SQL text, its parameters cleared, enlisted in the transaction.</summary>
    private DbCommand Statement(string sql, DbTransaction transaction)
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
}

/// <summary>What storing one document did: whether it was already stored, how many events it reported, how many joined events from other articles.</summary>
public sealed record IngestOutcome(string ArticleId, bool AlreadyStored, int Events, int Joined);
