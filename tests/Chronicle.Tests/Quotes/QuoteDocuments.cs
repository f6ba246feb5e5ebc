using Chronicle.Documents;
using Chronicle.Language;
using Chronicle.Quotes;

namespace Chronicle.Tests.Quotes;

/// <summary>Builds annotated documents with hand-made entities, as the entity stage would give them, for quote tests.</summary>
internal static class QuoteDocuments
{
    public static Document Annotate(string text, params Entity[] entities) =>
        new QuoteFinder().Annotate(new SentenceSplitter().Annotate(TestDocuments.FromText(text)).WithEntities([.. entities]));

    /// <summary>An entity mentioned wherever one of its names occurs; longer names claim their text first.</summary>
    public static Entity Entity(string text, int id, EntityType type, string[] names, params string[] titles)
    {
        var mentions = new List<Span>();
        foreach (var name in names.OrderByDescending(n => n.Length))
        {
            for (int i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + 1, StringComparison.Ordinal))
            {
                var span = new Span(i, i + name.Length);
                if (!mentions.Any(m => m.Overlaps(span)))
                {
                    mentions.Add(span);
                }
            }
        }

        return new Entity
        {
            Id = new EntityId(id),
            Type = type,
            Name = names[0],
            Titles = [.. titles],
            Mentions = [.. mentions.OrderBy(m => m.Start)],
        };
    }

    public static Quote Containing(Document document, string words) =>
        Assert.Single(document.Quotes, q => document[q.Span].Contains(words, StringComparison.Ordinal));
}
