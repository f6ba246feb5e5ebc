using System.Text.Json;
using Chronicle.Documents;
using Chronicle.Evaluation;

namespace Chronicle.Tests.Evaluation;

/// <summary>The event scorer follows the gold guidelines: modality decides a match, every unmatched event is a false alarm, names match as words.</summary>
public class EventScorerTests
{
    private static readonly DateOnly Published = new(2025, 3, 14);

    private static EventGoldStory Story(params object[] events) =>
        EventGoldStory.Parse(JsonSerializer.Serialize(new { id = "s1", published = "2025-03-14", events }));

    private static object GoldArrest(string modality, string evidence) => new
    {
        type = "COERCE",
        actors = new[] { "Police" },
        recipients = new[] { "protesters" },
        date = "2025-03-14",
        place = "Nairobi",
        country = "KEN",
        arrested = 12,
        modality,
        evidence,
    };

    [Fact]
    public void AnAssertedEventDoesNotMatchAGoldEventThatDidNotTakePlace()
    {
        var document = PipelineDocuments.Extract("Police arrested 12 protesters in Nairobi.", Published);
        Assert.Contains(document.Events, e => e.Type == EventType.Coerce && e.Modality == Modality.Asserted);

        var asserted = EventScorer.Score(document, Story(GoldArrest("asserted", "Police arrested 12 protesters")));
        Assert.Equal(1, asserted.Events.Correct);

        var future = EventScorer.Score(document, Story(GoldArrest("future", "Police arrested 12 protesters")));
        Assert.Equal(0, future.Events.Correct);
        Assert.Single(future.Misses);
        Assert.Contains(future.FalseAlarms, e => e.Type == EventType.Coerce);
    }

    [Fact]
    public void AMatchedEventWithAWrongAttributeIsListedWithItsCounts()
    {
        var document = PipelineDocuments.Extract("Police arrested 12 protesters in Nairobi.", Published);
        var right = EventScorer.Score(document, Story(GoldArrest("asserted", "Police arrested 12 protesters")));
        Assert.False(Assert.Single(right.Matches).Attributes.AnyWrong);

        var gold = Story(new
        {
            type = "COERCE",
            actors = new[] { "Army" },
            recipients = new[] { "protesters" },
            date = "2025-03-14",
            place = "Nairobi",
            country = "KEN",
            arrested = 12,
            modality = "asserted",
            evidence = "Police arrested 12 protesters",
        });
        var match = Assert.Single(EventScorer.Score(document, gold).Matches);
        Assert.True(match.Attributes.AnyWrong);
        Assert.Equal(new Counts(0, 1, 1), match.Attributes.Actors);
        Assert.Equal(EventType.Coerce, match.System.Type);
    }

    [Fact]
    public void ANegatedEventThatGoldDoesNotListIsAFalseAlarm()
    {
        var document = PipelineDocuments.Extract("We do not seek a wider war with Yemen.", Published);
        Assert.Contains(document.Events, e => e.Modality == Modality.Negated);

        var score = EventScorer.Score(document, Story());
        Assert.Equal(document.Events.Length, score.Events.System);
        Assert.Equal(document.Events.Length, score.FalseAlarms.Length);
        Assert.Equal(document.Events.Length, score.UnrealFalseAlarms);
    }

    [Theory]
    [InlineData("2025-03", "2025-03-13", true)]
    [InlineData("2024-06", "2024-W26", true)]
    [InlineData("2025-03", "2025-W09", false)]
    [InlineData("2025-03-13", "2025-03", false)]
    [InlineData("2025-03-13", "2025-03-13T12:00+03:00", true)]
    [InlineData("2025", "PAST_REF", false)]
    public void ADateIsRightWhenItIsWithinTheGoldDate(string gold, string system, bool right) =>
        Assert.Equal(right, EventScorer.DateWithin(gold, system));

    [Theory]
    [InlineData("U.S. forces", "U.S.", true)]
    [InlineData("Iraqi intelligence service", "Iraq's intelligence service", true)]
    [InlineData("IS members", "IS", true)]
    [InlineData("Islamabad", "IS", false)]
    [InlineData("Chris Smith", "IS", false)]
    public void NamesMatchAsWholeWords(string gold, string system, bool match) =>
        Assert.Equal(match, EventScorer.NamesMatch(gold, system));
}
