using System.Diagnostics;
using Chronicle.Articles;
using Chronicle.Documents;
using Chronicle.Inputs;
using Chronicle.Pipeline;

namespace Chronicle.Bench;

/// <summary>Times the whole pipeline and each stage over a JSON Lines corpus, on one thread, after a warm-up pass.</summary>
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

        return 0;
    }

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
