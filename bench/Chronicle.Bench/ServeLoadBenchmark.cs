using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Chronicle.Serialization;
using Chronicle.Storage;
using Chronicle.Storage.Export;
using Chronicle.Web;

namespace Chronicle.Bench;

/// <summary>
/// GET /api/events with a type and a 30-day window over a seeded SQLite store, from concurrent clients on loopback for a
/// fixed time; the peer is the same queries and JSON run in-process on the store with the same concurrency, so the HTTP
/// layer's cost is a ratio. Clients and server share this process and the machine's cores.
/// </summary>
internal static class ServeLoadBenchmark
{
    private const int Limit = 100;

    public static int Run(string path, int events, int clients, TimeSpan duration)
    {
        StoreQueryBenchmark.Fill(path, events);
        var target = StoreTarget.Sqlite(path);
        var server = ChronicleServer.StartAsync(new ServerOptions { Store = target, Urls = ["http://127.0.0.1:0"] }).GetAwaiter().GetResult();
        try
        {
            var address = new Uri(server.Addresses[0]);
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { BaseAddress = address };
            var stores = Enumerable.Range(0, clients).Select(_ => EventStore.Open(target)).ToArray();
            Measure("warm-up over HTTP", clients, TimeSpan.FromSeconds(3), _ => random => Http(http, random));
            Measure("warm-up in-process", clients, TimeSpan.FromSeconds(3), w => random => InProcess(stores[w], random));
            var overHttp = Measure($"HTTP GET /api/events?type&since&until&limit={Limit}", clients, duration, _ => random => Http(http, random));
            var inProcess = Measure("peer: the same queries and JSON on the store, in-process", clients, duration, w => random => InProcess(stores[w], random));
            foreach (var store in stores)
            {
                store.Dispose();
            }

            Console.WriteLine($"HTTP serves {overHttp / inProcess:P0} of the in-process rate; {clients} clients on {address}, {Environment.ProcessorCount} cores shared by clients and server");
        }
        finally
        {
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        return 0;
    }

    private static async Task<int> Http(HttpClient http, Random random)
    {
        var query = StoreQueryBenchmark.RandomQuery(random);
        string path = string.Create(CultureInfo.InvariantCulture,
            $"/api/events?type={ContractNames.Of(query.Type!.Value)}&since={query.Since:yyyy-MM-dd}&until={query.Until:yyyy-MM-dd}&limit={Limit}");
        using var response = await http.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsByteArrayAsync()).Length;
    }

    /// <summary>One query on a worker's own store (one connection, as the server's pool gives each request), written as JSON the way the API writes it.</summary>
    private static Task<int> InProcess(EventStore store, Random random)
    {
        var found = store.Find(StoreQueryBenchmark.RandomQuery(random) with { Limit = Limit + 1 });
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, DocumentJsonWriter.Options(indented: false)))
        {
            json.WriteStartArray();
            foreach (var e in found.Take(Limit))
            {
                StoredEventJson.Write(json, e);
            }

            json.WriteEndArray();
        }

        return Task.FromResult(buffer.WrittenCount);
    }

    /// <summary>Runs the workers until the time is up and prints requests/s, latency percentiles and CPU time per request; returns requests/s.</summary>
    private static double Measure(string name, int workers, TimeSpan duration, Func<int, Func<Random, Task<int>>> makeWorker)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var latencies = new List<double>[workers];
        long bytes = 0;
        var tasks = Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
        {
            var work = makeWorker(w);
            var random = new Random(1000 + w);
            var mine = latencies[w] = [];
            while (clock.Elapsed < duration)
            {
                // Workers take turns on the thread pool, as the server's requests do, rather than each holding a thread.
                await Task.Yield();
                long start = Stopwatch.GetTimestamp();
                int size = await work(random);
                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                Interlocked.Add(ref bytes, size);
            }
        })).ToArray();
        Task.WaitAll(tasks);
        double seconds = clock.Elapsed.TotalSeconds;
        process.Refresh();
        double cpuMs = (process.TotalProcessorTime - cpu).TotalMilliseconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        double rate = all.Length / seconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {all.Length} requests in {seconds:F1} s = {rate:F0}/s; latency p50 {Percentile(all, 0.50):F1} ms, p95 {Percentile(all, 0.95):F1} ms, p99 {Percentile(all, 0.99):F1} ms, max {all[^1]:F1} ms; "
            + $"{bytes / (double)all.Length / 1024:F0} KiB per response; CPU {cpuMs / all.Length:F2} ms per request"));
        return rate;
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)(sorted.Length * p))];
}
