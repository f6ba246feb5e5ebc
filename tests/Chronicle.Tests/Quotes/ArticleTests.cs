using Chronicle.Documents;
using static Chronicle.Tests.Quotes.QuoteDocuments;

namespace Chronicle.Tests.Quotes;

/// <summary>One made-up wire story that has every quoting phenomenon the quote finder must handle.</summary>
public class ArticleTests
{
    private const string Text = """
        Army Strikes Militia Depot Near Mosul

        Army Spokesman Omar Nadir said the strike began before dawn on Monday.

        "We hit the depot with precision," said General Nadir. "Nobody inside survived."

        The operation followed weeks of rocket fire, as Defense Minister Elena Voss told lawmakers:

        “The first wave destroyed the depot.

        “The second wave struck the launch sites an hour later.

        “No civilians were in the area.”

        The army, she declared, will “keep up the pressure until the attacks stop.”

        Nadir briefed Colonel Sami Haddad on Tuesday. He said the militia would regroup within weeks.

        The spokesman said the army had lost no soldiers.

        A militia statement called the raid "a crime and promised revenge.

        The ministry said the roads to Mosul would reopen on Wednesday.
        """;

    private static readonly Document Doc = Annotate(
        Text,
        Entity(Text, 1, EntityType.Person, ["Omar Nadir", "General Nadir", "Nadir"], "Army Spokesman"),
        Entity(Text, 2, EntityType.Person, ["Elena Voss"], "Defense Minister"),
        Entity(Text, 3, EntityType.Person, ["Sami Haddad"], "Colonel"),
        Entity(Text, 4, EntityType.Org, ["ministry"]),
        Entity(Text, 5, EntityType.Gpe, ["Mosul"]));

    private static readonly EntityId Nadir = new(1);
    private static readonly EntityId Voss = new(2);
    private static readonly EntityId Haddad = new(3);

    [Fact]
    public void FindsEveryQuoteOnce()
    {
        Assert.Equal(
            [
                (QuoteKind.Indirect, "the strike began before dawn on Monday"),
                (QuoteKind.Direct, "We hit the depot with precision,"),
                (QuoteKind.Direct, "Nobody inside survived."),
                (QuoteKind.Direct, "The first wave destroyed the depot.\n\n\u201CThe second wave struck the launch sites an hour later.\n\n\u201CNo civilians were in the area."),
                (QuoteKind.Direct, "keep up the pressure until the attacks stop."),
                (QuoteKind.Indirect, "the militia would regroup within weeks"),
                (QuoteKind.Indirect, "the army had lost no soldiers"),
                (QuoteKind.Direct, "a crime and promised revenge."),
                (QuoteKind.Indirect, "the roads to Mosul would reopen on Wednesday"),
            ],
            Doc.Quotes.Select(q => (q.Kind, Doc[q.Span])));
    }

    [Fact]
    public void AttributesEachQuote()
    {
        Assert.Equal(
            [Nadir, Nadir, Nadir, Voss, Voss, Haddad, Nadir, null, new EntityId(4)],
            Doc.Quotes.Select(q => q.Speaker));
    }

    [Fact]
    public void CuesAreTheSpeechVerbs()
    {
        Assert.Equal(
            ["said", "said", "said", "told lawmakers", "declared", "said", "said", null, "said"],
            Doc.Quotes.Select(q => q.Cue is { } cue ? Doc[cue] : null));
    }
}
