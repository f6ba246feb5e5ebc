using Chronicle.Documents;
using Chronicle.Entities;
using Chronicle.Language;

namespace Chronicle.Tests.Entities;

/// <summary>Which words a mention covers and what type an unknown name gets.</summary>
public class MentionSpanTests
{
    private static Document Recognize(string text)
    {
        var resources = SharedResources.Value;
        var doc = new SentenceSplitter().Annotate(TestDocuments.FromText(text));
        return new EntityRecognizer(resources.EntityLexicon, resources.English, resources.Actors, resources.Gazetteer).Annotate(doc);
    }

    private static List<(EntityType Type, string Text)> Mentions(Document doc) =>
        [.. doc.Entities.SelectMany(e => e.Mentions.Select(m => (e.Type, doc[m]))).OrderBy(m => m.Item2, StringComparer.Ordinal)];

    [Fact]
    public void APlaceBeforeBasedIsAPlaceAndNoPartOfTheNameAfterIt()
    {
        var doc = Recognize("The Geneva-based Norwegian Refugee Council said aid had stopped.");
        Assert.Contains((EntityType.Gpe, "Geneva"), Mentions(doc));
        Assert.DoesNotContain(Mentions(doc), m => m.Text.Contains("-based", StringComparison.Ordinal));
    }

    [Fact]
    public void PersonMentionCoversTitlesAndTheNationalityBeforeThem()
    {
        var doc = Recognize("Yesterday the Foreign Secretary met Russian Foreign Minister Sergei Lavrov in New York.");
        var lavrov = doc.Entities.Single(e => e.Name == "Sergei Lavrov");
        Assert.Equal("Russian Foreign Minister Sergei Lavrov", doc[lavrov.Mentions[0]]);
        Assert.Equal("RUS", lavrov.Country);
        Assert.DoesNotContain(doc.Entities, e => e.Type == EntityType.Norp);
    }

    [Fact]
    public void OrganisationBeforeATitleIsPartOfThePersonsMentionAndTitles()
    {
        var doc = Recognize("Pentagon Spokesperson Brigadier General Patrick Ryder spoke. General Ryder left.");
        var ryder = doc.Entities.Single(e => e.Name == "Patrick Ryder");
        Assert.Equal(["Pentagon Spokesperson Brigadier General Patrick Ryder", "General Ryder"], ryder.Mentions.Select(m => doc[m]));
        Assert.Contains("Pentagon Spokesperson", ryder.Titles);
        Assert.Equal("USA", ryder.Country);
    }

    [Fact]
    public void ANameAtTheEndOfAHeadingLineIsNotATitlesOwner()
    {
        var doc = Recognize("Support for the fight against Hamas\n\nMinister Ellwood said the talks would go on.");
        Assert.Contains((EntityType.Org, "Hamas"), Mentions(doc));
        Assert.Contains((EntityType.Person, "Minister Ellwood"), Mentions(doc));
    }

    [Theory]
    [InlineData("Engineers inspected Tabqa Dam on Friday.", EntityType.Fac, "Tabqa Dam")]
    [InlineData("Shelling hit Wadi Barada again.", EntityType.Loc, "Wadi Barada")]
    [InlineData("Residents fled towards Mount Sinjar.", EntityType.Loc, "Mount Sinjar")]
    public void PlaceWordsMakeAnUnknownNameAPlace(string text, EntityType type, string name) =>
        Assert.Contains((type, name), Mentions(Recognize(text)));

    [Fact]
    public void OperationNamesAreNotPeople()
    {
        var doc = Recognize("The strikes were part of Operation Inherent Resolve, officials said.");
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains("Inherent", StringComparison.Ordinal));
    }

    [Fact]
    public void GroupRunsToTheLastCollectiveNoun()
    {
        var doc = Recognize("Coalition aircraft supported Iraqi security forces near the city.");
        var group = doc.Entities.Single(e => e.Name == "Iraqi security forces");
        Assert.Equal(("IRQ", Sector.Mil), (group.Country, group.Sector));
    }

    [Fact]
    public void OrganisationOfACountryIsOneOrganisation()
    {
        var doc = Recognize("We welcome the steps taken by the Government of Iraq this week.");
        var government = doc.Entities.Single(e => e.Name == "Government of Iraq");
        Assert.Equal((EntityType.Org, "IRQ"), (government.Type, government.Country));
        Assert.DoesNotContain(doc.Entities, e => e.Type == EntityType.Gpe);
    }

    [Fact]
    public void KnownNameRunsOverALowerCaseWord()
    {
        var doc = Recognize("Fighters of the Islamic State of Iraq and the Levant withdrew. ISIL denied it.");
        var isil = doc.Entities.Single(e => e.Aliases.Contains("ISIL") || e.Name == "ISIL");
        Assert.Contains(isil.Mentions, m => doc[m] == "Islamic State of Iraq and the Levant");
    }

    [Theory]
    [InlineData("Minister for the Middle East Maria Hollins spoke.", "Minister for the Middle East Maria Hollins")]
    [InlineData("Minister for Foreign Affairs Julie Bishop met him.", "Minister for Foreign Affairs Julie Bishop")]
    [InlineData("He met the Minister of Foreign Affairs of Kenya on Monday.", "Minister of Foreign Affairs of Kenya")]
    [InlineData("Dr. Omar Haddad, Acting Director of the Office of Museums, spoke.", "Acting Director of the Office of Museums")]
    public void TitleMentionTakesItsPortfolioAfterForOrOf(string text, string mention)
    {
        var doc = Recognize(text);
        Assert.Contains(doc.Entities, e => e.Type == EntityType.Person && e.Mentions.Any(m => doc[m] == mention));
        Assert.DoesNotContain(doc.Entities, e => e.Type != EntityType.Person);
    }

    [Theory]
    [InlineData("The Kenyan Wildlife Society opened a branch.", "Kenyan Wildlife Society", "KEN")]
    [InlineData("The Peru Ministry of Culture approved it.", "Peru Ministry of Culture", "PER")]
    [InlineData("The Regional Chile Support Group met on Monday.", "Regional Chile Support Group", "CHL")]
    public void ACountryOrNationalityBeforeAnOrganisationNameIsPartOfIt(string text, string name, string country)
    {
        var doc = Recognize(text);
        var organisation = doc.Entities.Single(e => e.Name == name);
        Assert.Equal((EntityType.Org, country), (organisation.Type, organisation.Country));
        Assert.DoesNotContain(doc.Entities, e => e.Type is EntityType.Gpe or EntityType.Norp);
    }

    [Fact]
    public void ADatelineInCapitalsIsThePlaceNotAnAcronym()
    {
        var doc = Recognize("NAIROBI \u2014 Police dispersed the crowd on Friday.");
        Assert.Contains((EntityType.Gpe, "NAIROBI"), Mentions(doc));
        Assert.DoesNotContain(doc.Entities, e => e.Type == EntityType.Org && e.Name == "NAIROBI");
    }

    [Fact]
    public void ACouncilResolutionIsADocumentNotTheCouncil()
    {
        var doc = Recognize("Both sides must respect UN Security Council Resolution 1701 in full.");
        Assert.DoesNotContain(doc.Entities, e => e.Type == EntityType.Org);
    }

    [Fact]
    public void AnArmedGroupsBranchGivenItsOwnAcronymIsOneOrganisation()
    {
        var doc = Recognize("He joined al-Qaeda in Yemen (AQY) in 2009. Later al-Qaeda in Yemen lost ground.");
        var branch = doc.Entities.Single(e => e.Name == "al-Qaeda in Yemen");
        Assert.Equal(EntityType.Org, branch.Type);
        Assert.Equal(["al-Qaeda in Yemen", "AQY", "al-Qaeda in Yemen"], branch.Mentions.Select(m => doc[m]));
        Assert.DoesNotContain(doc.Entities, e => e.Type == EntityType.Gpe);
    }

    [Fact]
    public void WeaponAcronymsAreNoEntities()
    {
        var doc = Recognize("Two IEDs and a VBIED exploded as a UAV flew over the road.");
        Assert.DoesNotContain(doc.Entities, e => e.Type != EntityType.Other && e.Name.Contains("IED", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Entities, e => e.Name == "UAV");
    }

    [Fact]
    public void MarinesOfACountryAreOneGroup()
    {
        var doc = Recognize("The town was retaken by U.S. Marines after a week.");
        Assert.Equal((EntityType.Org, "USA"), doc.Entities.Single(e => e.Name == "U.S. Marines") is var g ? (g.Type, g.Country) : default);
        Assert.DoesNotContain(doc.Entities, e => e.Type == EntityType.Gpe);
    }

    [Fact]
    public void WordsBeforeAKnownGroupCanOpenAnotherOrganisation()
    {
        var doc = Recognize("Envoys of the Counter Hamas Coalition met in Rome.");
        Assert.Contains((EntityType.Org, "Counter Hamas Coalition"), Mentions(doc));
        Assert.DoesNotContain((EntityType.Org, "Hamas"), Mentions(doc));
    }

    [Theory]
    [InlineData("Aid convoys were blocked by the Karimov regime for weeks.", "Karimov regime")]
    [InlineData("Observers blamed Karimov's brutal regime for the siege.", "Karimov's brutal regime")]
    public void ALeadersNameBeforeRegimeNamesAnOrganisation(string text, string name) =>
        Assert.Contains((EntityType.Org, name), Mentions(Recognize(text)));

    [Theory]
    [InlineData("The strikes continued overnight, Okonkwo said.", "Okonkwo")]
    [InlineData("\"We are ready,\" said Okonkwo.", "Okonkwo")]
    [InlineData("The strikes continued overnight, Dayton said.", "Dayton")]
    public void AOneWordNameThatSpeaksIsAPerson(string text, string name) =>
        Assert.Contains((EntityType.Person, name), Mentions(Recognize(text)));

    [Theory]
    [InlineData("Exercise Golden Falcon will last a week.")]
    [InlineData("Both sides must respect the Cessation of Hostilities agreed in May.")]
    [InlineData("On Thanksgiving I called my family.")]
    public void EventsAgreementsAndHolidaysAreNotPeople(string text) =>
        Assert.DoesNotContain(Mentions(Recognize(text)), m => m.Type == EntityType.Person && m.Text != "I");

    [Theory]
    [InlineData("The Alliance military forces struck a depot.", "Alliance military forces")]
    [InlineData("Jets hit two Hamas tactical units overnight.", "Hamas tactical units")]
    [InlineData("Alliance partners pledged more aid.", "Alliance partners")]
    public void AnOrganisationTakesTheMembersNamedAfterIt(string text, string group) =>
        Assert.Contains((EntityType.Org, group), Mentions(Recognize(text)));

    [Theory]
    [InlineData("The U.S. Naval Forces Central Command said the ship was safe.", "U.S. Naval Forces Central Command")]
    [InlineData("The U.S. Army Special Operations Command Public Affairs Office said so.", "U.S. Army Special Operations Command Public Affairs Office")]
    public void ANameOfNestedOrganisationsIsOneOrganisation(string text, string name)
    {
        var doc = Recognize(text);
        Assert.Equal([(EntityType.Org, name)], Mentions(doc).Where(m => m.Type != EntityType.Other));
    }

    [Theory]
    [InlineData("Ships patrolled the Gulf of Aden all week.", "Gulf of Aden")]
    [InlineData("Car bombs struck Diyala Province on Monday.", "Diyala Province")]
    public void APlaceWordJoinsTheKnownPlaceItNames(string text, string name)
    {
        var doc = Recognize(text);
        Assert.Single(doc.Entities, e => e.Type is EntityType.Gpe or EntityType.Loc);
        Assert.Contains(Mentions(doc), m => m.Text == name && m.Type is EntityType.Gpe or EntityType.Loc);
    }

    [Theory]
    [InlineData("The Zagros Mountains (Kurdish: Çiyayên Zagrosê) run east.")]
    [InlineData("The Black Book (Mishefa Reş in Kurdish) is short.")]
    [InlineData("The ridge (Arabic: جبل حمرين Jabal Hamrin) is low.")]
    public void TransliterationsAreNotPeople(string text) =>
        Assert.DoesNotContain(Mentions(Recognize(text)), m => m.Type == EntityType.Person);

    [Theory]
    [InlineData("Gunmen killed members of the Al Bu Faraj tribe in Anbar.", EntityType.Org, "Al Bu Faraj tribe")]
    [InlineData("Troops stormed the Al Noor hospital before dawn.", EntityType.Fac, "Al Noor hospital")]
    public void ALowerCaseWordAfterANameSaysWhatItNames(string text, EntityType type, string name) =>
        Assert.Contains((type, name), Mentions(Recognize(text)));

    [Fact]
    public void AFunctionWordOpeningASentenceIsNotATitle()
    {
        var doc = Recognize("As Deputy Secretary of State Maria Lund announced today, aid will rise.");
        Assert.Contains((EntityType.Person, "Deputy Secretary of State Maria Lund"), Mentions(doc));
    }

    [Fact]
    public void TheBetweenTwoNamesSeparatesThem()
    {
        var doc = Recognize("After the meeting in Oslo the Foreign Secretary will return home.");
        Assert.Contains((EntityType.Gpe, "Oslo"), Mentions(doc));
        Assert.Contains((EntityType.Person, "Foreign Secretary"), Mentions(doc));
    }

    [Fact]
    public void AUnitKeepsItsNumber()
    {
        var doc = Recognize("She served with the 82nd Airborne Division and later the 3rd Battalion.");
        Assert.Contains((EntityType.Org, "82nd Airborne Division"), Mentions(doc));
        Assert.Contains((EntityType.Org, "3rd Battalion"), Mentions(doc));
    }

    [Fact]
    public void ACapitalisedCommonNounAfterAIsNoName()
    {
        var doc = Recognize("Leaders urged him to form such a Government quickly.");
        Assert.DoesNotContain(Mentions(doc), m => m.Text == "Government");
    }

    [Theory]
    [InlineData("Hamas's Political Bureau met in Doha.", "Hamas's Political Bureau")]
    [InlineData("Kenya\u2019s Defence Forces crossed the border.", "Kenya\u2019s Defence Forces")]
    public void AnOwnerAndItsOrganisationAreOneName(string text, string name)
    {
        var doc = Recognize(text);
        Assert.Contains((EntityType.Org, name), Mentions(doc));
        Assert.DoesNotContain(doc.Entities, e => e.Type == EntityType.Gpe && e.Name != "Doha");
    }

    [Theory]
    [InlineData("A senior Nigerian general was killed in the raid.", "senior Nigerian general")]
    [InlineData("He is the son of a Yemeni tribal sheikh from Marib.", "Yemeni tribal sheikh")]
    public void ANationalityBeforeARoleNounIsThePersonWhoHoldsIt(string text, string role)
    {
        var doc = Recognize(text);
        Assert.Contains((EntityType.Person, role), Mentions(doc));
        Assert.DoesNotContain(doc.Entities, e => e.Type == EntityType.Norp);
    }

    [Fact]
    public void TheNameBeforeARegimeIsAPersonElsewhereInTheArticle()
    {
        var doc = Recognize("Karimov has lost control of the north. Aid was blocked by the Karimov regime.");
        Assert.Contains((EntityType.Person, "Karimov"), Mentions(doc));
        Assert.Contains((EntityType.Org, "Karimov regime"), Mentions(doc));
    }

    [Fact]
    public void ACountryLedGroupIsOneOrganisation()
    {
        var doc = Recognize("Yesterday the French-led coalition struck a depot.");
        Assert.Contains((EntityType.Org, "French-led coalition"), Mentions(doc));
        Assert.DoesNotContain(doc.Entities, e => e.Type is EntityType.Gpe or EntityType.Norp);
    }

    [Fact]
    public void AGroupNamedByTwoNationalitiesIsOneGroup()
    {
        var doc = Recognize("The offensive relied on Libyan Arab forces.");
        Assert.Contains((EntityType.Org, "Libyan Arab forces"), Mentions(doc));
        Assert.DoesNotContain(doc.Entities, e => e.Type == EntityType.Norp);
    }

    [Fact]
    public void ACollectiveNounOpeningASentenceIsAGroupNotAName()
    {
        var doc = Recognize("Gunmen opened fire on the convoy.");
        Assert.Contains((EntityType.Org, "Gunmen"), Mentions(doc));
    }

    [Fact]
    public void TheCapitalDistrictQualifiesWashington()
    {
        var doc = Recognize("The group met in Washington, D.C. on Friday.");
        Assert.Equal([(EntityType.Gpe, "Washington, D.C.")], Mentions(doc).Where(m => m.Type is not (EntityType.Other or EntityType.Org)));
    }

    [Theory]
    [InlineData("The temple was built around 2000 B.C. by farmers.")]
    [InlineData("Engineers gave Counter-IED training to the recruits.")]
    [InlineData("The Summit is the first since last year.")]
    [InlineData("In this book the words of God are given.")]
    public void DatesWeaponsEventsAndGodAreNotPlacesOrOrganisations(string text) =>
        Assert.DoesNotContain(Mentions(Recognize(text)), m => m.Type is EntityType.Org or EntityType.Gpe or EntityType.Loc && char.IsUpper(m.Text[0]));

    [Fact]
    public void ANationalityAfterAPrefixIsNamed()
    {
        var doc = Recognize("The intra-Libyan talks resumed as pro-Russian separatists attacked.");
        Assert.Contains((EntityType.Norp, "Libyan"), Mentions(doc));
        Assert.Contains((EntityType.Norp, "Russian"), Mentions(doc));
    }
}
