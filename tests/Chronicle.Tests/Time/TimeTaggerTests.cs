using Chronicle.Documents;
using Chronicle.Language;
using Chronicle.Time;

namespace Chronicle.Tests.Time;

public class TimeTaggerTests
{
    // A Thursday.
    private static readonly DateOnly Published = new(2024, 1, 4);

    private static Document Tag(string text, DateOnly? published) =>
        new TimeTagger().Annotate(new SentenceSplitter().Annotate(TestDocuments.FromText(text, published)));

    private static TimeExpression Single(string text, string expression, DateOnly? published = null)
    {
        var doc = Tag(text, published ?? Published);
        var found = doc.Times.Where(t => doc[t.Span] == expression).ToList();
        Assert.True(found.Count == 1, $"expected \"{expression}\" among [{string.Join(" | ", doc.Times.Select(t => doc[t.Span]))}]");
        return found[0];
    }

    [Theory]
    [InlineData("The deal was signed on January 4, 2024, in Cairo.", "January 4, 2024", "2024-01-04")]
    [InlineData("The deal was signed on Jan. 4, 2024, in Cairo.", "Jan. 4, 2024", "2024-01-04")]
    [InlineData("The deal was signed on 4 January 2024 in Cairo.", "4 January 2024", "2024-01-04")]
    [InlineData("The deal was signed on 2024-01-04 in Cairo.", "2024-01-04", "2024-01-04")]
    [InlineData("The talks began on Thursday, March 7, 2019.", "Thursday, March 7, 2019", "2019-03-07")]
    [InlineData("Protests broke out in March 2011 in Daraa.", "March 2011", "2011-03")]
    [InlineData("The group was founded in 2014 by former officers.", "2014", "2014")]
    [InlineData("The movement grew in the 1990s.", "the 1990s", "199")]
    [InlineData("The city was rebuilt in the 20th century.", "20th century", "19")]
    public void NormalisesCalendarDates(string text, string expression, string value)
    {
        var time = Single(text, expression);
        Assert.Equal(TimeType.Date, time.Type);
        Assert.Equal(value, time.Value);
    }

    [Theory]
    [InlineData("The ministers met on December 28 in Doha.", "December 28", "2023-12-28")]
    [InlineData("Elections are due on March 3.", "March 3", "2024-03-03")]
    [InlineData("Officials said the convoy arrived January 4.", "January 4", "2024-01-04")]
    public void GivesAMonthDayTheYearNearestThePublicationDate(string text, string expression, string value) =>
        Assert.Equal(value, Single(text, expression).Value);

    [Theory]
    [InlineData("Rebels attacked the base on Friday.", "Friday", "2023-12-29")]
    [InlineData("The minister said Monday that talks had failed.", "Monday", "2024-01-01")]
    [InlineData("The two leaders will meet Friday in Geneva.", "Friday", "2024-01-05")]
    [InlineData("Delegates are expected to arrive Monday.", "Monday", "2024-01-08")]
    [InlineData("Voting took place last Thursday.", "last Thursday", "2023-12-28")]
    [InlineData("Voting takes place next Thursday.", "next Thursday", "2024-01-11")]
    [InlineData("The spokesman spoke to reporters Thursday.", "Thursday", "2024-01-04")]
    public void ResolvesWeekdaysByTense(string text, string expression, string value) =>
        Assert.Equal(value, Single(text, expression).Value);

    [Theory]
    [InlineData("Officials spoke today.", "today", "2024-01-04")]
    [InlineData("Officials spoke yesterday.", "yesterday", "2024-01-03")]
    [InlineData("Officials will speak tomorrow.", "tomorrow", "2024-01-05")]
    [InlineData("Officials met this week.", "this week", "2024-W01")]
    [InlineData("Officials met last week.", "last week", "2023-W52")]
    [InlineData("Officials will meet next month.", "next month", "2024-02")]
    [InlineData("Prices rose this year.", "this year", "2024")]
    [InlineData("Prices rose last year.", "last year", "2023")]
    [InlineData("The offensive is planned for this summer.", "this summer", "2024-SU")]
    [InlineData("The offensive stalled last winter.", "last winter", "2022-WI")]
    [InlineData("The offensive stalled last summer.", "last summer", "2023-SU")]
    [InlineData("The border reopened in the summer of 2014.", "the summer of 2014", "2014-SU")]
    [InlineData("Fighting eased in July.", "July", "2023-07")]
    [InlineData("Fighting will resume in July.", "July", "2024-07")]
    [InlineData("The government plans to hold elections in July.", "July", "2024-07")]
    [InlineData("She raised the idea as part of her plans for new elections shortly after taking office in July.", "July", "2023-07")]
    public void ResolvesDeicticAndRelativeDates(string text, string expression, string value) =>
        Assert.Equal(value, Single(text, expression).Value);

    [Theory]
    [InlineData("The town fell 10 years ago.", "10 years ago", "2014")]
    [InlineData("The town fell ten years ago.", "ten years ago", "2014")]
    [InlineData("The town fell three months ago.", "three months ago", "2023-10")]
    [InlineData("The town fell two days ago.", "two days ago", "2024-01-02")]
    [InlineData("It was 10 years ago this coming summer that the war began.", "10 years ago this coming summer", "2014-SU")]
    [InlineData("The treaty was signed 20 years ago this month.", "20 years ago this month", "2004-01")]
    [InlineData("The town fell years ago.", "years ago", "PAST_REF")]
    public void ShiftsAgoExpressionsBackFromThePublicationDate(string text, string expression, string value)
    {
        var time = Single(text, expression);
        Assert.Equal(TimeType.Date, time.Type);
        Assert.Equal(value, time.Value);
    }

    [Theory]
    [InlineData("The siege lasted three days.", "three days", "P3D", null)]
    [InlineData("He served two years in prison.", "two years", "P2Y", null)]
    [InlineData("The ceasefire held for several months.", "several months", "PXM", null)]
    [InlineData("Six people died in the past 24 hours.", "the past 24 hours", "PT24H", null)]
    [InlineData("The strike lasted twenty-four hours.", "twenty-four hours", "PT24H", null)]
    [InlineData("The trial lasted a dozen days.", "a dozen days", "P12D", null)]
    [InlineData("The talks lasted more than two weeks.", "more than two weeks", "P2W", TimeMod.MoreThan)]
    [InlineData("The talks lasted less than an hour.", "less than an hour", "PT1H", TimeMod.LessThan)]
    [InlineData("The talks lasted about six months.", "about six months", "P6M", TimeMod.Approx)]
    [InlineData("A 24-hour curfew was imposed.", "24-hour", "PT24H", null)]
    public void NormalisesDurations(string text, string expression, string value, TimeMod? mod)
    {
        var time = Single(text, expression);
        Assert.Equal(TimeType.Duration, time.Type);
        Assert.Equal(value, time.Value);
        Assert.Equal(mod, time.Mod);
    }

    [Fact]
    public void DoesNotTakeAnAgeForADuration()
    {
        var doc = Tag("A 10-year-old boy was hurt.", Published);
        Assert.Empty(doc.Times);
    }

    [Theory]
    [InlineData("Attacks have increased recently.", "recently", "PAST_REF")]
    [InlineData("In recent months, attacks increased.", "recent months", "PAST_REF")]
    [InlineData("Attacks rose in recent weeks.", "recent weeks", "PAST_REF")]
    [InlineData("Troops are now in the city.", "now", "PRESENT_REF")]
    [InlineData("Troops are currently in the city.", "currently", "PRESENT_REF")]
    [InlineData("Troops may return in the future.", "the future", "FUTURE_REF")]
    public void GivesVagueReferencesNoDay(string text, string expression, string value) =>
        Assert.Equal(value, Single(text, expression).Value);

    [Theory]
    [InlineData("Convoys leave every week.", "every week", "P1W")]
    [InlineData("Convoys leave daily.", "daily", "P1D")]
    [InlineData("The council meets each year.", "each year", "P1Y")]
    [InlineData("The council meets every Friday.", "every Friday", "XXXX-WXX-5")]
    [InlineData("The council meets twice a month.", "twice a month", "P1M")]
    public void NormalisesSets(string text, string expression, string value)
    {
        var time = Single(text, expression);
        Assert.Equal(TimeType.Set, time.Type);
        Assert.Equal(value, time.Value);
    }

    [Theory]
    [InlineData("The rally ended at 3:30 p.m.", "3:30 p.m.", "2024-01-04T15:30")]
    [InlineData("The rally ended at noon.", "noon", "2024-01-04T12:00")]
    [InlineData("The rally ended at midnight.", "midnight", "2024-01-04T00:00")]
    [InlineData("The blast came at 09:15 GMT.", "09:15 GMT", "2024-01-04T09:15Z")]
    [InlineData("The blast came at 9 a.m. EST.", "9 a.m. EST", "2024-01-04T09:00-05:00")]
    [InlineData("The blast came at 9 a.m. Baghdad time.", "9 a.m. Baghdad time", "2024-01-04T09:00+03:00")]
    [InlineData("The blast came at 9 a.m. Tehran time.", "9 a.m. Tehran time", "2024-01-04T09:00+03:30")]
    [InlineData("The blast came at 9 a.m. local time.", "9 a.m. local time", "2024-01-04T09:00")]
    [InlineData("Polls close at 8 p.m. on Friday.", "8 p.m. on Friday", "2024-01-05T20:00")]
    [InlineData("On March 3 the ship sank; rescuers arrived at 6 p.m.", "6 p.m.", "2024-03-03T18:00")]
    public void GivesClockTimesTheirDayAndOffset(string text, string expression, string value)
    {
        var time = Single(text, expression);
        Assert.Equal(TimeType.Time, time.Type);
        Assert.Equal(value, time.Value);
    }

    [Theory]
    [InlineData("The summit opens at 9 a.m. ET on June 3.", "9 a.m. ET on June 3", "2024-06-03T09:00-04:00")]
    [InlineData("The summit opens at 9 a.m. ET on February 3.", "9 a.m. ET on February 3", "2024-02-03T09:00-05:00")]
    [InlineData("The vote closes at 6 p.m. Kyiv time on July 1.", "6 p.m. Kyiv time on July 1", "2024-07-01T18:00+03:00")]
    public void AppliesSummerTimeWhereTheZoneHasIt(string text, string expression, string value) =>
        Assert.Equal(value, Single(text, expression).Value);

    [Theory]
    [InlineData("Growth slowed in early 2023.", "early 2023", "2023", TimeMod.Start)]
    [InlineData("Growth slowed in late January.", "late January", "2024-01", TimeMod.End)]
    [InlineData("Growth slowed in mid-2014.", "mid-2014", "2014", TimeMod.Mid)]
    [InlineData("Growth slowed at the end of last year.", "the end of last year", "2023", TimeMod.End)]
    public void ReadsStartMidAndEndModifiers(string text, string expression, string value, TimeMod mod)
    {
        var time = Single(text, expression);
        Assert.Equal(value, time.Value);
        Assert.Equal(mod, time.Mod);
    }

    [Fact]
    public void JoinsADayAndItsClockTimeIntoOneApproximateTime()
    {
        var time = Single("\u201COn January 4 at approximately 12 P.M. Iraq time, U.S. forces took action.\u201D",
            "January 4 at approximately 12 P.M. Iraq time");
        Assert.Equal(TimeType.Time, time.Type);
        Assert.Equal("2024-01-04T12:00+03:00", time.Value);
        Assert.Equal(TimeMod.Approx, time.Mod);
    }

    [Fact]
    public void TagsEachExpressionOfANewsParagraph()
    {
        const string paragraph =
            "In recent months, militias have fired rockets at the base. On January 4 at approximately 12 P.M. Iraq time, " +
            "a drone struck their commander. \u201CIt was 10 years ago this coming summer that the city nearly fell,\u201D " +
            "the general said Tuesday. He will brief lawmakers Monday.";
        var doc = Tag(paragraph, Published);
        Assert.Equal(
            [
                ("recent months", "PAST_REF"),
                ("January 4 at approximately 12 P.M. Iraq time", "2024-01-04T12:00+03:00"),
                ("10 years ago this coming summer", "2014-SU"),
                ("Tuesday", "2024-01-02"),
                ("Monday", "2024-01-08"),
            ],
            doc.Times.Select(t => (doc[t.Span], t.Value)));
    }

    [Theory]
    [InlineData("Officials spoke yesterday.", "yesterday", "XXXX-XX-XX")]
    [InlineData("The ministers met on December 28.", "December 28", "XXXX-12-28")]
    [InlineData("The town fell 10 years ago.", "10 years ago", "XXXX")]
    [InlineData("Rebels attacked on Friday.", "Friday", "XXXX-WXX-5")]
    [InlineData("The offensive stalled last summer.", "last summer", "XXXX-SU")]
    [InlineData("Attacks have increased recently.", "recently", "PAST_REF")]
    public void LeavesRelativeDatesUnresolvedWithoutAPublicationDate(string text, string expression, string value)
    {
        var doc = Tag(text, null);
        var time = Assert.Single(doc.Times, t => doc[t.Span] == expression);
        Assert.Equal(value, time.Value);
    }

    [Theory]
    [InlineData("The army sent 2014 troops to the border.")]
    [InlineData("About 1500 people fled.")]
    [InlineData("Protesters may march again.")]
    [InlineData("The march drew crowds.")]
    [InlineData("She took a second look at the fall of the city.")]
    public void IgnoresNumbersAndWordsThatAreNotTimes(string text)
    {
        var doc = Tag(text, Published);
        Assert.Empty(doc.Times);
    }

    [Fact]
    public void NumbersExpressionsInTextOrder()
    {
        var doc = Tag("He left on Monday and returned on Friday.", Published);
        Assert.Equal([new TimeId(1), new TimeId(2)], doc.Times.Select(t => t.Id));
        Assert.True(doc.Times[0].Span.Start < doc.Times[1].Span.Start);
    }
}

public class TimeTaggerGeneralisationTests
{
    private static readonly DateOnly Published = new(2024, 3, 20);

    private static (string Text, string Value, TimeMod? Mod)[] Times(string text)
    {
        var doc = new TimeTagger().Annotate(new Chronicle.Language.SentenceSplitter().Annotate(TestDocuments.FromText(text, Published)));
        return [.. doc.Times.Select(t => (doc[t.Span], t.Value, t.Mod))];
    }

    [Fact]
    public void ReadsOverBeforeAnArticleAsAPreposition() =>
        Assert.Equal([("the past two years", "P2Y", (TimeMod?)null)], Times("Prices doubled over the past two years."));

    [Fact]
    public void ReadsTheShortEndOfAYearRange() =>
        Assert.Equal([("1957", "1957", (TimeMod?)null), ("58", "1958", null)], Times("The expedition of 1957-58 crossed the ice."));

    [Fact]
    public void ReadsABarePluralUnitBeforeBeforeAsAVagueDuration() =>
        Assert.Equal([("days", "PXD", (TimeMod?)null)], Times("The record was set days before the surgery."));

    [Fact]
    public void TakesAnInfinitivePassiveAsFuture() =>
        Assert.Equal([("May", "2024-05", (TimeMod?)null)], Times("The memoir is due to be published in May."));

    [Fact]
    public void ReadsReportedFutureFromItsPastReportingVerb() =>
        Assert.Equal([("early February", "2024-02", (TimeMod?)TimeMod.Start)], Times("Officials said the ship would sail in early February."));

    [Fact]
    public void ReadsAPastMonthAsTheOneBefore() =>
        Assert.Equal([("May", "2023-05", (TimeMod?)null)], Times("The memoir was published in May."));
}
