using Chronicle.Documents;
using Chronicle.Entities;
using Chronicle.Language;

namespace Chronicle.Tests.Entities;

/// <summary>Where a lower-case description of a group of people or an organisation starts and ends.</summary>
public class GroupDescriptionTests
{
    private static List<string> Organisations(string text)
    {
        var resources = SharedResources.Value;
        var doc = new SentenceSplitter().Annotate(TestDocuments.FromText(text));
        doc = new EntityRecognizer(resources.EntityLexicon, resources.English, resources.Actors, resources.Gazetteer).Annotate(doc);
        return [.. doc.Entities.Where(e => e.Type == EntityType.Org).SelectMany(e => e.Mentions.Select(m => doc[m]))];
    }

    [Theory]
    [InlineData("The minister thanked our coalition partners for their help.", "our coalition partners")]
    [InlineData("The envoy urged all the parties to return to the talks.", "all the parties")]
    [InlineData("Officials vowed to defeat these terrorists within a year.", "these terrorists")]
    [InlineData("The two leaders discussed the offensive.", "two leaders")]
    [InlineData("Our Kurdish partners advanced on the town.", "Our Kurdish partners")]
    public void ADeterminerBelongsToTheGroup(string text, string group)
    {
        Assert.Contains(group, Organisations(text));
    }

    [Fact]
    public void ThePossessionsOfSomeoneNamedAreNotANewGroup()
    {
        var found = Organisations("The general said his forces would stay and their families would be safe.");
        Assert.DoesNotContain(found, m => m.Contains("forces", StringComparison.Ordinal) || m.Contains("families", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The bombing killed at least 12 people in the market.", "12 people")]
    [InlineData("Shelling wounded more than 40 civilians overnight.", "40 civilians")]
    public void AGroupWithACountStartsAtTheCount(string text, string group)
    {
        var found = Organisations(text);
        Assert.Contains(group, found);
        Assert.DoesNotContain(found, m => m.StartsWith("least", StringComparison.Ordinal) || m.StartsWith("than", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The war has displaced millions across the region.")]
    [InlineData("The talks covered border security and food security.")]
    [InlineData("The strike destroyed a group of buildings near the river.")]
    [InlineData("Al-Shabab, a militant group, claimed the attack.")]
    public void ACountADomainOrASetOfThingsIsNoGroupOfPeople(string text)
    {
        Assert.DoesNotContain(Organisations(text), m => m == m.ToLowerInvariant());
    }

    [Theory]
    [InlineData("The envoy met religious and civic leaders in the capital.", "religious and civic leaders")]
    [InlineData("The minister met families of the victims on Sunday.", "families of the victims")]
    [InlineData("Police said the jihadist group claimed the bombing.", "jihadist group")]
    [InlineData("The regime denied the report.", "regime")]
    [InlineData("The spokesman told reporters today that talks would resume.", "reporters")]
    [InlineData("Officials consulted allies and partners before the vote.", "allies and partners")]
    [InlineData("Jets struck both tactical units and a fuel depot.", "tactical units")]
    public void ModifiersAndMembersBelongToTheGroup(string text, string group)
    {
        Assert.Contains(group, Organisations(text));
    }

    [Fact]
    public void TheGovernmentAndThePeopleAreTwo()
    {
        var found = Organisations("He thanked the government and people of Iraq.");
        Assert.Contains("government", found);
        Assert.Contains("people of Iraq", found);
    }

    [Fact]
    public void TheVictimsOfAFamiliesOfPhraseAreNotASecondGroup()
    {
        Assert.DoesNotContain("victims", Organisations("The minister met families of the victims on Sunday."));
    }

    [Theory]
    [InlineData("ISIS targeted families in the market.", "ISIS")]
    [InlineData("Gunmen who threaten civilians were arrested.", "civilians")]
    public void AVerbBeforeAGroupIsNotOneOfItsModifiers(string text, string group)
    {
        var found = Organisations(text);
        Assert.Contains(group, found);
        Assert.DoesNotContain(found, m => m.Contains("targeted", StringComparison.Ordinal) || m.Contains("threaten", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Homeland Security's chief said the base would open.", "Homeland Security")]
    [InlineData("The front is 60 kilometers long and officials warn it is too big.", "officials")]
    public void ANameOrAClauseIsNoPartOfADescription(string text, string group)
    {
        Assert.Contains(group, Organisations(text));
    }

    [Fact]
    public void ASingularNounTakesNoMembersAfterOf()
    {
        Assert.DoesNotContain(Organisations("The treaty allows free movement of people across the border."), m => m.Contains(" of ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The envoy met senior Iraqi officials in Baghdad.", "senior Iraqi officials")]
    [InlineData("The station hires young Iraqis as presenters.", "young Iraqis")]
    [InlineData("The charity Doctors Without Borders said the clinic closed.", "Doctors Without Borders")]
    public void ANationalityAfterAnAdjectiveIsPartOfTheGroup(string text, string group)
    {
        Assert.Contains(group, Organisations(text));
    }

    [Fact]
    public void AVerbBeforeANationalityIsNotPartOfTheGroup()
    {
        Assert.DoesNotContain(Organisations("The coalition continues to support Iraqi forces."), m => m.StartsWith("support", StringComparison.Ordinal));
    }

    [Fact]
    public void ACollectiveNounAfterAnUnknownNameIsLeftToTheName()
    {
        Assert.DoesNotContain("countries", Organisations("Leaders of the G7 countries backed Ukraine."));
    }
}
