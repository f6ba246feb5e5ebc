using Chronicle.Documents;
using Chronicle.Storage;

namespace Chronicle.Tests.Storage;

/// <summary>Storing, de-duplicating and querying events, on SQLite and on PostgreSQL.</summary>
public sealed class EventStoreTests
{
    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void StoresTheArticleItsEntitiesEventsAndTheirSpans(string backend)
    {
        using var test = TestStore.Create(backend);
        using var store = test.Open();
        var document = StrikeReports.Process(StrikeReports.FirstReport, "first");

        var outcome = store.Ingest(document);

        Assert.False(outcome.AlreadyStored);
        var counts = store.Counts();
        Assert.Equal(1, counts.Articles);
        Assert.Equal(document.Entities.Length, counts.Entities);
        Assert.Equal(document.Events.Length, counts.Reports);
        Assert.Equal(document.Events.Length, counts.Events);
        long spans = document.Entities.Sum(e => e.Mentions.Length) + document.Events.Sum(e => e.Evidence.Length);
        Assert.Equal(spans, counts.Mentions);
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void StoringTheSameTextAgainChangesNothing(string backend)
    {
        using var test = TestStore.Create(backend);
        using var store = test.Open();
        var document = StrikeReports.Process(StrikeReports.FirstReport, "first");
        store.Ingest(document);
        var before = store.Counts();

        var again = store.Ingest(StrikeReports.Process(StrikeReports.FirstReport, "first-copy"));

        Assert.True(again.AlreadyStored);
        Assert.Equal(before, store.Counts());
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void AStoredTextIsKnownByItsHash(string backend)
    {
        using var test = TestStore.Create(backend);
        using var store = test.Open();
        var document = StrikeReports.Process(StrikeReports.FirstReport, "first");
        Assert.False(store.Contains(document.Article.ContentHash));

        store.Ingest(document);

        Assert.True(store.Contains(document.Article.ContentHash));
        Assert.False(store.Contains(StrikeReports.Process(StrikeReports.SecondReport, "second").Article.ContentHash));
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void AnArticleTellingOfOneStrikeTwiceJoinsAnotherArticlesEventOnce(string backend)
    {
        using var test = TestStore.Create(backend);
        using var store = test.Open();
        var second = StrikeReports.Process(StrikeReports.SecondReport, "second");
        store.Ingest(second);
        var first = StrikeReports.Process(StrikeReports.FirstReport, "first");
        var strike = first.Events.Single(e => e.Type == EventType.Assault && e.Date?.Value == "2024-01-04" && e.Location?.Name == "Baghdad");
        var twice = first.WithEvents([.. first.Events, strike with { Id = new EventId(first.Events.Max(e => e.Id.Value) + 1) }]);

        var outcome = store.Ingest(twice);

        // The second telling may not join the event the first telling joined: one article is one source.
        Assert.Equal(1, outcome.Joined);
        var events = store.Find(new EventQuery { Type = EventType.Assault, Actor = "Abu Taqwa" });
        Assert.Equal([1, 2], events.Select(e => e.SourceCount).Order());
        Assert.Equal(second.Events.Length + first.Events.Length + 1, store.Counts().Reports);
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void TwoReportsOfOneStrikeBecomeOneEventWithTwoSources(string backend)
    {
        using var test = TestStore.Create(backend);
        using var store = test.Open();
        store.Ingest(StrikeReports.Process(StrikeReports.FirstReport, "first", "https://example.org/first"));

        var second = store.Ingest(StrikeReports.Process(StrikeReports.SecondReport, "second", "https://example.org/second"));

        Assert.Equal(1, second.Joined);
        var strike = Assert.Single(store.Find(new EventQuery { Type = EventType.Assault, Actor = "Abu Taqwa" }));
        Assert.Equal(2, strike.SourceCount);
        Assert.Equal(["first", "second"], strike.Sources.Select(s => s.ArticleId));
        Assert.Equal("https://example.org/second", strike.Sources[1].Url);
        Assert.All(strike.Sources, s => Assert.NotEmpty(s.Evidence));
        Assert.Contains("U.S. forces killed Abu Taqwa", string.Join(" ", strike.Sources[1].Evidence.Select(e => e.Text)), StringComparison.Ordinal);
        Assert.Equal("Baghdad", strike.Location?.Name);
        Assert.Contains("Mushtaq Jawad Kazim al Jawari", strike.Recipients);
        Assert.DoesNotContain("Abu Taqwa", strike.Recipients);
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void TheSameActorsFarApartOnTheSameDayAreTwoEvents(string backend)
    {
        using var test = TestStore.Create(backend);
        using var store = test.Open();
        store.Ingest(StrikeReports.Process(StrikeReports.FirstReport, "first"));

        var basra = store.Ingest(StrikeReports.Process(StrikeReports.FarAway, "basra"));

        Assert.Equal(0, basra.Joined);
        var strikes = store.Find(new EventQuery { Type = EventType.Assault, Actor = "Harakat al-Nujaba" });
        Assert.Contains(strikes, e => e.Location?.Name == "Basra" && e.SourceCount == 1);
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void ExplainSaysWhyReportsWereMerged(string backend)
    {
        using var test = TestStore.Create(backend);
        using var store = test.Open();
        store.Ingest(StrikeReports.Process(StrikeReports.FirstReport, "first"));
        store.Ingest(StrikeReports.Process(StrikeReports.SecondReport, "second"));
        var strike = Assert.Single(store.Find(new EventQuery { Actor = "Abu Taqwa" }));

        var explanation = store.Explain(strike.Id)!;

        Assert.Equal(2, explanation.Reports.Length);
        Assert.Null(explanation.Reports[0].MergeReason);
        string reason = explanation.Reports[1].MergeReason!;
        Assert.Contains("same type ASSAULT", reason, StringComparison.Ordinal);
        Assert.Contains("abu taqwa", reason, StringComparison.Ordinal);
        Assert.Contains("Baghdad", reason, StringComparison.Ordinal);
        Assert.Null(store.Explain(strike.Id + 1000));
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void NegatedAndHypotheticalEventsAreStoredButOnlyShownWhenAskedFor(string backend)
    {
        using var test = TestStore.Create(backend);
        using var store = test.Open();
        store.Ingest(StrikeReports.Process(StrikeReports.Denial, "denial"));

        Assert.Empty(store.Find(new EventQuery()));
        var all = store.Find(new EventQuery { Modalities = [.. Enum.GetValues<Modality>()] });
        Assert.Contains(all, e => e.Modality == Modality.Negated);
        Assert.Contains(all, e => e.Modality == Modality.Hypothetical);
        Assert.All(store.Find(new EventQuery { Modalities = [Modality.Hypothetical] }), e => Assert.Equal(Modality.Hypothetical, e.Modality));
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void FiltersByTypeCountryDatesPlaceAndText(string backend)
    {
        using var test = TestStore.Create(backend);
        using var store = test.Open();
        store.Ingest(StrikeReports.Process(StrikeReports.FirstReport, "first"));
        store.Ingest(StrikeReports.Process(StrikeReports.FarAway, "basra"));
        var day = new DateOnly(2024, 1, 4);

        Assert.NotEmpty(store.Find(new EventQuery { Type = EventType.Assault, Since = day, Until = day }));
        Assert.Empty(store.Find(new EventQuery { Type = EventType.Assault, Since = day.AddDays(1) }));
        Assert.Empty(store.Find(new EventQuery { Type = EventType.Protest }));
        Assert.Empty(store.Find(new EventQuery { Country = "FRA" }));
        var nearBaghdad = store.Find(new EventQuery { Near = new GeoCircle(33.34, 44.40, 30) });
        Assert.NotEmpty(nearBaghdad);
        Assert.DoesNotContain(nearBaghdad, e => e.Location?.Name == "Basra");
        var depot = Assert.Single(store.Find(new EventQuery { Text = "weapons depot" }));
        Assert.Equal("Basra", depot.Location?.Name);
        Assert.Empty(store.Find(new EventQuery { Text = "\"parliament\" OR" }));
        Assert.Single(store.Find(new EventQuery { Type = EventType.Assault, Limit = 1 }));
    }
}
