using System.Diagnostics;
using System.Text;
using Chronicle.Articles;
using Chronicle.Documents;
using Chronicle.Inputs;
using Chronicle.Pipeline;
using Chronicle.Time;

namespace Chronicle.Bench;

/// <summary>Times the time layer alone over a JSON Lines corpus, on one thread, on documents already through the stages before it.</summary>
/// <remarks>
/// Built with -p:TimePeer=true it also times Microsoft.Recognizers.Text.DateTime over the same texts, as a peer: it
/// finds and resolves dates and times too, with no TIMEX3 values or sentence layer, so the comparison is of speed only.
/// </remarks>
internal static class TimeBenchmark
{
    public static int Run(string corpus, int repeats)
    {
        var resources = ChronicleResources.Load();
        var pipeline = StandardPipeline.Create(resources);
        var reader = new ArticleReader();
        var tagger = pipeline.Stages.OfType<TimeTagger>().Single();
        var before = pipeline.Stages.TakeWhile(stage => stage is not TimeTagger).ToList();
        var documents = new InputCollector().Collect([corpus])
            .Select(item => item.Input is { } input ? reader.Read(input).Article : null)
            .OfType<Article>()
            .Select(article => before.Aggregate(Document.FromArticle(article), (document, stage) => stage.Annotate(document)))
            .ToList();
        long characters = documents.Sum(d => (long)d.Text.Length);
        long bytes = documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text));
        Console.WriteLine($"corpus: {documents.Count} articles, {characters / 1e6:F2} M characters, {bytes / 1e6:F2} MB of UTF-8 text");

        int found = 0;
        var seconds = Time(repeats, () => found = documents.Sum(d => tagger.Annotate(d).Times.Length));
        Report("chronicle time layer", documents.Count, characters, bytes, seconds, found, repeats);
        RunPeer(documents, characters, bytes);
        return 0;
    }

    /// <summary>Seconds per pass, after one warm-up pass.</summary>
    private static double Time(int repeats, Action pass)
    {
        pass();
        var clock = Stopwatch.StartNew();
        for (int r = 0; r < repeats; r++)
        {
            pass();
        }

        return clock.Elapsed.TotalSeconds / repeats;
    }

    private static void Report(string name, int articles, long characters, long bytes, double seconds, int found, int repeats) =>
        Console.WriteLine(
            $"{name,-34} {articles / seconds,8:F0} articles/s  {characters / 1e6 / seconds,6:F2} M chars/s  {bytes / 1e6 / seconds,6:F2} MB/s  ({seconds * 1000:F0} ms per pass, {repeats} passes, {found} expressions)");

#if TIME_PEER
    private static void RunPeer(List<Document> documents, long characters, long bytes)
    {
        var model = new Microsoft.Recognizers.Text.DateTime.DateTimeRecognizer(Microsoft.Recognizers.Text.Culture.English).GetDateTimeModel();
        const int PeerRepeats = 1;
        int found = 0;
        var seconds = Time(PeerRepeats, () => found = documents.Sum(d =>
            model.Parse(d.Text, (d.Article.Published?.Date ?? new DateOnly(2024, 1, 1)).ToDateTime(TimeOnly.MinValue)).Count));
        Report("Microsoft.Recognizers.Text 1.8.13", documents.Count, characters, bytes, seconds, found, PeerRepeats);
    }
#else
    private static void RunPeer(List<Document> documents, long characters, long bytes) =>
        Console.WriteLine("peer: build with -p:TimePeer=true to time Microsoft.Recognizers.Text.DateTime on the same texts");
#endif
}
