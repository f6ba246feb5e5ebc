using Chronicle.Documents;

namespace Chronicle.Tests.Events;

/// <summary>Who, whom, when and where of coded events, on made-up sentences: one test per class of argument error.</summary>
public class EventArgumentTests
{
    private static readonly DateOnly Published = new(2025, 3, 14);

    private static Event Only(Document doc, EventType type) => Assert.Single(doc.Events, e => e.Type == type);

    private static Event Last(Document doc, EventType type) => doc.Events.Last(e => e.Type == type);

    [Fact]
    public void ANameSpelledLikeAVerbIsStillTheTargetOfAStrike()
    {
        var doc = PipelineDocuments.Extract("U.S. forces carried out airstrikes against IS in Syria.", Published);
        Assert.Equal(["IS"], doc.Names(Only(doc, EventType.Assault).Recipients));
    }

    [Fact]
    public void APlaceTheGazetteerDoesNotKnowIsKeptByName()
    {
        var doc = PipelineDocuments.Extract("Gunmen killed five villagers on Tuesday in the remote village of Karumbo, police said.", Published);
        var location = Only(doc, EventType.Assault).Location!;
        Assert.Equal("Karumbo", location.Name);
        Assert.Null(location.Place);
    }

    [Fact]
    public void ABodyNamedForACountryCountsForThatCountryInTheArticlesFocus()
    {
        var doc = PipelineDocuments.Extract(
            "The government of the Central African Republic said rebels attacked villages. The government of the Central African "
            + "Republic sent troops. Officials from Cameroon said Cameroon would help. Police later arrested three men.", Published);
        Assert.Equal("CAF", Last(doc, EventType.Coerce).Location!.Place!.Country);
    }

    [Theory]
    [InlineData("Officials from Nigeria met in Lagos. Nigeria's president spoke. Police later arrested three men.")]
    [InlineData("Unrest spread in Nigeria. Gunmen attacked a bank in Lagos. Protests continued in Nigeria. Police later arrested three men.")]
    public void TheFocusIsTheMostSpecificPlaceNamedAsALocation(string text)
    {
        var doc = PipelineDocuments.Extract(text, Published);
        Assert.Equal("Lagos", Last(doc, EventType.Coerce).Location!.Name);
    }

    [Fact]
    public void TheObjectOfAPrepositionIsNotTheSubject()
    {
        var doc = PipelineDocuments.Extract(
            "Hamas fighters crossed the border on Monday. In a statement to reporters, the group said it had seized 30 hostages.", Published);
        Assert.DoesNotContain("reporters", doc.Names(doc.Events.SelectMany(e => e.Actors)));
    }

    [Fact]
    public void ANameBeforeADescriptionIsTheActor()
    {
        var doc = PipelineDocuments.Extract("Last month, ISWAP insurgents ambushed a convoy in Borno.", Published);
        Assert.Equal(["ISWAP"], doc.Names(Only(doc, EventType.Assault).Actors));
    }

    [Fact]
    public void CoordinatedSubjectsAreAllParticipants()
    {
        var doc = PipelineDocuments.Extract("In 2022, Amina Yusuf and her colleague Peter Obi were arrested for filming police.", Published);
        Assert.Equal(["Amina Yusuf", "Peter Obi"], doc.Names(Only(doc, EventType.Coerce).Recipients).Order());
    }

    [Fact]
    public void AMeetingOfCoordinatedPartiesIsADyad()
    {
        var doc = PipelineDocuments.Extract("Kenya and Uganda officials met in Nairobi on Monday.", Published);
        var meeting = Only(doc, EventType.Consult);
        Assert.Equal(["Kenya"], doc.Names(meeting.Actors));
        Assert.Equal(["Uganda officials"], doc.Names(meeting.Recipients));
    }

    [Fact]
    public void LeadersFromNamedCountriesStandForTheCountries()
    {
        var doc = PipelineDocuments.Extract("Ruto said he believes leaders from Kenya and Uganda will meet soon.", Published);
        var meeting = Only(doc, EventType.Consult);
        Assert.Equal(["Kenya"], doc.Names(meeting.Actors));
        Assert.Equal(["Uganda"], doc.Names(meeting.Recipients));
    }

    [Theory]
    [InlineData("Two journalists are dead, killed in an airstrike on Tuesday.")]
    [InlineData("Soldiers said several rebels were either neutralized or captured.")]
    public void ParticiplesWithoutAnObjectArePassive(string text)
    {
        var doc = PipelineDocuments.Extract(text, Published);
        Assert.All(doc.Events, e => Assert.Empty(e.Actors));
    }

    [Fact]
    public void WhatLedToAnArrestDidNotArrest()
    {
        var doc = PipelineDocuments.Extract("Evidence collected at the scene led to the arrest of five people in Mombasa.", Published);
        Assert.Empty(Only(doc, EventType.Coerce).Actors);
    }

    [Fact]
    public void TheOneWhoProvidesAssistanceIsTheActor()
    {
        var doc = PipelineDocuments.Extract("The World Food Programme was providing assistance to 1 million people.", Published);
        Assert.Equal(["World Food Programme"], doc.Names(Only(doc, EventType.Aid).Actors));
    }

    [Fact]
    public void APossessiveDescriptionStandsForItsOwner()
    {
        var doc = PipelineDocuments.Extract("President William Ruto said his administration will not succumb to pressure from the gangs.", Published);
        Assert.Contains("William Ruto", doc.Names(doc.Events.SelectMany(e => e.Actors)));
    }

    [Fact]
    public void ACityInAppositionToACapitalIsAPlaceNotAnActor()
    {
        var doc = PipelineDocuments.Extract("At a hearing in Zimbabwe's capital, Harare, Judge Tendai Moyo requested more time.", Published);
        Assert.DoesNotContain("Harare", doc.Names(doc.Events.SelectMany(e => e.Actors)));
    }

    [Fact]
    public void AYearInAnEarlierSentenceDoesNotDateAnEventInThePresentPerfect()
    {
        var doc = PipelineDocuments.Extract("Mhlanga was first detained in 2022. Rights groups have condemned the government.", Published);
        Assert.NotEqual("2022", Only(doc, EventType.Accuse).Date!.Value);
    }

    [Fact]
    public void AYearInAnEarlierSentenceDatesANarrativeInTheSimplePast()
    {
        var doc = PipelineDocuments.Extract(
            "Violence grew in 2013 when rebels seized power. A rival militia attacked the rebels in Bangui.", Published);
        Assert.Equal("2013", Last(doc, EventType.Assault).Date!.Value);
    }

    [Fact]
    public void AnOlderDateDoesNotStandInForABackgroundYear()
    {
        var doc = PipelineDocuments.Extract(
            "Rebels attacked Bria on Tuesday. The conflict began in 2013. Rights groups have condemned the rebels.", Published);
        Assert.NotEqual("2025-03-11", Only(doc, EventType.Accuse).Date!.Value);
    }

    [Fact]
    public void ADayInAnEarlierSentenceDatesTheNextEvent()
    {
        var doc = PipelineDocuments.Extract("Gunmen stormed a hotel in Mogadishu on Tuesday. Soldiers killed 12 militants.", Published);
        Assert.All(doc.Events.Where(e => e.Type == EventType.Assault), e => Assert.Equal("2025-03-11", e.Date!.Value));
    }

    [Fact]
    public void ADeadlineInAnEarlierSentenceDoesNotDateTheNextEvent()
    {
        var doc = PipelineDocuments.Extract("All foreign troops are to leave by September 11, 2025. Militants killed 12 soldiers.", Published);
        Assert.NotEqual("2025-09-11", Only(doc, EventType.Assault).Date!.Value);
    }

    [Fact]
    public void ADefiniteDescriptionOfAGroupRefersBackToTheGroupNamed()
    {
        var doc = PipelineDocuments.Extract(
            "The Houthis seized the port. Washington also accuses the rebel group of attacking ships.", Published);
        Assert.Equal(["Houthis"], doc.Names(Only(doc, EventType.Accuse).Recipients));
    }

    [Fact]
    public void ANationalityQualifyingADescriptionGivesWayToTheNameInApposition()
    {
        var doc = PipelineDocuments.Extract("Ethiopia launched an offensive against the Somali regional militia, the ONLF, near Jijiga.", Published);
        Assert.Equal(["ONLF"], doc.Names(Only(doc, EventType.Assault).Recipients));
    }

    [Fact]
    public void ANationalityActingStandsForItsCountry()
    {
        var doc = PipelineDocuments.Extract("Turkey denied the report. A Turkish offensive against Kurdish fighters began on Monday.", Published);
        Assert.Contains("Turkey", doc.Names(doc.Events.Where(e => e.Type == EventType.Assault).SelectMany(e => e.Actors)));
    }

    [Fact]
    public void APlaceOrBuildingRightAfterTheVerbIsTheTarget()
    {
        var doc = PipelineDocuments.Extract("Rebels attacked several villages near Bambari on Tuesday.", Published);
        Assert.Contains("villages", string.Join(" ", doc.Names(Only(doc, EventType.Assault).Recipients)));
    }

    [Fact]
    public void TheObjectFollowsCoordinatedVerbsAndQuotationMarks()
    {
        var doc = PipelineDocuments.Extract("The army said its soldiers had \u201ckilled and injured 300\" Taliban fighters last week.", Published);
        Assert.Contains("Taliban", string.Join(" ", doc.Names(doc.Events.SelectMany(e => e.Recipients))));
    }

    [Fact]
    public void AParticipleAfterAnArticleDoesNotEndTheObject()
    {
        var doc = PipelineDocuments.Extract("Antonio Guterres condemned the continuing brutality of the Myanmar military.", Published);
        Assert.Equal(["Myanmar military"], doc.Names(Only(doc, EventType.Accuse).Recipients));
    }

    [Fact]
    public void WhoExpelsIsWhatOneIsExpelledFrom()
    {
        var doc = PipelineDocuments.Extract("On Friday, Tendai Biti was expelled from the Citizens Coalition party.", Published);
        Assert.Contains("Citizens Coalition", string.Join(" ", doc.Names(Only(doc, EventType.Sanction).Actors)));
    }

    [Fact]
    public void ASecondVerbSharesTheSubjectOfTheFirst()
    {
        var doc = PipelineDocuments.Extract(
            "U.S. officials have blamed the Houthis for the attacks and called on all parties to resume talks.", Published);
        Assert.Equal(["U.S. officials"], doc.Names(Only(doc, EventType.Request).Actors));
    }

    [Fact]
    public void ACapitalNamedInAppositionIsWhereTheyMetNotWhoSigned()
    {
        var doc = PipelineDocuments.Extract(
            "Last week, Chad and Niger officials met in the Niger's capital, Niamey, and signed an agreement.", Published);
        Assert.DoesNotContain("Niamey", doc.Names(Only(doc, EventType.Agree).Actors));
    }

    [Fact]
    public void AListAfterIncludingGivesExamplesOfTheSubject()
    {
        var doc = PipelineDocuments.Extract("Officials said 80 passengers, including 40 men, 25 women and 15 children, had been rescued.", Published);
        Assert.Equal(["80 passengers"], doc.Names(Only(doc, EventType.Aid).Recipients));
    }

    [Fact]
    public void TheOwnerOfAnActWithATargetOfItsOwnIsItsActor()
    {
        var doc = PipelineDocuments.Extract("ISWAP's 2018 abduction of 110 schoolgirls from Dapchi in Yobe State shocked Nigeria.", Published);
        var abduction = Assert.Single(doc.Events, e => e.Type == EventType.Assault);
        Assert.Equal(["ISWAP"], doc.Names(abduction.Actors));
        Assert.DoesNotContain("Dapchi", doc.Names(abduction.Recipients));
    }

    [Fact]
    public void TheTargetOfAThreatIsTheObjectOfTheVerbsAfterTo()
    {
        var doc = PipelineDocuments.Extract("Ankara has threatened to close or suspend U.S. operations at the base.", Published);
        Assert.Equal(["U.S."], doc.Names(Only(doc, EventType.Threaten).Recipients));
    }

    [Fact]
    public void WhoWithdrawsIsWhatTheWithdrawalIsOf()
    {
        var doc = PipelineDocuments.Extract("The Taliban praised the ongoing withdrawal of U.S. and NATO troops from Afghanistan.", Published);
        var withdrawal = Only(doc, EventType.Retreat);
        Assert.Equal(["NATO", "U.S."], doc.Names(withdrawal.Actors).Order());
        Assert.Empty(withdrawal.Recipients);
    }
}
