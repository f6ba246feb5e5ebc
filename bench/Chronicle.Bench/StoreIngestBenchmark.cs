using System.Diagnostics;
using System.Text.Json;
using Chronicle.Documents;
using Chronicle.Inputs;
using Chronicle.Pipeline;
using Chronicle.Serialization;
using Chronicle.Storage;

namespace Chronicle.Bench;

/// <summary>
/// End-to-end ingest into a new SQLite file against its peer, the same pipeline writing JSON Lines to a file, on one
/// thread, the two taking turns pass by pass so a change in the machine's load falls on both; the ingest's time split
/// between the pipeline and the store; the store alone over documents already made; and a second ingest of the same
/// corpus, which skips every article by its content hash.
/// </summary>
internal static class StoreIngestBenchmark
{
    public static int Run(string corpus, int repeats)
    {
        var resources = ChronicleResources.Load();
        var inputs = new InputCollector().Collect([corpus]).Where(i => i.Input is not null).Select(i => i.Input!).ToList();
        var processor = new ArticleProcessor(resources);
        var documents = inputs.Select(i => processor.Process(i).Document).OfType<Document>().ToList();
        string folder = Path.Combine(Path.GetTempPath(), "chronicle-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            Console.WriteLine($"corpus: {documents.Count} articles, {documents.Sum(d => d.Events.Length)} events; {repeats} passes each after two warm-up passes, one thread; CPU is the thread's own");
            var peer = new List<Pass>();
            var ingest = new List<Pass>();
            var storeOnly = new List<Pass>();
            var again = new List<Pass>();
            for (int pass = -2; pass < repeats; pass++)
            {
                string db = Path.Combine(folder, $"ingest{pass}.db");
                var split = new Split();
                var passes = new[]
                {
                    Time(() => ToJsonLines(inputs, processor, Path.Combine(folder, $"peer{pass}.jsonl"))),
                    Time(() => Ingest(inputs, processor, db, split)),
                    Time(() => ToStore(documents, Path.Combine(folder, $"store{pass}.db"))),
                    Time(() => Ingest(inputs, processor, db, new Split())),
                };
                if (pass >= 0)
                {
                    peer.Add(passes[0]);
                    ingest.Add(passes[1] with { Split = split });
                    storeOnly.Add(passes[2]);
                    again.Add(passes[3]);
                }
            }

            int n = documents.Count;
            Console.WriteLine($"articles/s                          {"best",8} {"median",8}  {"per CPU-second (median)",24}");
            Print("extract → JSONL file (peer)", peer, n);
            Print("ingest → SQLite (pipeline+store)", ingest, n);
            var ratios = peer.Zip(ingest, (p, i) => p.Wall.TotalSeconds / i.Wall.TotalSeconds).ToList();
            var cpuRatios = peer.Zip(ingest, (p, i) => p.Cpu.TotalSeconds / i.Cpu.TotalSeconds).ToList();
            Console.WriteLine($"  ingest / peer, median of the {repeats} pairs: {Median(ratios):P0} (wall), {Median(cpuRatios):P0} (CPU)");
            var splits = ingest.Select(p => p.Split!).ToList();
            Console.WriteLine(
                $"  per article, median: pipeline {Median(splits.Select(s => s.PipelineWall / n)):F2} ms ({Median(splits.Select(s => s.PipelineCpu / n)):F2} ms CPU), " +
                $"store {Median(splits.Select(s => s.StoreWall / n)):F2} ms ({Median(splits.Select(s => s.StoreCpu / n)):F2} ms CPU)");
            Print("store only (documents → SQLite)", storeOnly, n);
            Print("ingest again (all text known)", again, n);
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Pass Time(Action pass)
    {
        var cpu = ThreadClock.Now();
        var clock = Stopwatch.StartNew();
        pass();
        return new Pass(clock.Elapsed, ThreadClock.Now() - cpu, null);
    }

    private static void Print(string name, List<Pass> passes, int articles)
    {
        var rates = passes.Select(p => articles / p.Wall.TotalSeconds).ToList();
        var cpuRates = passes.Select(p => articles / p.Cpu.TotalSeconds).ToList();
        Console.WriteLine($"{name,-34} {rates.Max(),8:F0} {Median(rates),8:F0}  {Median(cpuRates),24:F0}");
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static void ToJsonLines(List<RawInput> inputs, ArticleProcessor processor, string path)
    {
        using var file = File.Create(path);
        using var json = new Utf8JsonWriter(file, DocumentJsonWriter.Options(indented: false));
        foreach (var input in inputs)
        {
            if (processor.Process(input).Document is { } document)
            {
                DocumentJsonWriter.Write(json, document);
                json.Flush();
                json.Reset();
                file.WriteByte((byte)'\n');
            }
        }
    }

    /// <summary>What `chronicle ingest` does with each input: read it, skip known text, run the pipeline, store the document.</summary>
    private static void Ingest(List<RawInput> inputs, ArticleProcessor processor, string path, Split split)
    {
        using var store = EventStore.Open(StoreTarget.Sqlite(path));
        foreach (var input in inputs)
        {
            var reading = Now();
            var read = processor.Read(input);
            var checking = Now();
            bool known = read.Article is not { } article || store.Contains(article.ContentHash);
            var analysing = Now();
            split.Add(reading, checking, analysing);
            if (known)
            {
                continue;
            }

            var document = processor.Analyze(input, read).Document;
            var storing = Now();
            if (document is not null)
            {
                store.Ingest(document);
            }

            split.Add(analysing, storing, Now());
        }
    }

    private static void ToStore(List<Document> documents, string path)
    {
        using var store = EventStore.Open(StoreTarget.Sqlite(path));
        foreach (var document in documents)
        {
            store.Ingest(document);
        }
    }

    private static (long Wall, TimeSpan Cpu) Now() => (Stopwatch.GetTimestamp(), ThreadClock.Now());

    /// <summary>One timed pass: wall-clock and CPU time, and for an ingest how they split between pipeline and store.</summary>
    private sealed record Pass(TimeSpan Wall, TimeSpan Cpu, Split? Split);

    /// <summary>Milliseconds spent in the pipeline (reading included) and in the store, wall-clock and CPU.</summary>
    private sealed class Split
    {
        public double PipelineWall { get; private set; }

        public double PipelineCpu { get; private set; }

        public double StoreWall { get; private set; }

        public double StoreCpu { get; private set; }

        /// <summary>Adds the time from start to middle to the pipeline, and from middle to end to the store.</summary>
        public void Add((long Wall, TimeSpan Cpu) start, (long Wall, TimeSpan Cpu) middle, (long Wall, TimeSpan Cpu) end)
        {
            PipelineWall += Stopwatch.GetElapsedTime(start.Wall, middle.Wall).TotalMilliseconds;
            PipelineCpu += (middle.Cpu - start.Cpu).TotalMilliseconds;
            StoreWall += Stopwatch.GetElapsedTime(middle.Wall, end.Wall).TotalMilliseconds;
            StoreCpu += (end.Cpu - middle.Cpu).TotalMilliseconds;
        }
    }
}
