using System.Globalization;

namespace Chronicle.Bench;

/// <summary>The store's benchmark verbs and their arguments.</summary>
internal static class StoreBenchmarks
{
    public static int Run(string[] args) => args switch
    {
        ["store-ingest", var corpus] => StoreIngestBenchmark.Run(corpus, 3),
        ["store-ingest", var corpus, var repeats] when int.TryParse(repeats, CultureInfo.InvariantCulture, out int n) => StoreIngestBenchmark.Run(corpus, n),
        ["store-query", var db] => StoreQueryBenchmark.Run(db, 1_000_000, 50),
        ["store-query", var db, var events] when int.TryParse(events, CultureInfo.InvariantCulture, out int n) => StoreQueryBenchmark.Run(db, n, 50),
        ["serve-load", var db] => ServeLoadBenchmark.Run(db, 1_000_000, 64, TimeSpan.FromSeconds(30)),
        ["serve-load", var db, var events, var clients, var seconds]
            when int.TryParse(events, CultureInfo.InvariantCulture, out int n) && int.TryParse(clients, CultureInfo.InvariantCulture, out int c)
                && int.TryParse(seconds, CultureInfo.InvariantCulture, out int s) => ServeLoadBenchmark.Run(db, n, c, TimeSpan.FromSeconds(s)),
        _ => Usage(),
    };

    private static int Usage()
    {
        Console.Error.WriteLine("""
            usage: dotnet run -c Release --project bench/Chronicle.Bench -- store-ingest CORPUS.jsonl [REPEATS]
                     ingest into a new SQLite file against the pipeline writing JSONL (taking turns), the time split
                     between pipeline and store, the store alone, and ingesting the same corpus again; one thread
                   dotnet run -c Release --project bench/Chronicle.Bench -- store-query DB.sqlite [EVENTS]
                     fill DB with EVENTS seeded synthetic events (default 1,000,000) once, then time queries by type and 30 days
                   dotnet run -c Release --project bench/Chronicle.Bench -- serve-load DB.sqlite [EVENTS CLIENTS SECONDS]
                     fill DB likewise, then GET /api/events by type and 30 days from CLIENTS (64) loopback clients for SECONDS (30),
                     beside the same queries in-process on the store
            """);
        return 2;
    }
}
