using System.Globalization;
using System.Text;
using System.Text.Json;
using Chronicle.Storage;
using Chronicle.Tests.Inputs;

namespace Chronicle.Tests.Storage;

/// <summary>chronicle ingest, events and explain through the command line, and an ingest killed half-way.</summary>
public sealed class IngestCommandTests
{
    [Fact]
    public void IngestThenListEventsInEveryFormat()
    {
        using var folder = new TempFolder();
        folder.Write("first.txt", StrikeReports.FirstReport);
        folder.Write("second.txt", StrikeReports.SecondReport);
        string db = Path.Combine(folder.Path, "events.db");

        var ingest = Cli.Run("ingest", folder.Path, "--db", db);
        var again = Cli.Run("ingest", folder.Path, "--db", db);

        Assert.Equal(0, ingest.ExitCode);
        Assert.Contains("stored 2 new articles", ingest.Errors, StringComparison.Ordinal);
        Assert.Contains("stored 0 new articles (2 already stored)", again.Errors, StringComparison.Ordinal);
        // Known text is skipped by its hash before the pipeline runs, so the second run finds no events at all.
        Assert.Contains("2 articles, 0 events", again.Errors, StringComparison.Ordinal);

        var jsonl = Cli.Run("events", "--db", db, "--actor", "Abu Taqwa", "--format", "jsonl");
        using var strike = JsonDocument.Parse(jsonl.Output.Trim());
        Assert.Equal(2, strike.RootElement.GetProperty("sourceCount").GetInt32());
        Assert.Equal(2, strike.RootElement.GetProperty("sources").GetArrayLength());
        Assert.Equal("ASSAULT", strike.RootElement.GetProperty("type").GetString());

        var csv = Cli.Run("events", "--db", db, "--format", "csv").Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("event_id,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,country,admin1,location,latitude,longitude,geo_precision,fatalities,source", csv[0], StringComparison.Ordinal);
        Assert.Contains(csv, line => line.Contains("2024-01-04", StringComparison.Ordinal) && line.Contains("ASSAULT", StringComparison.Ordinal));

        using var geojson = JsonDocument.Parse(Cli.Run("events", "--db", db, "--format", "geojson").Output);
        Assert.Equal("FeatureCollection", geojson.RootElement.GetProperty("type").GetString());
        var point = geojson.RootElement.GetProperty("features")[0].GetProperty("geometry");
        Assert.Equal("Point", point.GetProperty("type").GetString());
        Assert.InRange(point.GetProperty("coordinates")[1].GetDouble(), 29, 38);

        string id = strike.RootElement.GetProperty("id").GetString()!;
        var explain = Cli.Run("explain", id, "--db", db);
        Assert.Equal(0, explain.ExitCode);
        Assert.Contains("merged: same type ASSAULT", explain.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ListingAMissingDatabaseSaysHowToMakeOne()
    {
        using var folder = new TempFolder();
        string db = Path.Combine(folder.Path, "none.db");

        var result = Cli.Run("events", "--db", db);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("chronicle ingest", result.Errors, StringComparison.Ordinal);
        Assert.False(File.Exists(db));
        Assert.Equal(2, Cli.Run("events", "--db", db, "--type", "BOMBING").ExitCode);
    }

    [Fact]
    public void AnIngestKilledHalfWayThenRunAgainStoresWhatACleanRunStores()
    {
        using var folder = new TempFolder();
        string corpus = folder.Write("corpus.jsonl", Corpus(150));
        string clean = Path.Combine(folder.Path, "clean.db");
        string killed = Path.Combine(folder.Path, "killed.db");
        Assert.Equal(0, Cli.Run("ingest", corpus, "--db", clean).ExitCode);

        using (var process = Cli.Start("ingest", corpus, "--db", killed))
        {
            long stored = 0;
            while (stored < 3 && !process.HasExited)
            {
                Thread.Sleep(20);
                stored = StoredArticles(killed);
            }

            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Assert.InRange(StoredArticles(killed), 3, 149);
        }

        Assert.Equal(0, Cli.Run("ingest", corpus, "--db", killed).ExitCode);
        using var cleanStore = EventStore.Open(StoreTarget.Sqlite(clean));
        using var resumedStore = EventStore.Open(StoreTarget.Sqlite(killed));
        Assert.Equal(cleanStore.Counts(), resumedStore.Counts());
    }

    /// <summary>Articles stored so far, read beside the writer (WAL lets a reader in); 0 before the schema exists.</summary>
    private static long StoredArticles(string path)
    {
        if (!File.Exists(path))
        {
            return 0;
        }

        try
        {
            using var store = EventStore.Open(StoreTarget.Sqlite(path));
            return store.Counts().Articles;
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return 0;
        }
    }

    private static string Corpus(int count)
    {
        string[] towns = ["Mosul", "Kirkuk", "Basra", "Erbil", "Najaf", "Karbala", "Ramadi", "Fallujah", "Tikrit", "Samarra"];
        var lines = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            var day = new DateOnly(2024, 1, 1).AddDays(i % 20);
            string town = towns[i % towns.Length];
            string text = $"Militants attack police in {town}\n\nIslamic State militants attacked a police checkpoint in {town} on {day:MMMM d}, killing {2 + (i % 7)} officers, Iraqi officials said. Report number {i}.";
            lines.Append(JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["id"] = "a" + i.ToString(CultureInfo.InvariantCulture),
                ["published"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["text"] = text,
            })).Append('\n');
        }

        return lines.ToString();
    }
}
