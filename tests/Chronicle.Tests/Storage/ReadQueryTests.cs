using Chronicle.Documents;
using Chronicle.Serialization;
using Chronicle.Storage;

namespace Chronicle.Tests.Storage;

/// <summary>The reads the web app needs (pages, summaries, an article with its spans, entity names), on SQLite and PostgreSQL.</summary>
public sealed class ReadQueryTests
{
    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void AStoredArticleComesBackWithItsTextSectionsAndSpans(string backend)
    {
        using var test = TestStore.Create(backend);
        using var store = test.Open();
        var document = StrikeReports.Process(StrikeReports.FirstReport, "first", "https://example.org/first");
        store.Ingest(document);

        var article = store.GetArticle("first");

        Assert.NotNull(article);
        Assert.Equal(document.Text, article.Text);
        Assert.Equal(document.Article.Sections.ToArray(), article.ToArticle().Sections.ToArray());
        Assert.Equal(document.Entities.Length, article.Entities.Length);
        Assert.Equal(document.Events.Length, article.Reports.Length);
        var codePoint = new CodePointOffsets(document.Text);
        foreach (var entity in document.Entities)
        {
            var stored = Assert.Single(article.Entities, e => e.LocalId == entity.Id.ToString());
            Assert.Equal(entity.Mentions.Select(m => (codePoint[m.Start], codePoint[m.End], document[m])), stored.Mentions.Select(m => (m.Start, m.End, m.Text)));
        }

        Assert.All(article.Reports, r => Assert.Equal(store.Get(r.EventId)!.Type, r.Type));
        Assert.Equal(article.Id, store.GetArticle(document.Article.ContentHash)?.Id);
        Assert.Null(store.GetArticle("missing"));
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void PagesSkipAndLimitInTheListOrder(string backend)
    {
        using var test = TestStore.Create(backend);
        using var store = test.Open();
        store.Ingest(StrikeReports.Process(StrikeReports.FirstReport, "first"));
        store.Ingest(StrikeReports.Process(StrikeReports.FarAway, "far"));
        store.Ingest(StrikeReports.Process(StrikeReports.Denial, "denial"));
        var all = store.Find(new EventQuery { Modalities = [.. Enum.GetValues<Modality>()] }).Select(e => e.Id).ToList();

        var second = store.Find(new EventQuery { Modalities = [.. Enum.GetValues<Modality>()], Limit = 1, Offset = 1 }).Select(e => e.Id);
        var rest = store.Find(new EventQuery { Modalities = [.. Enum.GetValues<Modality>()], Offset = 1 }).Select(e => e.Id);

        Assert.True(all.Count >= 2, $"{all.Count} events");
        Assert.Equal(all.Skip(1).Take(1), second);
        Assert.Equal(all.Skip(1), rest);
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void ASummaryCountsEveryMatchingEventOnceByDayAndByPlace(string backend)
    {
        using var test = TestStore.Create(backend);
        using var store = test.Open();
        store.Ingest(StrikeReports.Process(StrikeReports.FirstReport, "first"));
        var query = new EventQuery { Type = EventType.Assault };
        var events = store.Find(query);

        var summary = store.Summarize(query);

        Assert.Equal(events.Count, summary.Events);
        Assert.Equal(summary.Events, summary.Days.Sum(d => d.Count) + summary.NotDailyDated);
        Assert.Equal(summary.Events, summary.Places.Sum(p => p.Count) + summary.Unplaced);
        Assert.All(summary.Days, d => Assert.Equal(EventType.Assault, d.Type));
        Assert.Equal(events.Count(e => e.Date?.Precision is DatePrecision.Day or DatePrecision.Hour), summary.Days.Sum(d => d.Count));
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void EntitiesAreFoundByAnyPartOfTheirNameAndWildcardsAreLiteral(string backend)
    {
        using var test = TestStore.Create(backend);
        using var store = test.Open();
        var document = StrikeReports.Process(StrikeReports.FirstReport, "first");
        store.Ingest(document);
        string name = document.Entities.First(e => e.Type == EntityType.Person).Name;

        var found = store.FindEntities(name[1..^1].ToUpperInvariant(), 10);

        Assert.Contains(found, m => m.Name == name && m.Articles == 1);
        Assert.Empty(store.FindEntities("%", 10));
        Assert.Empty(store.FindEntities("_", 10));
    }
}
