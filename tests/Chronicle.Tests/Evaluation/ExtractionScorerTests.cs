using Chronicle.Evaluation;
using Chronicle.Tests.Inputs;

namespace Chronicle.Tests.Evaluation;

public sealed class ExtractionScorerTests
{
    [Fact]
    public void IdenticalBodiesScoreOne()
    {
        var score = ExtractionScorer.Compare("the ferry struck the harbour wall today", "the ferry struck the harbour wall, today!");
        Assert.Equal(1, score.TruePositive, 6);
        Assert.Equal(1, score.F1, 6);
    }

    [Fact]
    public void ExtraAndMissingShinglesAreSharesOfTheirSum()
    {
        // Truth shingles: "a b c d", "b c d e"; extracted: "b c d e", "c d e f" → one shared, one extra, one missing.
        var score = ExtractionScorer.Compare("a b c d e", "b c d e f");
        Assert.Equal(1 / 3.0, score.TruePositive, 6);
        Assert.Equal(1 / 3.0, score.FalsePositive, 6);
        Assert.Equal(1 / 3.0, score.FalseNegative, 6);
    }

    [Fact]
    public void RepeatedShinglesCountAsOftenAsTheyOccur()
    {
        var score = ExtractionScorer.Compare("w x y z", "w x y z. w x y z");
        Assert.True(score.FalsePositive > 0);
    }

    [Fact]
    public void PrecisionIgnoresPagesWithNothingExtractedButRecallCountsThem()
    {
        var summary = ExtractionScorer.Summarise([
            ExtractionScorer.Compare("one two three four five", "one two three four five"),
            ExtractionScorer.Compare("six seven eight nine ten", string.Empty),
        ]);
        Assert.Equal(1, summary.Precision, 6);
        Assert.Equal(0.5, summary.Recall, 6);
        Assert.Equal(2 / 3.0, summary.F1, 6);
    }

    [Fact]
    public void TruthAndPeerFilesAreReadAlike()
    {
        using var folder = new TempFolder();
        var truth = folder.Write("truth.json", """{"p1": {"articleBody": "Body one", "url": "https://a.test/"}}""");
        var peer = folder.Write("peer.json", """{"output": {"p1": {"articleBody": "Body two"}, "p2": {"articleBody": null}}}""");
        Assert.Equal("Body one", ExtractionTruth.Load(truth)["p1"]);
        var output = ExtractionTruth.Load(peer);
        Assert.Equal("Body two", output["p1"]);
        Assert.Equal(string.Empty, output["p2"]);
    }
}
