using Chronicle.Documents;
using Chronicle.Entities;
using Chronicle.Language;
using Chronicle.Places;

namespace Chronicle.Tests.Entities;

public class EntityRecognizerTests
{
    private static Document Recognize(string text)
    {
        var resources = SharedResources.Value;
        var doc = new SentenceSplitter().Annotate(TestDocuments.FromText(text));
        doc = new EntityRecognizer(resources.EntityLexicon, resources.English, resources.Actors, resources.Gazetteer).Annotate(doc);
        return new PlaceResolver(resources.Gazetteer).Annotate(doc);
    }

    private static Entity Named(Document doc, string name) =>
        doc.Entities.Single(e => e.Name == name || e.Aliases.Contains(name));

    [Fact]
    public void MergesAnAliasIntroducedByAlsoKnownAs()
    {
        var doc = Recognize("Police named the suspect as Salim Nasser Qasim al Harbi, also known as Abu Hamza. Abu Hamza fled.");
        var person = Named(doc, "Abu Hamza");
        Assert.Equal("Salim Nasser Qasim al Harbi", person.Name);
        Assert.Equal(EntityType.Person, person.Type);
        Assert.Equal(3, person.Mentions.Length);
    }

    [Fact]
    public void MergesAKaAlias()
    {
        var doc = Recognize("Troops captured Omar Faris Daud, a.k.a Abu Saif, near the border.");
        Assert.Equal("Omar Faris Daud", Named(doc, "Abu Saif").Name);
    }

    [Theory]
    [InlineData("A fighter of the LAB [Liwa al-Bahr] was killed. Liwa al-Bahr denied it.")]
    [InlineData("A fighter of Liwa al-Bahr (LAB) was killed. The LAB denied it.")]
    public void MergesAnAcronymInBracketsEitherWay(string text)
    {
        var doc = Recognize(text);
        var group = Named(doc, "LAB");
        Assert.Equal("Liwa al-Bahr", group.Name);
        Assert.Equal(EntityType.Org, group.Type);
        Assert.Equal(3, group.Mentions.Length);
    }

    [Fact]
    public void KeepsTitlesApartAndMergesTitleWithSurname()
    {
        var doc = Recognize("Navy Spokesperson Rear Admiral Elena Ruiz spoke on Monday. \"We are ready,\" said Admiral Ruiz.");
        var ruiz = Named(doc, "Elena Ruiz");
        Assert.Equal(EntityType.Person, ruiz.Type);
        Assert.Contains("Navy Spokesperson", ruiz.Titles);
        Assert.Contains("Admiral Ruiz", ruiz.Aliases);
        Assert.Equal(2, ruiz.Mentions.Length);
    }

    [Fact]
    public void NationalityAndCollectiveNounMakeAnActorWithCountryAndSector()
    {
        var doc = Recognize("Iraqi officials said U.S. forces were attacked by Iran-backed militias.");
        var officials = Named(doc, "Iraqi officials");
        Assert.Equal(("IRQ", Sector.Gov), (officials.Country, officials.Sector));
        var forces = Named(doc, "U.S. forces");
        Assert.Equal(("USA", Sector.Mil), (forces.Country, forces.Sector));
        var militias = Named(doc, "Iran-backed militias");
        Assert.Equal(("IRN", Sector.Reb), (militias.Country, militias.Sector));
    }

    [Fact]
    public void KnownActorsCarryTheirCountryAndMergeTheirAliases()
    {
        var doc = Recognize("The Pentagon said ISIS was weakened. The Islamic State did not respond.");
        Assert.Equal("USA", Named(doc, "Pentagon").Country);
        var isis = Named(doc, "ISIS");
        Assert.Contains("Islamic State", isis.Aliases.Append(isis.Name));
    }

    [Fact]
    public void HeadlineCaseDoesNotMakeNamesOfCommonWords()
    {
        const string title = "Navy Drone Strike Kills Militia Commander in Yemen";
        var text = title + "\n\nIt happened overnight.";
        var article = TestDocuments.FromText(text).Article with
        {
            Sections = [new Section(SectionKind.Title, new Span(0, title.Length)), new Section(SectionKind.Body, new Span(title.Length + 2, text.Length))],
        };
        var resources = SharedResources.Value;
        var doc = new SentenceSplitter().Annotate(Document.FromArticle(article));
        doc = new EntityRecognizer(resources.EntityLexicon, resources.English, resources.Actors, resources.Gazetteer).Annotate(doc);
        Assert.Equal(["Yemen"], doc.Entities.Select(e => e.Name));
    }

    [Fact]
    public void SentenceInitialCommonWordIsNotPartOfAName()
    {
        var doc = Recognize("Yesterday Joseph Mwangi spoke.");
        Assert.Equal("Joseph Mwangi", Assert.Single(doc.Entities).Name);
    }

    [Fact]
    public void ResolvesPlacesOnTheGazetteer()
    {
        var doc = Recognize("A car bomb exploded in Baghdad, the capital of Iraq.");
        var baghdad = Named(doc, "Baghdad").Place!;
        Assert.Equal(98182, baghdad.GeonameId);
        Assert.Equal("IRQ", baghdad.Country);
        Assert.Equal(PlacePrecision.City, baghdad.Precision);
        Assert.Equal(PlacePrecision.Country, Named(doc, "Iraq").Place!.Precision);
    }

    [Fact]
    public void CountryAliasesAreOneEntity()
    {
        var doc = Recognize("The United States said the U.S. would stay.");
        var usa = Named(doc, "United States");
        Assert.Contains("U.S.", doc.Entities.SelectMany(e => e.Aliases.Append(e.Name)));
        Assert.Equal("USA", usa.Country);
    }

    [Fact]
    public void ABareCollectiveNounIsTheGroupNamedBeforeWithTheSameNoun()
    {
        var doc = Recognize("Iraqi officials confirmed the raid. The officials also arrested seven men.");
        var officials = Named(doc, "Iraqi officials");
        Assert.Equal(2, officials.Mentions.Length);
        Assert.Equal("IRQ", officials.Country);
    }

    [Fact]
    public void ABareCollectiveNounIsTheOrganisationNamedBeforeWithTheSameNoun()
    {
        var doc = Recognize("NATO ministers met in Oslo on Friday. The ministers said in a statement that talks would go on.");
        var ministers = Assert.Single(doc.Entities, e => e.Mentions.Any(m => doc.Text[m.Start..m.End] == "ministers"));
        Assert.Contains(ministers.Mentions, m => doc.Text[m.Start..m.End] == "NATO ministers");
    }
}
