using Chronicle.Documents;
using Chronicle.Evaluation;
using Chronicle.Language;
using Chronicle.Time;

namespace Chronicle.Tests.Evaluation;

public class TimeMlScorerTests
{
    private const string Gold = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>test_doc</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>
        <TITLE>Not scored</TITLE>
        <TEXT>The talks <EVENT eid="e1" class="OCCURRENCE">ended</EVENT> <TIMEX3 tid="t1" type="DATE" value="2013-03-21">Thursday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P3D" mod="MORE_THAN">three days</TIMEX3> &amp; more.</TEXT>
        <TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>
        </TimeML>
        """;

    [Fact]
    public void ReadsTheTextTheCreationDateAndTheGoldSpans()
    {
        var doc = TimeMlDocument.Parse(Gold, "fallback");
        Assert.Equal("test_doc", doc.Id);
        Assert.Equal(new DateOnly(2013, 3, 22), doc.Created);
        Assert.Equal("The talks ended Thursday after three days & more.", doc.Text);
        Assert.Equal(
            [("Thursday", "DATE", "2013-03-21", null), ("three days", "DURATION", "P3D", "MORE_THAN")],
            doc.Timexes.Select(t => (doc.Text[t.Span.Start..t.Span.End], t.Type, t.Value, t.Mod)));
    }

    [Fact]
    public void CountsStrictRelaxedTypeAndValueMatches()
    {
        var gold = TimeMlDocument.Parse(Gold, "fallback");
        var system = new[]
        {
            // Exact span, right value.
            Expression(1, 16, 24, TimeType.Date, "2013-03-21"),
            // Overlapping span, right type, wrong value.
            Expression(2, 31, 36, TimeType.Duration, "P5D"),
            // Spurious.
            Expression(3, 0, 3, TimeType.Date, "PRESENT_REF"),
        };

        var score = TimeMlScorer.Compare(gold.Timexes, system);

        Assert.Equal(new TimeMlScore(Gold: 2, System: 3, Strict: 1, Relaxed: 2, TypeCorrect: 2, ValueCorrect: 1), score);
        Assert.Equal(1.0 / 3, score.Value.Precision, 6);
        Assert.Equal(0.5, score.Value.Recall, 6);
        Assert.Equal(0.4, score.Value.F1, 6);
        Assert.Equal(2.0 / 3, score.RelaxedExtent.Precision, 6);
        Assert.Equal(1.0, score.RelaxedExtent.Recall, 6);
    }

    [Fact]
    public void PairsEachSystemExpressionWithOneGoldAtMost()
    {
        var gold = TimeMlDocument.Parse(Gold, "fallback");
        var wide = Expression(1, 16, 41, TimeType.Date, "2013-03-21");
        var score = TimeMlScorer.Compare(gold.Timexes, [wide]);
        Assert.Equal(1, score.Relaxed);
    }

    [Fact]
    public void ScoresThePipelineAgainstTheGoldOfManyDocuments()
    {
        var splitter = new SentenceSplitter();
        var tagger = new TimeTagger();
        var scorer = new TimeMlScorer(d => tagger.Annotate(splitter.Annotate(d)));
        var gold = TimeMlDocument.Parse(Gold, "fallback");

        var score = scorer.Score([gold, gold]);

        Assert.Equal(4, score.Gold);
        Assert.Equal(4, score.Strict);
        Assert.Equal(4, score.ValueCorrect);
        Assert.Equal(4, score.TypeCorrect);
    }

    private static TimeExpression Expression(int id, int start, int end, TimeType type, string value) =>
        new() { Id = new TimeId(id), Span = new Span(start, end), Type = type, Value = value };
}
