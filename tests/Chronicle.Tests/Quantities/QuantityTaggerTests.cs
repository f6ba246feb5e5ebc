using Chronicle.Documents;
using Chronicle.Language;
using Chronicle.Quantities;

namespace Chronicle.Tests.Quantities;

public class QuantityTaggerTests
{
    private static Document Tag(string text) =>
        new QuantityTagger().Annotate(new SentenceSplitter().Annotate(TestDocuments.FromText(text)));

    private static IEnumerable<(string Text, double Value, string Unit, bool Approximate)> Found(string text)
    {
        var doc = Tag(text);
        return doc.Quantities.Select(q => (doc[q.Span], q.Value, q.Unit, q.Approximate));
    }

    [Fact]
    public void SharesUnitAndHedgeAcrossACoordinatedEllipsis()
    {
        Assert.Equal(
            [("approximately 900 troops", 900, "troops", true), ("2,500", 2500, "troops", true)],
            Found("The United States has approximately 900 troops in Syria and 2,500 in Iraq."));
    }

    [Fact]
    public void KeepsAnUnhedgedCoordinationExact()
    {
        Assert.Equal(
            [("40 soldiers", 40, "soldiers", false), ("12", 12, "soldiers", false)],
            Found("The raid killed 40 soldiers in Homs and 12 in Hama."));
    }

    [Theory]
    [InlineData("Rockets injured dozens of U.S. personnel.", "dozens of U.S. personnel", 12, "personnel", true)]
    [InlineData("Hundreds of people fled the town.", "Hundreds of people", 100, "people", true)]
    [InlineData("Thousands of refugees crossed.", "Thousands of refugees", 1000, "refugees", true)]
    [InlineData("Police arrested 2500 protesters.", "2500 protesters", 2500, "protesters", false)]
    [InlineData("Two civilians were killed.", "Two civilians", 2, "civilians", false)]
    [InlineData("Twenty-four soldiers died.", "Twenty-four soldiers", 24, "soldiers", false)]
    [InlineData("A dozen journalists were detained.", "A dozen journalists", 12, "journalists", false)]
    [InlineData("Nearly 300 people drowned.", "Nearly 300 people", 300, "people", true)]
    [InlineData("At least 15 people died.", "At least 15 people", 15, "people", true)]
    [InlineData("More than 40 villagers fled.", "More than 40 villagers", 40, "villagers", true)]
    [InlineData("Some 60 enemy fighters surrendered.", "Some 60 enemy fighters", 60, "fighters", true)]
    [InlineData("The blast killed one soldier.", "one soldier", 1, "soldier", false)]
    [InlineData("The rebels were 24 kilometers from the capital.", "24 kilometers", 24, "kilometers", false)]
    [InlineData("The strike hit 300 police officers.", "300 police officers", 300, "officers", false)]
    [InlineData("The ministry counted 1.5 million refugees.", "1.5 million refugees", 1_500_000, "refugees", false)]
    [InlineData("About 700 Iraqi troops remain.", "About 700 Iraqi troops", 700, "troops", true)]
    [InlineData("At least five people dead were found.", "At least five people", 5, "people", true)]
    public void ReadsCountedAmounts(string text, string span, double value, string unit, bool approximate) =>
        Assert.Equal([(span, value, unit, approximate)], Found(text));

    [Theory]
    [InlineData("The war began in 2014 and ended in 2019.")]
    [InlineData("The strike happened on January 4, 2024.")]
    [InlineData("The strike happened at 12 P.M. local time.")]
    [InlineData("The attack came on 4 January.")]
    [InlineData("He was the 4th leader to die.")]
    [InlineData("No one wants a return of ISIS.")]
    [InlineData("One of the leaders spoke.")]
    [InlineData("The siege lasted three days.")]
    [InlineData("Prices rose 12 percent.")]
    [InlineData("The deal cost $5 million.")]
    [InlineData("Article 24 stipulates new rules.")]
    [InlineData("Cases of type 2 diabetes rose.")]
    public void IgnoresNumbersThatAreNotCountedAmounts(string text) => Assert.Empty(Tag(text).Quantities);
}
