using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using Chronicle.Documents;
using Chronicle.Serialization;

namespace Chronicle.Storage;

/// <summary>Reads stored events back: filtered lists, one event, its sources, and why its reports were merged.</summary>
internal sealed class EventReader(DbConnection connection, Dialect dialect)
{
    private const int Batch = 500;

    public List<StoredEvent> Find(EventQuery query)
    {
        using var command = connection.Command("");
        if (EventConditions.Where(query, command, dialect) is not { } where)
        {
            return [];
        }

        // A circle is checked row by row below, so then the skipping and the limit wait for the rows read.
        bool pagedInSql = query.Limit is not null && query.Near is null;
        string limit = pagedInSql ? string.Create(CultureInfo.InvariantCulture, $" LIMIT {query.Limit} OFFSET {query.Offset}") : "";
        int skip = pagedInSql ? 0 : query.Offset;
        command.CommandText = $"SELECT {EventColumns.Select} FROM events e WHERE {where} ORDER BY e.date_start DESC NULLS LAST, e.id DESC{limit}";
        var events = new List<StoredEvent>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var e = EventColumns.Read(reader);
                if (query.Near is { } circle && !(e.Location?.Place is { } p && circle.Contains(p.Latitude, p.Longitude)))
                {
                    continue;
                }

                if (skip > 0)
                {
                    skip--;
                    continue;
                }

                events.Add(e);
                if (events.Count == query.Limit)
                {
                    break;
                }
            }
        }

        return query.WithSources ? WithSources(events) : events;
    }

    public StoredEvent? Get(long id)
    {
        using var command = connection.Command($"SELECT {EventColumns.Select} FROM events e WHERE e.id = @id").Bind("@id", id);
        using var reader = command.ExecuteReader();
        return reader.Read() ? EventColumns.Read(reader) : null;
    }

    public List<StoredEvent> WithSources(List<StoredEvent> events)
    {
        var sources = new Dictionary<long, List<EventSource>>();
        foreach (var chunk in events.Select(e => e.Id).Chunk(Batch))
        {
            using var command = connection.Command($"""
                SELECT r.event_id, r.local_id, a.article_key, a.url, a.title, a.published, m.start_offset, m.end_offset,
                       substr(a.text, m.start_offset + 1, m.end_offset - m.start_offset), r.id
                FROM reports r JOIN articles a ON a.id = r.article_id LEFT JOIN mentions m ON m.report_id = r.id
                WHERE r.event_id IN ({string.Join(", ", chunk.Select(id => id.ToString(CultureInfo.InvariantCulture)))})
                ORDER BY r.event_id, r.id, m.start_offset
                """);
            using var reader = command.ExecuteReader();
            EventSource? current = null;
            long currentEvent = -1, currentReport = -1;
            var evidence = ImmutableArray.CreateBuilder<Evidence>();
            while (reader.Read())
            {
                long eventId = Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture);
                long reportId = Convert.ToInt64(reader.GetValue(9), CultureInfo.InvariantCulture);
                if (current is null || reportId != currentReport)
                {
                    Flush();
                    currentEvent = eventId;
                    currentReport = reportId;
                    current = new EventSource(reader.GetString(2), reader.String(3), reader.String(4), reader.Date(5), reader.GetString(1), []);
                }

                if (!reader.IsDBNull(6))
                {
                    evidence.Add(new Evidence(reader.GetInt32(6), reader.GetInt32(7), reader.GetString(8)));
                }
            }

            Flush();

            void Flush()
            {
                if (current is null)
                {
                    return;
                }

                if (!sources.TryGetValue(currentEvent, out var list))
                {
                    sources[currentEvent] = list = [];
                }

                list.Add(current with { Evidence = evidence.ToImmutable() });
                evidence.Clear();
                current = null;
            }
        }

        return [.. events.Select(e => e with { Sources = [.. sources.GetValueOrDefault(e.Id) ?? []] })];
    }

    public EventExplanation? Explain(long id)
    {
        if (Get(id) is not { } stored)
        {
            return null;
        }

        var withSources = WithSources([stored])[0];
        var reports = new List<ReportExplanation>();
        using var command = connection.Command($"""
            SELECT r.id, {string.Join(", ", EventColumns.Names.Select(n => "r." + n))}, 1, r.merge_reason
            FROM reports r WHERE r.event_id = @id ORDER BY r.id
            """).Bind("@id", id);
        using var reader = command.ExecuteReader();
        int sourceIndex = 0;
        while (reader.Read())
        {
            var report = EventColumns.Read(reader);
            var source = withSources.Sources[sourceIndex++];
            reports.Add(new ReportExplanation(source, report, reader.String(EventColumns.Names.Length + 2)));
        }

        return new EventExplanation(withSources, [.. reports]);
    }

    public StoreCounts Counts()
    {
        long Count(string table)
        {
            using var command = connection.Command($"SELECT COUNT(*) FROM {table}");
            return command.Scalar();
        }

        return new StoreCounts(Count("articles"), Count("entities"), Count("events"), Count("reports"), Count("mentions"));
    }
}

/// <summary>Why a stored event has the sources it has: each article's own report and, after the first, the reason it joined.</summary>
public sealed record EventExplanation(StoredEvent Event, ImmutableArray<ReportExplanation> Reports);

/// <summary>One article's report as that article told it, and the reason it was merged (null for the report that made the event).</summary>
public sealed record ReportExplanation(EventSource Source, StoredEvent Report, string? MergeReason);

/// <summary>How many rows each table of a store holds.</summary>
public sealed record StoreCounts(long Articles, long Entities, long Events, long Reports, long Mentions)
{
    public override string ToString() =>
        $"{Articles} articles, {Events} events from {Reports} reports, {Entities} entities, {Mentions} mentions";
}
