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
/// thread; then the store alone over documents already made, so the store's own cost shows.
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
            Console.WriteLine($"corpus: {documents.Count} articles, {documents.Sum(d => d.Events.Length)} events; {repeats} passes each, one thread");
            double jsonl = Rate(repeats, documents.Count, pass => ToJsonLines(inputs, processor, Path.Combine(folder, $"peer{pass}.jsonl")));
            double ingest = Rate(repeats, documents.Count, pass => ToStore(inputs.Select(i => processor.Process(i).Document), Path.Combine(folder, $"ingest{pass}.db")));
            double storeOnly = Rate(repeats, documents.Count, pass => ToStore(documents, Path.Combine(folder, $"store{pass}.db")));
            Console.WriteLine($"extract → JSONL file (peer):     {jsonl,8:F0} articles/s");
            Console.WriteLine($"ingest → SQLite (pipeline+store): {ingest,8:F0} articles/s  ({ingest / jsonl:P0} of the peer)");
            Console.WriteLine($"store only (documents → SQLite):  {storeOnly,8:F0} articles/s");
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static double Rate(int repeats, int articles, Action<int> pass)
    {
        pass(-1);
        var clock = Stopwatch.StartNew();
        for (int r = 0; r < repeats; r++)
        {
            pass(r);
        }

        return articles * repeats / clock.Elapsed.TotalSeconds;
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

    private static void ToStore(IEnumerable<Document?> documents, string path)
    {
        using var store = EventStore.Open(StoreTarget.Sqlite(path));
        foreach (var document in documents.OfType<Document>())
        {
            store.Ingest(document);
        }
    }
}
