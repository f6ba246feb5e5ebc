using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Chronicle.Documents;
using Chronicle.Serialization;

namespace Chronicle.Storage;

/// <summary>Reads stored articles with their entities and reports, and finds entities by name.</summary>
internal sealed class ArticleLookup(DbConnection connection)
{
    private static readonly Dictionary<string, SectionKind> SectionKinds = Enum.GetValues<SectionKind>().ToDictionary(ContractNames.Of);
    private static readonly Dictionary<string, PublishedFrom> PublishedFroms = Enum.GetValues<PublishedFrom>().ToDictionary(ContractNames.Of);

    /// <summary>The article with this id or content hash; of several stored under one id, the last stored.</summary>
    public StoredArticle? Get(string id)
    {
        using var command = connection.Command("""
            SELECT id, article_key, content_hash, source, url, title, byline, published, published_from, language, site_name, text, sections
            FROM articles WHERE article_key = @id OR content_hash = @id ORDER BY id DESC LIMIT 1
            """).Bind("@id", id);
        long rowId;
        StoredArticle article;
        using (var reader = command.ExecuteReader())
        {
            if (!reader.Read())
            {
                return null;
            }

            rowId = Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture);
            article = new StoredArticle
            {
                Id = reader.GetString(1),
                ContentHash = reader.GetString(2),
                Source = reader.GetString(3),
                Url = reader.String(4),
                Title = reader.String(5),
                Byline = [.. ContractValues.Strings(reader.GetString(6))],
                Published = reader.Date(7) is { } day ? new PublicationDate(day, reader.String(8) is { } from ? PublishedFroms[from] : PublishedFrom.Given) : null,
                Language = reader.GetString(9),
                SiteName = reader.String(10),
                Text = reader.GetString(11),
                Sections = [.. Sections(reader.GetString(12))],
            };
        }

        return article with { Entities = Entities(rowId), Reports = Reports(rowId) };
    }

    /// <summary>Entity names containing the words typed (case ignored), the most often named first.</summary>
    public List<EntityMatch> FindEntities(string text, int limit)
    {
        using var command = connection.Command("""
            SELECT name, type, country, COUNT(DISTINCT article_id) AS articles FROM entities
            WHERE lower(name) LIKE @pattern ESCAPE '\'
            GROUP BY name, type, country ORDER BY articles DESC, name LIMIT @limit
            """);
        string escaped = text.Trim().ToLowerInvariant().Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);
        command.Bind("@pattern", "%" + escaped + "%").Bind("@limit", limit);
        var matches = new List<EntityMatch>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            matches.Add(new EntityMatch(reader.GetString(0), reader.GetString(1), reader.String(2), reader.Int(3) ?? 0));
        }

        return matches;
    }

    private ImmutableArray<StoredEntity> Entities(long articleId)
    {
        using var command = connection.Command("""
            SELECT en.local_id, en.type, en.name, en.country, m.start_offset, m.end_offset, substr(a.text, m.start_offset + 1, m.end_offset - m.start_offset)
            FROM entities en JOIN articles a ON a.id = en.article_id LEFT JOIN mentions m ON m.entity_id = en.id
            WHERE en.article_id = @article ORDER BY en.id, m.start_offset
            """).Bind("@article", articleId);
        var entities = new List<StoredEntity>();
        foreach (var (row, spans) in Grouped(command, 4))
        {
            entities.Add(new StoredEntity((string)row[0], (string)row[1], (string)row[2], row[3] as string, spans));
        }

        return [.. entities];
    }

    private ImmutableArray<ArticleReport> Reports(long articleId)
    {
        using var command = connection.Command("""
            SELECT r.local_id, r.event_id, r.type, r.mode, r.modality, m.start_offset, m.end_offset, substr(a.text, m.start_offset + 1, m.end_offset - m.start_offset)
            FROM reports r JOIN articles a ON a.id = r.article_id LEFT JOIN mentions m ON m.report_id = r.id
            WHERE r.article_id = @article ORDER BY r.id, m.start_offset
            """).Bind("@article", articleId);
        var reports = new List<ArticleReport>();
        foreach (var (row, spans) in Grouped(command, 5))
        {
            reports.Add(new ArticleReport((string)row[0], Convert.ToInt64(row[1], CultureInfo.InvariantCulture),
                ContractValues.EventType((string)row[2]), row[3] as string, ContractValues.Modality((string)row[4]), spans));
        }

        return [.. reports];
    }

    /// <summary>
    /// Rows ordered by owner, each owner's columns followed by a span (start, end, text) that may be null: one owner's
    /// columns (copied before the reader moves on) with all its spans.
    /// </summary>
    private static IEnumerable<(object[] Row, ImmutableArray<Evidence> Spans)> Grouped(DbCommand command, int spanColumn)
    {
        using var reader = command.ExecuteReader();
        object[]? owner = null;
        var spans = ImmutableArray.CreateBuilder<Evidence>();
        while (reader.Read())
        {
            var row = new object[spanColumn];
            for (int i = 0; i < spanColumn; i++)
            {
                row[i] = reader.GetValue(i);
            }

            if (owner is not null && !row.SequenceEqual(owner))
            {
                yield return (owner, spans.ToImmutable());
                spans.Clear();
            }

            owner = row;
            if (!reader.IsDBNull(spanColumn))
            {
                spans.Add(new Evidence(reader.GetInt32(spanColumn), reader.GetInt32(spanColumn + 1), reader.GetString(spanColumn + 2)));
            }
        }

        if (owner is not null)
        {
            yield return (owner, spans.ToImmutable());
        }
    }

    private static IEnumerable<StoredSection> Sections(string json)
    {
        using var document = JsonDocument.Parse(json);
        foreach (var section in document.RootElement.EnumerateArray())
        {
            yield return new StoredSection(SectionKinds[section.GetProperty("kind").GetString()!], section.GetProperty("start").GetInt32(), section.GetProperty("end").GetInt32());
        }
    }
}
