using Chronicle.Documents;
using Chronicle.Entities;
using Chronicle.Language;
using Chronicle.Places;

namespace Chronicle.Tests.Entities;

/// <summary>Countries as actors or places, "Place, Region" pairs, pronouns, descriptions and groups of a nationality.</summary>
public class MentionRoleTests
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

    private static List<string> Texts(Document doc, IEnumerable<Span> spans) => [.. spans.Select(s => doc[s])];

    [Fact]
    public void ACountryThatActsIsAnActorMentionAndOneAfterInIsAPlace()
    {
        var doc = Recognize("France said it would send more jets to Syria. Fighting in France was not expected.");
        var france = Named(doc, "France");
        Assert.Equal(2, france.Mentions.Length);
        Assert.Equal([france.Mentions[0]], france.ActorMentions.ToArray());
        Assert.Empty(Named(doc, "Syria").ActorMentions);
    }

    [Theory]
    [InlineData("Airstrikes hit targets in both Iraq and Syria on Monday.", 0)]
    [InlineData("Canada, Denmark and the Netherlands have sent aircraft.", 3)]
    public void ANameInAListTakesTheRoleOfTheFirst(string text, int actors)
    {
        var doc = Recognize(text);
        var countries = doc.Entities.Where(e => e.Type == EntityType.Gpe).ToList();
        Assert.True(countries.Count >= 2);
        Assert.Equal(actors, countries.Sum(c => c.ActorMentions.Length));
    }

    [Theory]
    [InlineData("The convoy left Woodbridge, Virginia, on Friday.", "Woodbridge", "USA")]
    [InlineData("Rockets struck Tripoli, Lebanon, overnight.", "Tripoli", "LBN")]
    public void APlaceAndItsRegionAfterACommaAreOneMentionResolvedInThatRegion(string text, string name, string country)
    {
        var doc = Recognize(text);
        var place = Named(doc, name);
        Assert.Equal([$"{name}, {doc.Text.Split(name + ", ")[1].Split(',')[0]}"], Texts(doc, place.Mentions));
        Assert.Equal(country, place.Place?.Country);
        Assert.DoesNotContain(doc.Entities, e => e.Place?.Precision == PlacePrecision.Country);
    }

    [Fact]
    public void PronounsJoinThePersonOrGroupTheyStandFor()
    {
        var doc = Recognize("Pentagon Press Secretary Peter Cook spoke to reporters. He said the strike was lawful. "
            + "The Defense Department said we will keep working with the US and its partners.");
        Assert.Contains("He", Texts(doc, Named(doc, "Peter Cook").Mentions));
        var pronouns = doc.Entities.SelectMany(e => Texts(doc, e.Mentions)).Where(t => t is "we" or "US" or "us").ToList();
        Assert.Contains("we", pronouns);
        Assert.DoesNotContain(doc.Entities, e => e.Type != EntityType.Gpe && Texts(doc, e.Mentions).Contains("US"));
    }

    [Fact]
    public void TheNumeralOfANameIsNotThePronounI()
    {
        var doc = Recognize("Veterans of World War I met Charles Keating on Monday.");
        Assert.DoesNotContain(doc.Entities, e => Texts(doc, e.Mentions).Contains("I"));
    }

    [Fact]
    public void DescriptionsOfPlacesAndGroupsAreMentions()
    {
        var doc = Recognize("Residents of Mosul fled the city after gunmen killed 11 people near two bridges.");
        var texts = doc.Entities.SelectMany(e => e.Mentions.Select(m => (doc[m], e.Type))).ToList();
        Assert.Contains(("Residents of Mosul", EntityType.Org), texts);
        Assert.Contains(("city", EntityType.Loc), texts);
        Assert.Contains(("11 people", EntityType.Org), texts);
        Assert.Contains(("Mosul", EntityType.Gpe), texts);
        Assert.DoesNotContain(texts, t => t.Item1.StartsWith("killed", StringComparison.Ordinal));
    }

    [Fact]
    public void APluralNationalityIsAGroupOfThatCountry()
    {
        var doc = Recognize("Many Syrians returned, a Syrian official said.");
        var syrians = Named(doc, "Syrians");
        Assert.Equal((EntityType.Org, "SYR"), (syrians.Type, syrians.Country));
        var official = Named(doc, "Syrian official");
        Assert.Equal((EntityType.Person, "SYR"), (official.Type, official.Country));
    }

    [Fact]
    public void ATitleAloneIsThePersonWhoHoldsIt()
    {
        var doc = Recognize("Foreign Secretary Philip Hammond visited Baghdad. Later the Foreign Secretary met the Prime Minister.");
        var hammond = Named(doc, "Philip Hammond");
        Assert.Contains("Foreign Secretary", Texts(doc, hammond.Mentions));
        var minister = Named(doc, "Prime Minister");
        Assert.Equal(EntityType.Person, minister.Type);
    }

    [Fact]
    public void ACountryBeforeTitlesIsPartOfThePersonsMention()
    {
        var doc = Recognize("U.S. Secretary of State John Kerry arrived on Monday.");
        var kerry = doc.Entities.Single(e => e.Type == EntityType.Person);
        Assert.Equal(["U.S. Secretary of State John Kerry"], Texts(doc, kerry.Mentions));
        Assert.Equal("USA", kerry.Country);
    }

    [Fact]
    public void TheyIsTheLatestGroupNamedBefore()
    {
        var doc = Recognize("Hezbollah fighters crossed the border. They attacked a checkpoint.");
        Assert.Contains(doc.Entities, e => e.Type == EntityType.Org && Texts(doc, e.Mentions).Contains("They"));
    }

    [Theory]
    [InlineData("The minister called on all parties to talk.", "all parties")]
    [InlineData("Engineers inspected this location twice.", "this location")]
    public void AQuantifierOrDemonstrativeOpensADescription(string text, string description)
    {
        var doc = Recognize(text);
        Assert.Contains(description, doc.Entities.SelectMany(e => Texts(doc, e.Mentions)));
    }

    [Fact]
    public void AKnownOrganisationRunsOverTheNounForItsMembers()
    {
        var doc = Recognize("Witnesses said Hezbollah special forces struck the depot.");
        Assert.Equal(["Hezbollah special forces"], Texts(doc, Named(doc, "Hezbollah").Mentions));
    }

    [Fact]
    public void ADirectionBeforeAPlaceIsPartOfItsMention()
    {
        var doc = Recognize("Fighting spread across northern Iraq and into Syria.");
        var iraq = Named(doc, "Iraq");
        Assert.Equal(["northern Iraq"], Texts(doc, iraq.Mentions));
        Assert.Equal("IRQ", iraq.Place?.Country);
    }

    [Fact]
    public void ANamedShipIsNotAPerson()
    {
        var doc = Recognize("The destroyer USS Mahan sailed with HMS Daring.");
        Assert.DoesNotContain(doc.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void AnUnknownNameWithAUnitWordIsAnOrganisation()
    {
        var doc = Recognize("A statement from the Ninewa Operations Command said the Air Reserve Squadron had left.");
        Assert.All(doc.Entities.Where(e => e.Name.Contains("Command", StringComparison.Ordinal) || e.Name.Contains("Squadron", StringComparison.Ordinal)),
            e => Assert.Equal(EntityType.Org, e.Type));
        Assert.Equal(2, doc.Entities.Count(e => e.Type == EntityType.Org));
    }

    [Fact]
    public void AnUnknownNameAfterAPrepositionOfPlaceIsAPlace()
    {
        var doc = Recognize("Fighting continued in Qurtaba on Monday. Qurtaba's mayor fled.");
        Assert.Equal(EntityType.Loc, Named(doc, "Qurtaba").Type);
    }

    [Fact]
    public void AReligiousOrEthnicGroupWordIsANationality()
    {
        var doc = Recognize("Yazidi shrines were destroyed as Sunni militants advanced.");
        Assert.Equal(EntityType.Norp, Named(doc, "Yazidi").Type);
        Assert.Null(Named(doc, "Yazidi").Country);
    }

    [Fact]
    public void TheyInsideASentenceAndWeInsideAQuotationAreLeftAlone()
    {
        var doc = Recognize("ISIS fighters fled. \"We will protect our forces if they are threatened,\" General Ryder said.");
        var mentions = doc.Entities.SelectMany(e => Texts(doc, e.Mentions)).ToList();
        Assert.DoesNotContain("they", mentions);
        Assert.DoesNotContain("We", mentions);
    }

    [Theory]
    [InlineData("The strike hit a site at 33.783°N 44.500°E on Friday.", "33.783°N 44.500°E")]
    [InlineData("The strike hit a site at 33°47′N 44°30′E on Friday.", "33°47′N 44°30′E")]
    [InlineData("Coordinates: 33.783; 44.500 (the depot).", "33.783; 44.500")]
    public void WrittenCoordinatesAreAPlace(string text, string coordinates)
    {
        var doc = Recognize(text);
        Assert.Equal(EntityType.Loc, Named(doc, coordinates).Type);
    }

    [Fact]
    public void ACountryAfterAPrepositionOfPlaceIsNotPartOfTheNextPersonsTitles()
    {
        var doc = Recognize("After talks in Jordan Foreign Minister Ayman Safadi spoke to reporters.");
        var safadi = doc.Entities.Single(e => e.Type == EntityType.Person);
        Assert.Equal(["Foreign Minister Ayman Safadi"], Texts(doc, safadi.Mentions));
        Assert.Equal(EntityType.Gpe, Named(doc, "Jordan").Type);
    }

    [Fact]
    public void ACountryStandingAloneAsAHeadingIsAPlace()
    {
        var doc = Recognize("Jets struck two bunkers. Yemen . Near Marib, one strike hit a depot.");
        Assert.Empty(Named(doc, "Yemen").ActorMentions);
    }

    [Theory]
    [InlineData("They hope for a peaceful and democratic Sudan.")]
    [InlineData("The minister is visiting Chad next week.")]
    [InlineData("The mountains stretch through French-speaking Belgium.")]
    public void ACountryAfterAnAdjectiveOrAVerbOfPlaceIsAPlace(string text)
    {
        var doc = Recognize(text);
        Assert.Empty(doc.Entities.Single(e => e.Type == EntityType.Gpe).ActorMentions);
    }

    [Fact]
    public void ACountryModifyingANounAfterAnAdjectiveStillActs()
    {
        var doc = Recognize("They praised the enduring Kenya commitment to the mission.");
        Assert.Single(doc.Entities.Single(e => e.Type == EntityType.Gpe).ActorMentions);
    }
}
