using System.Data.Common;
using System.Diagnostics;
using Chronicle.Documents;
using Chronicle.Serialization;
using Chronicle.Storage;

namespace Chronicle.Bench;

/// <summary>Fills a SQLite store with a seeded million synthetic events (once), then times queries by type and date range.</summary>
internal static class StoreQueryBenchmark
{
    private static readonly DateOnly FirstDay = new(2015, 1, 1);
    private const int Days = 4018;
    private const int EventsPerArticle = 50;

    private static readonly (string Country, string Admin1, string Place, double Lat, double Lon)[] Places =
    [
        ("IRQ", "Baghdad", "Baghdad", 33.34, 44.40), ("SYR", "Aleppo", "Aleppo", 36.20, 37.16), ("YEM", "Al Hudaydah", "Hodeidah", 14.80, 42.95),
        ("UKR", "Donetsk", "Donetsk", 48.02, 37.80), ("NGA", "Borno", "Maiduguri", 11.85, 13.16), ("AFG", "Kabul", "Kabul", 34.53, 69.17),
        ("SDN", "Khartoum", "Khartoum", 15.50, 32.56), ("MLI", "Mopti", "Mopti", 14.49, -4.20), ("PAK", "Balochistan", "Quetta", 30.18, 67.00),
        ("SOM", "Banaadir", "Mogadishu", 2.04, 45.34),
    ];

    public static int Run(string path, int count, int queries)
    {
        Fill(path, count);
        using var reader = EventStore.Open(StoreTarget.Sqlite(path));
        var random = new Random(7);
        var times = new List<double>();
        long rows = 0;
        for (int q = -5; q < queries; q++)
        {
            var query = RandomQuery(random);
            var clock = Stopwatch.StartNew();
            var found = reader.Find(query);
            clock.Stop();
            if (q >= 0)
            {
                times.Add(clock.Elapsed.TotalMilliseconds);
                rows += found.Count;
            }
        }

        times.Sort();
        Console.WriteLine($"type + 30-day range, events with their sources: median {times[times.Count / 2]:F1} ms, p95 {times[(int)(times.Count * 0.95)]:F1} ms, max {times[^1]:F1} ms; {rows / (double)queries:F0} events per query, {queries} queries");
        return 0;
    }

    /// <summary>Fills the SQLite file with seeded events until it holds at least <paramref name="count"/> (once: a later run reuses them).</summary>
    public static void Fill(string path, int count)
    {
        using var store = EventStore.Open(StoreTarget.Sqlite(path));
        long existing = store.Counts().Events;
        if (existing < count)
        {
            var clock = Stopwatch.StartNew();
            Seed(store.Connection, count - (int)existing, seed: 42);
            Console.WriteLine($"seeded {count - existing} events in {clock.Elapsed.TotalSeconds:F0} s");
        }

        Console.WriteLine($"{path}: {store.Counts()}");
    }

    /// <summary>A random query of the benchmarks: one type and a 30-day window within the seeded days.</summary>
    public static EventQuery RandomQuery(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var types = Enum.GetValues<EventType>();
        var since = FirstDay.AddDays(random.Next(Days - 31));
        return new EventQuery { Type = types[random.Next(types.Length)], Since = since, Until = since.AddDays(30) };
    }

    /// <summary>Writes events, their one-report sources, evidence spans and actor keys straight into the tables, in one transaction.</summary>
    private static void Seed(DbConnection connection, int count, int seed)
    {
        var random = new Random(seed);
        var types = Enum.GetValues<EventType>();
        using var transaction = connection.BeginTransaction();
        long articleId = 0;
        using var article = Prepare(connection, transaction, "INSERT INTO articles (article_key, content_hash, source, byline, published, published_from, language, text, sections, ingested_at) VALUES (@key, @key, 'seed', '[]', @published, 'given', 'en', @text, '[]', '2025-01-01') RETURNING id", "@key", "@published", "@text");
        string columns = "type, context, cameo, actors, recipients, date_value, date_precision, date_from, location_name, country, admin1, lat, lon, location_precision, dead, modality, confidence";
        string values = "@type, '[]', '19', @actors, @recipients, @date, 'day', 'text', @place, @country, @admin1, @lat, @lon, 'city', @dead, @modality, 0.8";
        string[] parameters = ["@type", "@actors", "@recipients", "@date", "@place", "@country", "@admin1", "@lat", "@lon", "@dead", "@modality"];
        using var insertEvent = Prepare(connection, transaction, $"INSERT INTO events ({columns}, date_start, date_end, source_count) VALUES ({values}, @day, @day, 1) RETURNING id", [.. parameters, "@day"]);
        using var insertReport = Prepare(connection, transaction, $"INSERT INTO reports (article_id, event_id, local_id, {columns}, search_text) VALUES (@article, @event, @local, {values}, @search) RETURNING id", [.. parameters, "@article", "@event", "@local", "@search"]);
        using var mention = Prepare(connection, transaction, "INSERT INTO mentions (article_id, report_id, start_offset, end_offset) VALUES (@article, @report, 0, 40)", "@article", "@report");
        using var key = Prepare(connection, transaction, "INSERT INTO actor_keys (event_id, role, key) VALUES (@event, @role, @key) ON CONFLICT DO NOTHING", "@event", "@role", "@key");
        for (int i = 0; i < count; i++)
        {
            var day = FirstDay.AddDays(random.Next(Days));
            if (i % EventsPerArticle == 0)
            {
                Set(article, "@key", "seed-" + Guid.NewGuid().ToString("N"), "@published", day, "@text", $"Seeded article {i / EventsPerArticle}: armed men attacked a village, officials said.");
                articleId = Convert.ToInt64(article.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            }

            var place = Places[random.Next(Places.Length)];
            string actor = "Armed group " + random.Next(500);
            string recipient = "Civilians of " + place.Place;
            var modality = random.NextDouble() < 0.9 ? Modality.Asserted : (Modality)random.Next(6);
            object[] shared =
            [
                "@type", ContractNames.Of(types[random.Next(types.Length)]), "@actors", $"[\"{actor}\"]", "@recipients", $"[\"{recipient}\"]",
                "@date", day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "@place", place.Place, "@country", place.Country,
                "@admin1", place.Admin1, "@lat", place.Lat + (random.NextDouble() - 0.5), "@lon", place.Lon + (random.NextDouble() - 0.5),
                "@dead", random.Next(10), "@modality", ContractNames.Of(modality),
            ];
            Set(insertEvent, [.. shared, "@day", day]);
            long eventId = Convert.ToInt64(insertEvent.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            Set(insertReport, [.. shared, "@article", articleId, "@event", eventId, "@local", "v" + (1 + (i % EventsPerArticle)), "@search", $"{actor} attacked {recipient}"]);
            long reportId = Convert.ToInt64(insertReport.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            Set(mention, "@article", articleId, "@report", reportId);
            mention.ExecuteNonQuery();
            foreach (var (role, name) in new[] { ("actor", actor), ("recipient", recipient) })
            {
                Set(key, "@event", eventId, "@role", role, "@key", ActorKeys.Normalize(name));
                key.ExecuteNonQuery();
            }
        }

        using (var search = connection.CreateCommand())
        {
            search.Transaction = transaction;
            search.CommandText = "INSERT INTO report_search (report_search) VALUES ('rebuild')";
            search.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private static DbCommand Prepare(DbConnection connection, DbTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static void Set(DbCommand command, params object[] namesAndValues)
    {
        for (int i = 0; i < namesAndValues.Length; i += 2)
        {
            command.Parameters[(string)namesAndValues[i]].Value = namesAndValues[i + 1];
        }
    }
}
