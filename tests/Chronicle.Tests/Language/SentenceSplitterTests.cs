using Chronicle.Documents;
using Chronicle.Language;

namespace Chronicle.Tests.Language;

public class SentenceSplitterTests
{
    private static Document Split(string text) => new SentenceSplitter().Annotate(TestDocuments.FromText(text));

    [Fact]
    public void KeepsAbbreviationsAndTitlesInsideSentences()
    {
        var doc = Split("Brig. Gen. Pat Ryder said U.S. forces struck. The Pentagon agreed.");
        Assert.Equal(["Brig. Gen. Pat Ryder said U.S. forces struck.", "The Pentagon agreed."],
            doc.Sentences.Select(s => doc[s.Span]));
    }

    [Fact]
    public void InvisibleMarksAreNoTokens()
    {
        var doc = Split("Prime Minister\u200E Haider al-Abadi\u200B met envoys.");
        Assert.Equal(["Prime", "Minister", "Haider", "al-Abadi", "met", "envoys", "."], doc.Tokens.Select(t => doc[t.Span]));
    }

    [Fact]
    public void EndsSentenceAfterAbbreviationWhenANewSentenceStarts()
    {
        var doc = Split("Troops arrived in the U.S. The next day they left.");
        Assert.Equal(2, doc.Sentences.Length);
    }

    [Fact]
    public void KeepsClosingQuoteWithItsSentence()
    {
        var doc = Split("\u201CWe will stay.\u201D He left.");
        Assert.Equal("\u201CWe will stay.\u201D", doc[doc.Sentences[0].Span]);
    }

    [Fact]
    public void NeverJoinsParagraphs()
    {
        var doc = Split("A headline without a stop\n\nThe body starts here.");
        Assert.Equal(2, doc.Sentences.Length);
    }

    [Fact]
    public void EllipsisInsideAQuoteDoesNotEndTheSentence()
    {
        var doc = Split("\"But ... we're ready,\" he said.");
        Assert.Single(doc.Sentences);
    }

    [Theory]
    [InlineData("a.k.a Abu Taqwa", new[] { "a.k.a", "Abu", "Taqwa" })]
    [InlineData("Iran-backed groups", new[] { "Iran-backed", "groups" })]
    [InlineData("about 2,500 troops", new[] { "about", "2,500", "troops" })]
    [InlineData("we're not", new[] { "we", "'re", "not" })]
    [InlineData("Rufay\u2019i was", new[] { "Rufay\u2019i", "was" })]
    [InlineData("the U.S.-led coalition", new[] { "the", "U.S.-led", "coalition" })]
    public void TokenizesNewsText(string text, string[] expected)
    {
        var doc = Split(text);
        Assert.Equal(expected, doc.Tokens.Select(t => doc[t.Span]));
    }
}
