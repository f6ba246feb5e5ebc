using Chronicle.Documents;
using Chronicle.Entities;
using Chronicle.Language;

namespace Chronicle.Tests.Entities;

/// <summary>How a person's name is read: military rates and ranks, nicknames in quotes, later surname-only mentions.</summary>
public class PersonNameTests
{
    private static Document Recognize(string text)
    {
        var resources = SharedResources.Value;
        var doc = new SentenceSplitter().Annotate(TestDocuments.FromText(text));
        return new EntityRecognizer(resources.EntityLexicon, resources.English, resources.Actors, resources.Gazetteer).Annotate(doc);
    }

    private static Entity Person(Document doc, string name) => doc.Entities.Single(e => e.Type == EntityType.Person && e.Name == name);

    [Theory]
    [InlineData("The drill went well, said Spc. Maria Okafor, a gunner.", "Maria Okafor", "Spc. Maria Okafor")]
    [InlineData("Pfc. Dan Miller was hurt.", "Dan Miller", "Pfc. Dan Miller")]
    public void AbbreviatedJuniorRanksStayInTheMention(string text, string name, string mention)
    {
        var doc = Recognize(text);
        Assert.Equal(mention, doc[Person(doc, name).Mentions[0]]);
    }

    [Fact]
    public void TheClassOfARateIsPartOfTheTitles()
    {
        var doc = Recognize("Officials named Aviation Electronics Technician 2nd Class Mark T. Olsen III. Petty Officer Olsen had served twice.");
        var olsen = Person(doc, "Mark T. Olsen III");
        Assert.Equal(["Aviation Electronics Technician 2nd Class Mark T. Olsen III", "Petty Officer Olsen"], olsen.Mentions.Select(m => doc[m]));
    }

    [Theory]
    [InlineData("The briefing was led by Maj. Paul \"Dutch\" Brenner on Monday.", "Paul \"Dutch\" Brenner")]
    [InlineData("Col. Anne \u201CA.J.\u201D Kowalski spoke to reporters.", "Anne \u201CA.J.\u201D Kowalski")]
    public void ANicknameInQuotesIsPartOfTheName(string text, string name)
    {
        var doc = Recognize(text);
        Assert.Single(doc.Entities, e => e.Type == EntityType.Person);
        Assert.Equal(name, Person(doc, name).Name);
    }

    [Fact]
    public void AQuotedWordAfterANameIsNoNickname()
    {
        var doc = Recognize("Ellison called the plan \"Dead\" Monday.");
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains('"', StringComparison.Ordinal));
    }

    [Fact]
    public void ATownNameRepeatingAnEarlierSurnameIsThatPerson()
    {
        var doc = Recognize("The Navy identified Chief Petty Officer Ruth A. Denver, 39. Denver was wounded on Friday.");
        Assert.Equal(["Chief Petty Officer Ruth A. Denver", "Denver"], Person(doc, "Ruth A. Denver").Mentions.Select(m => doc[m]));
    }

    [Fact]
    public void ACapitalisedServiceOpeningTheSentenceIsPartOfTheTitles()
    {
        var doc = Recognize("Flags flew at half-mast.\nNavy Senior Chief Petty Officer Ruth A. Denver died on Friday.");
        Assert.Equal("Navy Senior Chief Petty Officer Ruth A. Denver", doc[Person(doc, "Ruth A. Denver").Mentions[0]]);
    }

    [Theory]
    [InlineData("The Interior Ministers of Chad and Niger met in Niamey.", "Interior Ministers of Chad")]
    [InlineData("The letter was signed by Health Secretaries from four states.", "Health Secretaries")]
    [InlineData("Some 120 Guard Airmen flew home on Sunday.", "Guard Airmen")]
    [InlineData("Then Twenty-One Guard Airmen flew home.", "Twenty-One Guard Airmen")]
    [InlineData("Officials said NAVEUR CTFs had left.", "NAVEUR CTFs")]
    public void APluralNamesAGroupOfPeople(string text, string name)
    {
        var doc = Recognize(text);
        Assert.Contains(doc.Entities, e => e.Type == EntityType.Org && e.Name == name);
        Assert.DoesNotContain(doc.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void AGivenNameBeforeAPluralNounStillNamesAPerson()
    {
        var doc = Recognize("Congresswoman Maxine Waters spoke on Monday. Later Nina Banks agreed.");
        Assert.Equal(["Maxine Waters", "Nina Banks"], doc.Entities.Where(e => e.Type == EntityType.Person).Select(e => e.Name));
    }

    [Fact]
    public void ACommonWordThatIsTheSurnameOfAnEarlierPersonIsThatPerson()
    {
        var doc = Recognize("The fleet is led by Commodore Helen Banks. \"We are ready,\" said Banks. Banks added that more ships would come.");
        Assert.Equal(["Commodore Helen Banks", "Banks", "Banks"], Person(doc, "Helen Banks").Mentions.Select(m => doc[m]));
    }

    [Fact]
    public void ATownTheDocumentPutsThingsInStaysATownWhenAPersonSharesItsName()
    {
        var doc = Recognize("Talks between Mayor Ali Denver and officials went on. Protesters gathered in Denver on Friday. Denver remains calm.");
        Assert.Equal(["Mayor Ali Denver"], Person(doc, "Ali Denver").Mentions.Select(m => doc[m]));
    }

    [Fact]
    public void AFunctionWordOpeningAQuotationIsNoPartOfAName()
    {
        var doc = Recognize("He told the channel, \u201CIn Lisbon and Madrid alike, people agree.\u201D");
        Assert.DoesNotContain(doc.Entities, e => e.Name.StartsWith("In ", StringComparison.Ordinal));
        Assert.Contains(doc.Entities, e => e.Name == "Lisbon");
    }

    [Fact]
    public void AResearchCenterIsAnOrganisation()
    {
        var doc = Recognize("A survey by the Brookfield Research Center found the same.");
        Assert.Contains(doc.Entities, e => e.Type == EntityType.Org && e.Name == "Brookfield Research Center");
    }

    [Theory]
    [InlineData("A Treasury Department spokesman declined to comment.", "Treasury Department spokesman")]
    [InlineData("The NATO commanding general, who arrived Monday, spoke first.", "NATO commanding general")]
    [InlineData("Col. Ann Ruiz, 12th MXG commander, spoke on Monday.", "12th MXG commander")]
    [InlineData("However, a Treasury Department spokesman declined to comment.", "Treasury Department spokesman")]
    public void AnOrganisationBeforeARoleNounStandsForTheRolesHolder(string text, string role)
    {
        var doc = Recognize(text);
        var holder = doc.Entities.Single(e => e.Type == EntityType.Person && e.Mentions.Any(m => doc[m] == role)).Mentions.Single(m => doc[m] == role);
        // The organisation keeps its own mention, inside the role's.
        Assert.Contains(doc.Entities, e => e.Type == EntityType.Org && e.Mentions.Any(m => holder.Contains(m) && m != holder));
    }

    [Theory]
    [InlineData("The vote at the NATO general assembly was close.")]
    [InlineData("Treasury Department spokesman Tom Reyes declined to comment.")]
    [InlineData("Omar Saleh, who was a Hamas leader, died.")]
    [InlineData("They killed Omar Saleh, a Hamas commander, on Monday.")]
    public void AnOrganisationBeforeARoleNounThatModifiesSomethingElseStaysAnOrganisation(string text) =>
        Assert.Contains(Recognize(text).Entities, e => e.Type == EntityType.Org);

    [Theory]
    [InlineData("CTF 151 is led by Pakistan this year.", "CTF 151")]
    [InlineData("Ships of Task Force 88 sailed on Monday.", "Task Force 88")]
    public void AUnitsNumberIsPartOfItsName(string text, string name) =>
        Assert.Contains(Recognize(text).Entities, e => e.Type == EntityType.Org && e.Name == name);

    [Fact]
    public void ANumberThatCountsWhatFollowsIsNoUnitNumber()
    {
        var doc = Recognize("Strikes killed ISIL 20 fighters near the town.");
        Assert.Contains(doc.Entities, e => e.Name == "ISIL");
    }

    [Fact]
    public void AnOperationsNameAloneIsStillTheOperation()
    {
        var doc = Recognize("Marines began Operation Granite Shield on Monday. During Granite Shield, they cleared two towns.");
        Assert.DoesNotContain(doc.Entities, e => e.Type == EntityType.Person);
    }

    [Fact]
    public void APlaceWordEndingAnOrganisationsNameNamesABuilding()
    {
        var doc = Recognize("Patients at the Kirkuk Teaching University Hospital waited for hours.");
        Assert.Contains(doc.Entities, e => e.Type == EntityType.Fac && e.Name.EndsWith("University Hospital", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Entities, e => e.Type == EntityType.Org && e.Name.Contains("Hospital", StringComparison.Ordinal));
    }

    [Fact]
    public void AGroupOrARoleTakesThePossessiveBeforeIt()
    {
        var doc = Recognize("His Chief of Staff is Major General Omar Hadi. We thank our Kurdish partners and our Coalition partners.");
        var texts = doc.Entities.SelectMany(e => e.Mentions.Select(m => doc[m])).ToList();
        Assert.Contains("His Chief of Staff", texts);
        Assert.Contains("our Kurdish partners", texts);
        Assert.Contains("our Coalition partners", texts);
        Assert.DoesNotContain("partners", texts);
    }

    [Theory]
    [InlineData("He was captured by the Egyptian 12th Rapid Deployment Brigade.", "Egyptian 12th Rapid Deployment Brigade", "EGY")]
    [InlineData("Ships of the U.S. 7th Fleet sailed on Monday.", "U.S. 7th Fleet", "USA")]
    public void ACountrysNumberedUnitIsOneOrganisation(string text, string name, string country)
    {
        var doc = Recognize(text);
        var unit = doc.Entities.Single(e => e.Type == EntityType.Org);
        Assert.Equal((name, country), (unit.Name, unit.Country));
        Assert.DoesNotContain(doc.Entities, e => e.Type is EntityType.Norp or EntityType.Gpe);
    }

    [Fact]
    public void AnOrganisationsPossessiveNamesAKnownOfficeWithIt()
    {
        var doc = Recognize("Firms must report to the Department of Treasury's Office of Foreign Assets Control. OFAC said so.");
        var office = doc.Entities.Single(e => e.Type == EntityType.Org);
        Assert.Equal("Office of Foreign Assets Control", office.Name);
        Assert.Equal(["Department of Treasury's Office of Foreign Assets Control", "OFAC"], office.Mentions.Select(m => doc[m]));
    }

    [Theory]
    [InlineData("Officials praised Druze and Yazidi volunteers on Monday.", "Druze and Yazidi volunteers")]
    [InlineData("Reports named U.S., Dutch, and Belgian companies.", "U.S., Dutch, and Belgian companies")]
    public void CoordinatedNationalitiesBelongToTheGroup(string text, string name)
    {
        var doc = Recognize(text);
        Assert.Contains(doc.Entities, e => e.Type == EntityType.Org && e.Name == name);
        Assert.DoesNotContain(doc.Entities, e => e.Type is EntityType.Norp or EntityType.Gpe);
    }

    [Fact]
    public void ACountryNamedBeforeAGroupIsNoModifierOfIt()
    {
        var doc = Recognize("Talks between Turkey and Turkish officials went on.");
        Assert.Contains(doc.Entities, e => e.Type == EntityType.Gpe && e.Name == "Turkey");
    }

    [Theory]
    [InlineData("The Ministry of Culture and Tourism agreed on Monday.", "Ministry of Culture and Tourism")]
    [InlineData("Work by the National Institute of Study and Research began.", "National Institute of Study and Research")]
    public void AnOrganisationsLastFieldAfterAndIsPartOfItsName(string text, string name) =>
        Assert.Contains(Recognize(text).Entities, e => e.Type == EntityType.Org && e.Name == name);

    [Fact]
    public void AKnownNameAfterAndIsAnotherOrganisation()
    {
        var doc = Recognize("The Ministry of Defense and Hamas disagree.");
        Assert.Contains(doc.Entities, e => e.Name == "Ministry of Defense");
        Assert.Contains(doc.Entities, e => e.Name == "Hamas");
    }

    [Fact]
    public void AnIdentityRightBeforeAnotherMakesOneNationality()
    {
        var doc = Recognize("The district is mostly Sunni Kurdish. Druze Syrian fighters guard it.");
        Assert.Contains(doc.Entities, e => e.Type == EntityType.Norp && e.Name == "Sunni Kurdish");
        Assert.Contains(doc.Entities, e => e.Type == EntityType.Org && e.Name == "Druze Syrian fighters");
        Assert.Equal(3, doc.Entities.Length);
    }

    [Fact]
    public void AUnitsNumberBeforeACapitalisedRoleIsPartOfTheRole()
    {
        var doc = Recognize("Col. Ann Ruiz, 12th Operations Group Commander, spoke on Monday.");
        Assert.Contains(doc.Entities, e => e.Type == EntityType.Person && e.Mentions.Any(m => doc[m] == "12th Operations Group Commander"));
    }
}
