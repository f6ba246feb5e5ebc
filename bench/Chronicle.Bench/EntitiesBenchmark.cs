using System.Diagnostics;
using System.Text;
using Chronicle.Articles;
using Chronicle.Documents;
using Chronicle.Entities;
using Chronicle.Inputs;
using Chronicle.Language;
using Chronicle.Pipeline;
using Chronicle.Places;

namespace Chronicle.Bench;

/// <summary>Times the entity layer (recognition, alias merging and gazetteer resolution) on one thread over documents already split into sentences.</summary>
internal static class EntitiesBenchmark
{
    public static int Run(string corpus, int repeats)
    {
        var resources = ChronicleResources.Load();
        var reader = new ArticleReader();
        var splitter = new SentenceSplitter();
        var recognizer = new EntityRecognizer(resources.EntityLexicon, resources.English, resources.Actors, resources.Gazetteer);
        var resolver = new PlaceResolver(resources.Gazetteer);
        var documents = new InputCollector().Collect([corpus])
            .Where(i => i.Input is not null)
            .Select(i => reader.Read(i.Input!).Article)
            .OfType<Article>()
            .Select(a => splitter.Annotate(Document.FromArticle(a)))
            .ToList();
        long bytes = documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text));
        long characters = documents.Sum(d => (long)d.Text.Length);
        int entities = documents.Sum(d => resolver.Annotate(recognizer.Annotate(d)).Entities.Length);
        Console.WriteLine($"corpus: {documents.Count} documents, {bytes / 1e6:F2} MB of UTF-8 text, {entities} entities");

        var clock = Stopwatch.StartNew();
        for (int r = 0; r < repeats; r++)
        {
            foreach (var document in documents)
            {
                resolver.Annotate(recognizer.Annotate(document));
            }
        }

        double seconds = clock.Elapsed.TotalSeconds / repeats;
        Console.WriteLine($"entities + places: {bytes / 1e6 / seconds,6:F2} MB/s  {characters / 1e6 / seconds,6:F2} M chars/s  ({seconds * 1000:F0} ms per pass, {repeats} passes)");
        return 0;
    }
}
