using Chronicle.Documents;
using Chronicle.Entities;
using Chronicle.Language;

namespace Chronicle.Tests.Entities;

/// <summary>Pronouns that stand for a person or a group join that entity.</summary>
public class PronounTests
{
    private static Document Recognize(string text)
    {
        var resources = SharedResources.Value;
        var doc = new SentenceSplitter().Annotate(TestDocuments.FromText(text));
        return new EntityRecognizer(resources.EntityLexicon, resources.English, resources.Actors, resources.Gazetteer).Annotate(doc);
    }

    // The name of the entity each occurrence of the pronoun joined, or null for one left alone, in text order.
    private static List<string?> Joined(Document doc, string pronoun)
    {
        var joined = new List<string?>();
        for (int at = doc.Text.IndexOf(pronoun, StringComparison.Ordinal); at >= 0; at = doc.Text.IndexOf(pronoun, at + 1, StringComparison.Ordinal))
        {
            bool word = (at == 0 || !char.IsLetter(doc.Text[at - 1])) && (at + pronoun.Length == doc.Text.Length || !char.IsLetter(doc.Text[at + pronoun.Length]));
            if (word)
            {
                var span = new Span(at, at + pronoun.Length);
                joined.Add(doc.Entities.FirstOrDefault(e => e.Mentions.Contains(span))?.Name);
            }
        }

        return joined;
    }

    [Theory]
    [InlineData("“We will keep up the pressure,” said Colonel Dana Pruitt, commander of the Joint Task Force.", "Joint Task Force")]
    [InlineData("“We are reviewing the report,” a NATO spokesperson said on Friday.", "NATO")]
    [InlineData("“We will not negotiate under threat,” said Canadian Foreign Minister Helen Ward. Canada said it would recall its ambassador.", "Canada")]
    public void AQuotedWeJoinsTheGroupItsAttributionNames(string text, string group) =>
        Assert.Equal([group], Joined(Recognize(text), "We"));

    [Fact]
    public void AQuotationThatGoesOnKeepsItsSpeakersGroup()
    {
        var doc = Recognize("“The strikes were lawful,” said Maria Lenz, a spokesperson for the Interior Ministry. “We will publish the findings.”");
        Assert.Equal(["Interior Ministry"], Joined(doc, "We"));
    }

    [Fact]
    public void AStatementIntroducedBeforeItsQuotationKeepsItsSpeakersGroup()
    {
        var doc = Recognize("General Omar Haddad, commander of the Joint Task Force, released the following statement:\n\n\"We mourn the loss of two soldiers.\"");
        Assert.Equal(["Joint Task Force"], Joined(doc, "We"));
    }

    [Fact]
    public void AStatementQuotedParagraphByParagraphKeepsItsSpeakersGroup()
    {
        var doc = Recognize("General Omar Haddad, commander of the Joint Task Force, said on Monday: \"Two soldiers died. They were on patrol near the border.\"\n\n"
            + "\"Their courage will not be forgotten as we continue the mission.\"");
        Assert.Equal(["Joint Task Force"], Joined(doc, "we"));
    }

    [Theory]
    [InlineData("Gunmen from the Liberation Front stopped the bus. “We hid under the seats,” said Tomas Brandt, a passenger.")]
    [InlineData("“We have been abandoned,” Amina Yusuf told Reuters on Monday.")]
    [InlineData("The talks with the Liberation Front stalled, Colonel Ruiz said. “We are ready to wait.”")]
    public void AQuotedWeOfNoNamedGroupIsLeftAlone(string text) =>
        Assert.Equal([null], Joined(Recognize(text), "We"));

    [Fact]
    public void TheyAfterAGroupReportingOnItselfJoinsTheGroup()
    {
        var doc = Recognize("Hezbollah said they had fired rockets at the base. Many said they heard blasts.");
        Assert.Equal(["Hezbollah", null], Joined(doc, "they"));
    }

    [Fact]
    public void TheyAfterAPlaceInAPhraseDoesNotJoinThePlace() =>
        Assert.Equal([null], Joined(Recognize("Security forces in Somalia say they killed six attackers."), "they"));

    [Theory]
    [InlineData("Gunmen attacked a market in Kenya. Kenya sent troops. Somalia said: \"We will help. We will send police. We are ready to act.\" "
        + "Police later arrested three men.", "Kenya")]
    [InlineData("Ankara warned Washington on Monday. Ankara summoned the ambassador. Turkey's foreign minister Ali Demir said: \"If Washington "
        + "turns toward us with sanctions, we will retaliate.\" Police later arrested three men.", "Ankara")]
    public void APronounDoesNotMakeItsCountryTheArticlesFocus(string text, string focus)
    {
        var doc = PipelineDocuments.Extract(text, new DateOnly(2025, 3, 14));
        Assert.Equal(focus, doc.Events.Last(e => e.Type == EventType.Coerce).Location!.Name);
    }
}
