using Chronicle.Documents;
using Chronicle.Pipeline;
using Chronicle.Quotes;
using static Chronicle.Tests.Quotes.QuoteDocuments;

namespace Chronicle.Tests.Quotes;

public class QuoteFinderTests
{
    [Fact]
    public void DeclaresItsLayers()
    {
        var stage = new QuoteFinder();
        Assert.Equal(Layer.Sentences | Layer.Tokens | Layer.Entities, stage.Requires);
        Assert.Equal(Layer.Quotes, stage.Assigns);
    }

    [Fact]
    public void CurlyQuoteGetsCueAndNamedSpeakerAfterIt()
    {
        const string text = "\u201CWe will not retreat,\u201D said Colonel Sami Haddad on Monday.";
        var doc = Annotate(text, Entity(text, 1, EntityType.Person, ["Sami Haddad"]));
        var quote = Assert.Single(doc.Quotes);
        Assert.Equal("We will not retreat,", doc[quote.Span]);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("said", doc[quote.Cue!.Value]);
        Assert.Equal(new EntityId(1), quote.Speaker);
    }

    [Fact]
    public void SurnameOfAPersonNamedBeforeIsThatPersonEvenWhenTakenForAPlace()
    {
        const string text = "Captain Maria Lopez spoke on Tuesday. \"No ship was hit,\" Lopez told reporters.";
        int lone = text.LastIndexOf("Lopez", StringComparison.Ordinal);
        var doc = Annotate(
            text,
            Entity(text, 1, EntityType.Person, ["Maria Lopez"]),
            new Entity { Id = new EntityId(2), Type = EntityType.Gpe, Name = "Lopez", Mentions = [new Span(lone, lone + 5)] });
        Assert.Equal(new EntityId(1), Assert.Single(doc.Quotes).Speaker);
    }

    [Fact]
    public void NameSetOffByAnAsideBeforeTheCueSpeaksTheClauseAfterIt()
    {
        const string text = "Farai Marapira, the party's information director, said he expected courts to rule fairly.";
        var doc = Annotate(text, Entity(text, 1, EntityType.Person, ["Farai Marapira"]));
        var quote = Assert.Single(doc.Quotes);
        Assert.Equal("he expected courts to rule fairly", doc[quote.Span]);
        Assert.Equal(new EntityId(1), quote.Speaker);
    }

    [Fact]
    public void PersonNamedAsTheAsideBeforeTheCueIsTheSpeaker()
    {
        const string text = "But the leader of the movement, Florence Ozor, said the battle is not won yet.";
        var doc = Annotate(text, Entity(text, 1, EntityType.Person, ["Florence Ozor"]));
        Assert.Equal(new EntityId(1), Assert.Single(doc.Quotes).Speaker);
    }

    [Fact]
    public void StraightQuoteWithSpeakerBeforeTheCue()
    {
        const string text = "\"We will respond at a time of our choosing,\" the ministry said in a statement.";
        var doc = Annotate(text, Entity(text, 4, EntityType.Org, ["ministry"]));
        var quote = Assert.Single(doc.Quotes);
        Assert.Equal("We will respond at a time of our choosing,", doc[quote.Span]);
        Assert.Equal(new EntityId(4), quote.Speaker);
    }

    [Fact]
    public void InnerSingleQuotesStayInsideTheirQuote()
    {
        const string text = "\u201CThey called it \u2018Operation Dawn\u2019 for a reason,\u201D Haddad told reporters.";
        var doc = Annotate(text, Entity(text, 1, EntityType.Person, ["Haddad"]));
        var quote = Assert.Single(doc.Quotes);
        Assert.Equal("They called it \u2018Operation Dawn\u2019 for a reason,", doc[quote.Span]);
        Assert.Equal("told reporters", doc[quote.Cue!.Value]);
    }

    [Fact]
    public void QuoteSplitByItsCueKeepsTheSpeakerForBothParts()
    {
        const string text = "\u201CWe hit the depot with precision,\u201D said Army Spokesman General Omar Nadir. \u201CNobody inside survived.\u201D";
        var doc = Annotate(text, Entity(text, 1, EntityType.Person, ["Omar Nadir"]), Entity(text, 2, EntityType.Org, ["Army"]));
        Assert.Equal(2, doc.Quotes.Length);
        Assert.All(doc.Quotes, q => Assert.Equal(new EntityId(1), q.Speaker));
        Assert.Equal("Nobody inside survived.", doc[doc.Quotes[1].Span]);
    }

    [Fact]
    public void QuoteOverSeveralParagraphsIsOneQuote()
    {
        const string text = "Voss described the raid to lawmakers:\n\n\u201CThe first wave destroyed the depot.\n\n"
            + "\u201CThe second wave struck the launch sites.\n\n\u201CNo civilians were in the area.\u201D\n\nThe session ended.";
        var doc = Annotate(text, Entity(text, 3, EntityType.Person, ["Voss"]));
        var quote = Assert.Single(doc.Quotes);
        Assert.StartsWith("The first wave", doc[quote.Span], StringComparison.Ordinal);
        Assert.EndsWith("in the area.", doc[quote.Span], StringComparison.Ordinal);
        Assert.Equal(new EntityId(3), quote.Speaker);
    }

    [Fact]
    public void UnbalancedMarkStopsAtItsParagraph()
    {
        const string text = "A militia statement called the raid \"a crime and promised revenge.\n\nResidents said the streets of the city were quiet.";
        var doc = Annotate(text);
        var direct = Assert.Single(doc.Quotes, q => q.Kind == QuoteKind.Direct);
        Assert.Equal("a crime and promised revenge.", doc[direct.Span]);
        var reported = Assert.Single(doc.Quotes, q => q.Kind == QuoteKind.Indirect);
        Assert.Equal("the streets of the city were quiet", doc[reported.Span]);
    }

    [Fact]
    public void UnclosedMarkBeforeAnotherQuoteKeepsToItsSentence()
    {
        const string text = "He called it \"a crime. Later that day, \"We are ready,\" Haddad said.";
        var doc = Annotate(text, Entity(text, 1, EntityType.Person, ["Haddad"]));
        Assert.Equal(["a crime.", "We are ready,"], doc.Quotes.Select(q => doc[q.Span]));
        Assert.Equal(new EntityId(1), doc.Quotes[1].Speaker);
    }

    [Fact]
    public void ScareQuotedWordIsNotAQuote()
    {
        var doc = Annotate("The so-called \u201Cvolunteers\u201D crossed the border.");
        Assert.Empty(doc.Quotes);
    }

    [Fact]
    public void PartialQuoteWithPronounCueInside()
    {
        const string text = "Elena Voss spoke on Monday.\n\nThe army, she declared, will \u201Ckeep up the pressure until the attacks stop.\u201D";
        var doc = Annotate(text, Entity(text, 3, EntityType.Person, ["Elena Voss"]));
        var quote = Assert.Single(doc.Quotes);
        Assert.Equal("keep up the pressure until the attacks stop.", doc[quote.Span]);
        Assert.Equal("declared", doc[quote.Cue!.Value]);
        Assert.Equal(new EntityId(3), quote.Speaker);
    }

    [Fact]
    public void ColonEndingAParagraphIntroducesTheNextQuote()
    {
        const string text = "The raid was a new tactic, as Defense Minister Elena Voss told reporters:\n\n"
            + "\u201CWe struck the men who planned the attacks on our bases.\u201D";
        var doc = Annotate(text, Entity(text, 3, EntityType.Person, ["Elena Voss"], "Defense Minister"));
        var quote = Assert.Single(doc.Quotes);
        Assert.Equal("told reporters", doc[quote.Cue!.Value]);
        Assert.Equal(new EntityId(3), quote.Speaker);
    }

    [Fact]
    public void ColonIntroductionWithoutASpeechVerbTakesItsSubject()
    {
        const string text = "Nadir warned of the danger the group still poses:\n\n\u201CThey are regrouping in the hills.\u201D";
        var doc = Annotate(text, Entity(text, 1, EntityType.Person, ["Nadir"]));
        Assert.Equal(new EntityId(1), Assert.Single(doc.Quotes).Speaker);
    }

    [Fact]
    public void RoleNounResolvesToThePersonWithThatTitle()
    {
        const string text = "Army spokesman Omar Nadir spoke first. Voss arrived later.\n\nThe spokesman said the army had lost no soldiers.";
        var doc = Annotate(text,
            Entity(text, 1, EntityType.Person, ["Omar Nadir"], "Army Spokesman"),
            Entity(text, 3, EntityType.Person, ["Voss"], "Defense Minister"));
        var quote = Assert.Single(doc.Quotes);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("the army had lost no soldiers", doc[quote.Span]);
        Assert.Equal(new EntityId(1), quote.Speaker);
    }

    [Fact]
    public void RoleNounNoOneHoldsLeavesTheSpeakerUnknown()
    {
        const string text = "Omar Nadir spoke first.\n\nThe official said the army had lost no soldiers.";
        var doc = Annotate(text, Entity(text, 1, EntityType.Person, ["Omar Nadir"], "Army Spokesman"));
        Assert.Null(Assert.Single(doc.Quotes).Speaker);
    }

    [Fact]
    public void PronounTakesTheMostRecentPerson()
    {
        const string text = "Omar Nadir briefed Colonel Sami Haddad on Tuesday. He said the militia would regroup within weeks.";
        var doc = Annotate(text,
            Entity(text, 1, EntityType.Person, ["Omar Nadir"]),
            Entity(text, 2, EntityType.Person, ["Sami Haddad"]));
        Assert.Equal(new EntityId(2), Assert.Single(doc.Quotes).Speaker);
    }

    [Fact]
    public void PronounPrefersThePreviousSpeakerOverNamesInsideQuotes()
    {
        const string text = "\u201CWe will find Sami Haddad,\u201D said Omar Nadir.\n\n\u201CNo one is beyond our reach,\u201D he said.";
        var doc = Annotate(text,
            Entity(text, 1, EntityType.Person, ["Omar Nadir"]),
            Entity(text, 2, EntityType.Person, ["Sami Haddad"]));
        Assert.Equal(new EntityId(1), Containing(doc, "No one is beyond").Speaker);
    }

    [Fact]
    public void PronounPrefersThePreviousSpeakerOverAnEarlierSubject()
    {
        const string text = "Sami Haddad left Baghdad on Monday.\n\n\u201CThe road is open,\u201D Omar Nadir said. \u201CIt will stay open,\u201D he added.";
        var doc = Annotate(text,
            Entity(text, 1, EntityType.Person, ["Omar Nadir"]),
            Entity(text, 2, EntityType.Person, ["Sami Haddad"]));
        Assert.Equal(new EntityId(1), Containing(doc, "stay open").Speaker);
    }

    [Theory]
    [InlineData("Omar Nadir said that the strike killed two fighters.", "said")]
    [InlineData("Omar Nadir said the strike killed two fighters.", "said")]
    [InlineData("Omar Nadir told reporters that the strike killed two fighters.", "told reporters")]
    [InlineData("Omar Nadir emphasized that the strike killed two fighters.", "emphasized")]
    [InlineData("The strike killed two fighters, Omar Nadir said.", "said")]
    [InlineData("The strike killed two fighters, said Omar Nadir.", "said")]
    [InlineData("According to Omar Nadir, the strike killed two fighters.", "According to")]
    [InlineData("The strike killed two fighters, according to Omar Nadir.", "according to")]
    public void ReportedSpeechHasItsContentCueAndSpeaker(string text, string cue)
    {
        var doc = Annotate(text, Entity(text, 1, EntityType.Person, ["Omar Nadir"]));
        var quote = Assert.Single(doc.Quotes);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("the strike killed two fighters", doc[quote.Span], ignoreCase: true);
        Assert.Equal(cue, doc[quote.Cue!.Value]);
        Assert.Equal(new EntityId(1), quote.Speaker);
    }

    [Theory]
    [InlineData("Nadir emphasized the danger of the group.")]
    [InlineData("The history has been told mainly by word of mouth.")]
    [InlineData("These are the kingdoms that he says are too often neglected.")]
    public void NoReportedSpeechWithoutAContentClause(string text)
    {
        Assert.Empty(Annotate(text).Quotes);
    }

    [Fact]
    public void ReportedSpeechWhoseContentIsADirectQuoteIsNotRepeated()
    {
        const string text = "Nadir said: \u201CThe strike killed two fighters and wounded three.\u201D";
        var doc = Annotate(text, Entity(text, 1, EntityType.Person, ["Nadir"]));
        var quote = Assert.Single(doc.Quotes);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal(new EntityId(1), quote.Speaker);
    }

    [Fact]
    public void SpeakerSetOffByAnAppositionBeforeTheCue()
    {
        const string text = "\u201CWe are ready,\u201D Omar Nadir, a former army commander, told VOA.";
        var doc = Annotate(text, Entity(text, 1, EntityType.Person, ["Omar Nadir"]));
        var quote = Assert.Single(doc.Quotes);
        Assert.Equal("told VOA", doc[quote.Cue!.Value]);
        Assert.Equal(new EntityId(1), quote.Speaker);
    }

    [Fact]
    public void ParticipleSpeaksForTheMainClauseSpeaker()
    {
        const string text = "\u201CWe are ready,\u201D Omar Nadir said, adding that the army would hold the bridge.";
        var doc = Annotate(text, Entity(text, 1, EntityType.Person, ["Omar Nadir"]));
        var reported = Assert.Single(doc.Quotes, q => q.Kind == QuoteKind.Indirect);
        Assert.Equal("the army would hold the bridge", doc[reported.Span]);
        Assert.Equal("adding", doc[reported.Cue!.Value]);
        Assert.Equal(new EntityId(1), reported.Speaker);
    }

    [Fact]
    public void AppealIntroducesAPartialQuote()
    {
        const string text = "Haddad called for a \u201Cswift and complete withdrawal\u201D of the militia.";
        var doc = Annotate(text, Entity(text, 1, EntityType.Person, ["Haddad"]));
        var quote = Assert.Single(doc.Quotes);
        Assert.Equal("called for", doc[quote.Cue!.Value]);
        Assert.Equal(new EntityId(1), quote.Speaker);
    }

    [Fact]
    public void PartialQuoteAfterAScareQuoteDoesNotInheritAnEarlierSpeaker()
    {
        const string text = "Omar Nadir said the talks had failed. Haddad dismissed the offer as \u201Ccynical\u201D and \u201Ca waste of time.\u201D";
        var doc = Annotate(text, Entity(text, 1, EntityType.Person, ["Omar Nadir"]), Entity(text, 2, EntityType.Person, ["Haddad"]));
        Assert.Null(Containing(doc, "a waste of time").Speaker);
    }

    [Fact]
    public void UnsureSpeakerIsLeftUnknown()
    {
        var doc = Annotate("\u201CThe bridge is down,\u201D a witness said.");
        var quote = Assert.Single(doc.Quotes);
        Assert.Equal("said", doc[quote.Cue!.Value]);
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void QuotesAreNumberedInTextOrder()
    {
        var doc = Annotate("\u201CFirst we wait,\u201D he said. Officials said the talks would resume on Friday.");
        Assert.Equal([new QuoteId(1), new QuoteId(2)], doc.Quotes.Select(q => q.Id));
        Assert.True(doc.Quotes[0].Span.Start < doc.Quotes[1].Span.Start);
    }
}
