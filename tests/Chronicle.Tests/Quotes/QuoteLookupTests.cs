using Chronicle.Documents;
using Chronicle.Language;
using Chronicle.Quotes;
using static Chronicle.Tests.Quotes.QuoteDocuments;

namespace Chronicle.Tests.Quotes;

public class QuoteLookupTests
{
    private const string Text = "The strike killed two fighters, the Pentagon said. Troops moved north.\n\n"
        + "\u201COur forces will stay,\u201D said Omar Nadir, who spoke in Baghdad.";

    private static readonly Document Doc = Annotate(
        Text,
        Entity(Text, 1, EntityType.Org, ["Pentagon"]),
        Entity(Text, 2, EntityType.Person, ["Omar Nadir"]));

    [Fact]
    public void QuoteAtFindsTheQuoteAndItsSpeaker()
    {
        int position = Text.IndexOf("will stay", StringComparison.Ordinal);
        Assert.Equal("Our forces will stay,", Doc[Doc.QuoteAt(position)!.Span]);
        Assert.Equal(new EntityId(2), Doc.SpeakerAt(position));
    }

    [Fact]
    public void QuoteAtIsNullOutsideQuotes()
    {
        Assert.Null(Doc.QuoteAt(Text.IndexOf("Troops", StringComparison.Ordinal)));
        Assert.Null(Doc.SpeakerAt(Text.IndexOf("Baghdad", StringComparison.Ordinal)));
    }

    [Fact]
    public void ReporterOfASentenceIsTheSpeakerOfItsReportedContent()
    {
        Assert.Equal(new EntityId(1), Doc.ReporterOf(0));
        Assert.Null(Doc.ReporterOf(1));
    }

    [Fact]
    public void QuoteAtPrefersTheInnermostQuote()
    {
        const string text = "Nadir said the army would hold every town it had taken in the north and \u201Cnot retreat an inch\u201D.";
        var doc = Annotate(text, Entity(text, 1, EntityType.Person, ["Nadir"]));
        Assert.Equal(2, doc.Quotes.Length);
        var inner = doc.QuoteAt(text.IndexOf("retreat", StringComparison.Ordinal));
        Assert.Equal(QuoteKind.Direct, inner!.Kind);
        Assert.Equal(QuoteKind.Indirect, doc.QuoteAt(text.IndexOf("every town", StringComparison.Ordinal))!.Kind);
    }

    [Fact]
    public void LookupsNeedTheQuotesLayer()
    {
        var doc = new SentenceSplitter().Annotate(TestDocuments.FromText("Nothing quoted here."));
        Assert.Throws<InvalidOperationException>(() => doc.QuoteAt(0));
    }
}
