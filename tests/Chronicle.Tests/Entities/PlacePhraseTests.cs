using Chronicle.Documents;
using Chronicle.Entities;
using Chronicle.Language;
using Chronicle.Places;

namespace Chronicle.Tests.Entities;

/// <summary>Phrases that name a place through another ("the Syrian town of Dabiq", "the northern part of the country"): one
/// place mention, with no separate mention of the name inside it.</summary>
public class PlacePhraseTests
{
    private static Document Recognize(string text)
    {
        var resources = SharedResources.Value;
        var doc = new SentenceSplitter().Annotate(TestDocuments.FromText(text));
        doc = new EntityRecognizer(resources.EntityLexicon, resources.English, resources.Actors, resources.Gazetteer).Annotate(doc);
        return new PlaceResolver(resources.Gazetteer).Annotate(doc);
    }

    private static List<string> PlaceTexts(Document doc) =>
        [.. doc.Entities.Where(e => e.Type is EntityType.Gpe or EntityType.Loc).SelectMany(e => e.Mentions.Select(m => doc[m])).Order(StringComparer.Ordinal)];

    [Theory]
    [InlineData("Troops shelled the Syrian town of Dabiq on Monday.", "Syrian town of Dabiq")]
    [InlineData("Smoke rose over the Iraqi city of Mosul at dawn.", "Iraqi city of Mosul")]
    [InlineData("Aid reached the village of Qasr al-Din on Friday.", "village of Qasr al-Din")]
    public void APlaceNounAndOfANameAreOnePlaceWithTheNationalityBeforeThem(string text, string phrase)
    {
        var doc = Recognize(text);
        Assert.Equal([phrase], PlaceTexts(doc));
        Assert.DoesNotContain(doc.Entities, e => e.Type == EntityType.Norp);
    }

    [Fact]
    public void AKnownPlaceNamedByAPhraseKeepsItsName()
    {
        var doc = Recognize("Shelling hit the Iraqi city of Mosul overnight.");
        var mosul = doc.Entities.Single(e => e.Type is EntityType.Gpe);
        Assert.Equal("Mosul", mosul.Name);
        Assert.Equal("IRQ", mosul.Place?.Country);
    }

    [Theory]
    [InlineData("Rebels hold the northern part of the country.", "northern part of the country")]
    [InlineData("Fighting spread to other parts of Anbar Province last week.", "other parts of Anbar Province")]
    [InlineData("A soldier was wounded in the vicinity of Kirkuk on Sunday.", "vicinity of Kirkuk")]
    [InlineData("Gunmen attacked a checkpoint on the outskirts of Baghdad.", "outskirts of Baghdad")]
    public void APartOfAPlaceIsOnePlace(string text, string phrase) =>
        Assert.Contains(phrase, PlaceTexts(Recognize(text)));

    [Theory]
    [InlineData("The hills were part of the frontier region for centuries.")]
    [InlineData("Both sides accepted parts of the Doha agreement.")]
    public void PartOfAsMembershipOrBeforeANounIsNoPlacePhrase(string text) =>
        Assert.DoesNotContain(PlaceTexts(Recognize(text)), t => t.StartsWith("part", StringComparison.Ordinal));

    [Fact]
    public void ANamedDistrictOfACityIsOnePlaceThatTheCityPlaces()
    {
        var doc = Recognize("A car bomb exploded in the Doura district of Baghdad on Monday.");
        Assert.Equal(["Doura district of Baghdad"], PlaceTexts(doc));
        Assert.Equal("IRQ", doc.Entities.Single(e => e.Type is EntityType.Gpe or EntityType.Loc).Place?.Country);
    }

    [Fact]
    public void TheTownsOfANameListPlacesEachItsOwn()
    {
        var doc = Recognize("Blasts struck the towns of Homs and Hama.");
        Assert.Contains("Homs", PlaceTexts(doc));
    }

    [Fact]
    public void ADirectionBeforeANamedRegionIsPartOfItsMention() =>
        Assert.Contains("northern Salah ad Din Province", PlaceTexts(Recognize("Troops advanced into northern Salah ad Din Province.")));

    [Fact]
    public void ACityKeepsItsOwnNameAfterADirection() =>
        Assert.Contains("Baghdad", PlaceTexts(Recognize("A car bomb exploded in eastern Baghdad.")));

    [Fact]
    public void ACountryWithADirectionIsAPlaceNotAnActor()
    {
        var doc = Recognize("The attack took place in Urem al-Kubra, northern Syria, on Monday. Militants attacked northern Iraq.");
        Assert.Contains("Urem al-Kubra, northern Syria", PlaceTexts(doc));
        Assert.Empty(doc.Entities.Single(e => e.Name == "Iraq").ActorMentions);
    }

    [Theory]
    [InlineData("Marines cleared rebel-held Zawiyat al-Gharb within days.", "rebel-held Zawiyat al-Gharb")]
    [InlineData("Troops entered insurgent-held Khirbat on Monday.", "insurgent-held Khirbat")]
    [InlineData("The ridge divides Arabic-speaking Iraq from the north.", "Arabic-speaking Iraq")]
    public void WhoHoldsTheLandIsPartOfThePlaceMention(string text, string phrase) =>
        Assert.Contains(phrase, PlaceTexts(Recognize(text)));

    [Fact]
    public void ACountryNamedWithWhoSpeaksThereIsAPlace()
    {
        var doc = Recognize("Kurdish-speaking Iraq voted first.");
        Assert.Empty(doc.Entities.Single(e => e.Name == "Iraq").ActorMentions);
    }

    [Fact]
    public void TheLaterNamesOfAListAfterAPrepositionOfPlaceArePlaces()
    {
        var doc = Recognize("The attacks in Khirbat, Umm Rasas and Tell Hamdan killed dozens.");
        Assert.Equal(["Khirbat", "Tell Hamdan", "Umm Rasas"], PlaceTexts(doc));
    }

    [Theory]
    [InlineData("In Kabul, Mahmoud Rasuli said the road was closed.", "Mahmoud Rasuli")]
    [InlineData("Talks began in Doha in March with the Quadrilateral Forum, or Quorra, present.", "Quorra")]
    public void ANameAfterACommaOrAnAliasIsNoPlaceOfTheList(string text, string name) =>
        Assert.DoesNotContain(name, PlaceTexts(Recognize(text)));

    [Fact]
    public void CountriesThatActAreAnOrganisationAndCountriesWhereThingsHappenAPlace()
    {
        var doc = Recognize("Both countries agreed to resume talks. Fighting spread across the North African country. "
            + "The country is grappling with floods, and aid workers in the country say roads are cut.");
        var types = doc.Entities.SelectMany(e => e.Mentions.Select(m => (Text: doc[m], e.Type))).ToList();
        Assert.Contains(("Both countries", EntityType.Org), types);
        Assert.Contains(("country", EntityType.Org), types);
        Assert.Equal(2, types.Count(t => t == ("country", EntityType.Loc)));
    }

    [Theory]
    [InlineData("Two strikes destroyed a VBIED facility near the river.", "VBIED facility")]
    [InlineData("Militants retreated into the tunnels under the old town.", "tunnels")]
    [InlineData("Soldiers manned a checkpoint on the highway.", "checkpoint")]
    public void AMilitaryInstallationIsAPlace(string text, string place) =>
        Assert.Contains(place, PlaceTexts(Recognize(text)));

    [Theory]
    [InlineData("Officials said air strikes disabled two bridges last week.", "two bridges")]
    [InlineData("Militias struck three warehouses near the port.", "three warehouses")]
    [InlineData("Heavy rains affecting several districts forced families out.", "several districts")]
    [InlineData("The governments will close borders on Monday.", "borders")]
    [InlineData("Gunmen targeted bus stations in the north.", "bus stations")]
    [InlineData("Police blamed the bombs that hit two bus stations on Friday.", "two bus stations")]
    [InlineData("Police blamed the bombs that targeted markets on Friday.", "markets")]
    public void AVerbBeforeAPlaceIsNotPartOfIt(string text, string place)
    {
        var places = PlaceTexts(Recognize(text));
        Assert.Contains(place, places);
        Assert.DoesNotContain(places, p => p.EndsWith(place, StringComparison.Ordinal) && p != place);
    }

    [Theory]
    [InlineData("Gunmen attacked a military barracks near the border on Tuesday.", "military barracks")]
    [InlineData("Rebels overran an army checkpoint outside the town.", "army checkpoint")]
    public void AGroupNounBeforeAPlaceNounIsItsModifier(string text, string place)
    {
        var doc = Recognize(text);
        Assert.Contains(place, PlaceTexts(doc));
        Assert.DoesNotContain(doc.Entities, e => e.Type == EntityType.Org && e.Mentions.Any(m => place.StartsWith(doc[m], StringComparison.Ordinal)));
    }

    [Fact]
    public void ADescribedOwnerOfADescribedPlaceBelongsToIt()
    {
        var doc = Recognize("Troops surrounded Mosul, the country's second-largest city, on Monday.");
        Assert.Contains("country's second-largest city", PlaceTexts(doc));
        Assert.DoesNotContain("country", PlaceTexts(doc));
    }

    [Fact]
    public void ANamedOwnerOfAPlaceStaysItsOwnMention()
    {
        var doc = Recognize("Fighters fled Iraq's western desert last year.");
        Assert.Contains("Iraq", PlaceTexts(doc));
    }

    [Fact]
    public void WhoSpeaksInALandIsNoMentionBesideIt()
    {
        var doc = Recognize("The ridge lies between Arabic-speaking Iraq and the mountains.");
        Assert.DoesNotContain(doc.Entities, e => e.Mentions.Any(m => doc[m] == "Arabic-speaking"));
    }

    [Theory]
    [InlineData("Aid convoys to besieged areas were blocked again.", "besieged areas")]
    [InlineData("They discussed the stabilization of liberated areas.", "liberated areas")]
    public void AParticipleAfterAPrepositionBelongsToThePlace(string text, string place) =>
        Assert.Contains(place, PlaceTexts(Recognize(text)));

    [Fact]
    public void AParticipleThatIsTheVerbStaysOutOfThePlace() =>
        Assert.DoesNotContain("destroyed buildings", PlaceTexts(Recognize("The strikes destroyed buildings near the river.")));

    [Fact]
    public void APlaceNounInIngWithAnObjectIsAVerb() =>
        Assert.DoesNotContain("building", PlaceTexts(Recognize("Leaders met in the interest of building a new Syria.")));

    [Fact]
    public void ThePluralOfAPlaceNounNamesPlaces()
    {
        var lexicon = SharedResources.Value.EntityLexicon;
        Assert.Equal(EntityType.Loc, lexicon.DescriptionType("bridge"));
        Assert.Equal(EntityType.Loc, lexicon.DescriptionType("bridges"));
        Assert.NotEqual(EntityType.Loc, lexicon.DescriptionType("agencies"));
    }
}
