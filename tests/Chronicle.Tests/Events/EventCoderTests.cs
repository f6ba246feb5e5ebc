using Chronicle.Documents;

namespace Chronicle.Tests.Events;

public class EventCoderTests
{
    private static readonly DateOnly Published = new(2025, 3, 14);

    private static Event Single(Document doc, EventType type, Modality modality = Modality.Asserted) =>
        Assert.Single(doc.Events, e => e.Type == type && e.Modality == modality);

    [Fact]
    public void CodesActorRecipientDatePlaceAndDeadOfAStrike()
    {
        var doc = PipelineDocuments.Extract(
            "On Thursday, a British drone strike hit a compound in Hodeidah used by Liwa al-Bahr, killing two fighters.", Published);
        var strike = Single(doc, EventType.Assault);
        Assert.Equal("aerial", strike.Mode);
        Assert.Equal(["British"], doc.Names(strike.Actors));
        Assert.Contains("Liwa al-Bahr", doc.Names(strike.Recipients));
        Assert.Equal("2025-03-13", strike.Date!.Value);
        Assert.Equal(DateSource.Text, strike.Date.From);
        Assert.Equal("Hodeidah", strike.Location!.Name);
        Assert.Equal("YEM", strike.Location.Place!.Country);
        Assert.Equal(2, strike.Dead);
        Assert.Equal("Explosions/Remote violence", strike.Acled!.EventType);
    }

    [Theory]
    [InlineData("Rebels shelled a checkpoint near the river run by the Tigray Defense Forces.", "Tigray Defense Forces")]
    [InlineData("Israeli jets struck the warehouses belonging to Hezbollah on Sunday.", "Hezbollah")]
    public void TheUserOfAPlaceHitIsTheRecipient(string text, string recipient)
    {
        var doc = PipelineDocuments.Extract(text, Published);
        Assert.Contains(recipient, doc.Names(Single(doc, EventType.Assault).Recipients));
    }

    [Fact]
    public void PassiveVoiceTakesTheActorFromBy()
    {
        var doc = PipelineDocuments.Extract("In recent weeks, U.S. forces have been attacked by Iranian proxies using drones, injuring dozens of personnel.", Published);
        var attack = Single(doc, EventType.Assault);
        Assert.Equal(["Iranian proxies"], doc.Names(attack.Actors));
        Assert.Equal(["U.S. forces"], doc.Names(attack.Recipients));
        Assert.Equal(12, attack.Injured);
        Assert.Equal("PAST_REF", attack.Date!.Value);
        Assert.Equal(DatePrecision.Vague, attack.Date.Precision);
    }

    [Fact]
    public void RepeatedMentionsOfOneStrikeBecomeOneEventWithAllTheirEvidence()
    {
        var doc = PipelineDocuments.Extract(
            "Navy jets struck a militia base in Hodeidah on Thursday. The strike also killed another fighter, officials said.", Published);
        var strike = Single(doc, EventType.Assault);
        Assert.Equal(2, strike.Evidence.Length);
        Assert.Equal(2, strike.Dead);
    }

    [Fact]
    public void HistoricalReferenceGetsItsOwnDate()
    {
        var doc = PipelineDocuments.Extract("It was 10 years ago this coming summer that the militia overran Hodeidah.", Published);
        var seizure = Single(doc, EventType.Assault, Modality.Historical);
        Assert.Equal("2015-SU", seizure.Date!.Value);
        Assert.Equal(DatePrecision.Season, seizure.Date.Precision);
    }

    [Theory]
    [InlineData("We do not seek a wider war with Yemen.", EventType.Assault, Modality.Negated)]
    [InlineData("We don’t seek conflict with these groups.", EventType.Assault, Modality.Negated)]
    [InlineData("We will act if our ships are threatened.", EventType.Threaten, Modality.Hypothetical)]
    [InlineData("The army will attack the town next week.", EventType.Assault, Modality.Future)]
    [InlineData("Al-Shabab claimed responsibility for the attack on the hotel.", EventType.Assault, Modality.Claimed)]
    [InlineData("Police arrested 12 protesters in Nairobi.", EventType.Coerce, Modality.Asserted)]
    public void ModalityComesFromTheClause(string text, EventType type, Modality modality) =>
        Single(PipelineDocuments.Extract(text, Published), type, modality);

    [Fact]
    public void CountsArrestsButNotTroopTotalsOrYears()
    {
        var doc = PipelineDocuments.Extract(
            "The United States has about 900 troops in Syria. Police detained 14 protesters in 2025 near the port.", Published);
        var arrest = Single(doc, EventType.Coerce);
        Assert.Equal(14, arrest.Arrested);
        Assert.Null(arrest.Dead);
        Assert.DoesNotContain(doc.Events, e => e.Dead == 900 || e.Arrested == 2025);
    }

    [Fact]
    public void WordsOfNamesAndDatesAreNotEvents()
    {
        var doc = PipelineDocuments.Extract("The Popular Mobilization Forces met in March 2024.", Published);
        Assert.DoesNotContain(doc.Events, e => e.Type is EventType.Mobilize or EventType.Protest);
    }

    [Fact]
    public void EventsInsideAQuoteAreReportedByTheSpeaker()
    {
        var doc = PipelineDocuments.Extract(
            "Rear Admiral Elena Ruiz spoke on Friday. “Our jets struck the militia base,” said Admiral Ruiz.", Published);
        var strike = Single(doc, EventType.Assault);
        Assert.Equal("Elena Ruiz", doc.NameOf(strike.Reporter!.Value));
    }

    [Fact]
    public void ThePublicationDateDatesAnEventTheTextDoesNot()
    {
        var doc = PipelineDocuments.Extract("Rebels attacked an army base in Goma.", Published);
        var attack = Single(doc, EventType.Assault);
        Assert.Equal(("2025-03-14", DateSource.Published), (attack.Date!.Value, attack.Date.From));
        Assert.Equal(["Rebels"], doc.Names(attack.Actors));
    }

    [Fact]
    public void ThePlaceIsTheMostSpecificOneNamedThroughAPossessive()
    {
        var doc = PipelineDocuments.Extract("The commander was killed on Thursday in an airstrike in Iraq's Anbar desert.", Published);
        var strike = Single(doc, EventType.Assault);
        Assert.Equal("Anbar", strike.Location!.Name);
        Assert.Equal(PlacePrecision.Admin1, strike.Location.Precision);
        Assert.DoesNotContain("Anbar", doc.Names(strike.Recipients));
    }

    [Fact]
    public void TheActorIsTheSubjectBeforeAnApposition()
    {
        var doc = PipelineDocuments.Extract("Al-Shabab, a U.S.-designated terrorist group, claimed responsibility for the hotel attack on Tuesday.", Published);
        var attack = Single(doc, EventType.Assault, Modality.Claimed);
        Assert.Equal(["Al-Shabab"], doc.Names(attack.Actors));
    }

    [Theory]
    [InlineData("A spokesman for the president rejected the accusations on Monday.")]
    [InlineData("The ministry denied the allegations of abuse.")]
    public void ADenialIsAStatementNotAnEvent(string text) =>
        Assert.DoesNotContain(PipelineDocuments.Extract(text, Published).Events, e => e.Type is EventType.Reject or EventType.Accuse);

    [Fact]
    public void ATallyOverAPeriodIsNotAnEvent()
    {
        var doc = PipelineDocuments.Extract("Since 2009, hundreds of people have been killed in attacks on hotels in Mogadishu.", Published);
        Assert.DoesNotContain(doc.Events, e => e.Type == EventType.Assault);
    }

    [Fact]
    public void ATallyOverThePastYearsIsNotAnEvent()
    {
        var doc = PipelineDocuments.Extract("In the past two years, members of the Kenya National Union of Teachers have been arrested and beaten by police.", Published);
        Assert.DoesNotContain(doc.Events, e => e.Type is EventType.Assault or EventType.Coerce);
    }

    [Theory]
    [InlineData("Villagers in the north fear regular attacks by militias.")]
    [InlineData("Zamfara farmers face a wave of attacks by armed gangs from Niger.")]
    [InlineData("Past bombings of Kabul hospitals were claimed by the Islamic State group.")]
    [InlineData("Officials said militias routinely attacked farmers in the valley.")]
    public void WhatHappensInGeneralIsNotAnEvent(string text) =>
        Assert.DoesNotContain(PipelineDocuments.Extract(text, Published).Events, e => e.Type is EventType.Assault or EventType.Coerce);

    [Fact]
    public void ASeriesOfStrikesOnADayIsAnEvent()
    {
        var doc = PipelineDocuments.Extract("In December, U.S. forces carried out a series of strikes on Islamic State camps in Syria.", Published);
        Assert.Contains(doc.Events, e => e.Type == EventType.Assault);
    }

    [Fact]
    public void ComingUnderAttackRetellsTheAttackFromTheTargetsSide()
    {
        var doc = PipelineDocuments.Extract(
            "Rebels attacked a convoy of the Kenya Wildlife Service near Garissa on Monday. Its drivers had just left Dadaab when they came under attack in a valley.",
            Published);
        var attack = Single(doc, EventType.Assault);
        Assert.Equal(2, attack.Evidence.Length);
    }

    [Fact]
    public void ANameBeforeItCameUnderAttackIsNotTheTarget()
    {
        var doc = PipelineDocuments.Extract(
            "Rebels attacked a convoy near Garissa on Monday. The convoy was taking food to the Red Cross when it came under attack.", Published);
        var attack = Single(doc, EventType.Assault);
        Assert.DoesNotContain("Red Cross", doc.Names(attack.Recipients));
    }

    [Fact]
    public void AnActivityThatHasBeenGoingOnIsNotAnEvent()
    {
        var doc = PipelineDocuments.Extract(
            "The Oromo Liberation Army has been waging a rebellion in Oromia, accusing Ethiopia of neglecting the region.", Published);
        Assert.DoesNotContain(doc.Events, e => e.Type is EventType.Accuse or EventType.Assault);
    }

    [Fact]
    public void AParticipleBeforeANounDescribesItAndIsNoEvent()
    {
        var doc = PipelineDocuments.Extract("The banned separatist outfit said 17 injured people were taken to hospitals.", Published);
        Assert.DoesNotContain(doc.Events, e => e.Type is EventType.Coerce or EventType.Assault);
    }

    [Fact]
    public void OnlyAParticipleMakesThePassiveVoice()
    {
        var doc = PipelineDocuments.Extract("Kenyan officials are pleading with Somali refugees to return.", Published);
        var request = Single(doc, EventType.Request);
        Assert.Equal(["Kenyan officials"], doc.Names(request.Actors));
        Assert.Equal(["Somali refugees"], doc.Names(request.Recipients));
    }

    [Fact]
    public void APossessiveBeforeAnActDoneToSomeoneIsItsTarget()
    {
        var doc = PipelineDocuments.Extract("Kenyan police confirmed John Mwangi's arrest on Friday.", Published);
        var arrest = Single(doc, EventType.Coerce);
        Assert.Equal(["John Mwangi"], doc.Names(arrest.Recipients));
        Assert.DoesNotContain("John Mwangi", doc.Names(arrest.Actors));
    }

    [Fact]
    public void AnActWithNoParticipantNamedOrDescribedIsNoEvent()
    {
        var doc = PipelineDocuments.Extract("A judge adjourned the case of a journalist arrested over his reporting.", Published);
        Assert.DoesNotContain(doc.Events, e => e.Type == EventType.Coerce);
    }

    [Fact]
    public void MentionsWithDifferentActorsOnOneDayAreTwoEvents()
    {
        var doc = PipelineDocuments.Extract("Rebels attacked an army base in Goma on Tuesday. Soldiers attacked rebel camps near Goma on Tuesday.", Published);
        Assert.Equal(2, doc.Events.Count(e => e.Type == EventType.Assault));
    }

    [Fact]
    public void AMentionDatedByAPeriodContainingTheDayJoinsTheEventItSharesParticipantsWith()
    {
        var doc = PipelineDocuments.Extract("M23 rebels attacked Goma airport on Tuesday. The attack this week also hit a market, officials said.", Published);
        var attack = Single(doc, EventType.Assault);
        Assert.Equal(2, attack.Evidence.Length);
        Assert.Equal("2025-03-11", attack.Date!.Value);
    }

    [Fact]
    public void PeriodsThatOnlyOverlapKeepEventsWithoutSharedParticipantsApart()
    {
        var doc = PipelineDocuments.Extract(
            "Earlier this month, a suicide bomber attacked a convoy in Kalat. On Tuesday, militants attacked a passenger train in Balochistan.", Published);
        Assert.Equal(2, doc.Events.Count(e => e.Type == EventType.Assault));
    }

    [Fact]
    public void NotGivingInIsARefusal()
    {
        var doc = PipelineDocuments.Extract("President Muhammadu Buhari said his administration will not give in to criminal groups.", Published);
        var refusal = Single(doc, EventType.Reject);
        Assert.Equal(["Muhammadu Buhari"], doc.Names(refusal.Actors));
        Assert.DoesNotContain(doc.Events, e => e.Type == EventType.Concede);
    }

    [Fact]
    public void WhatIsAskedForIsNotAnEvent()
    {
        var doc = PipelineDocuments.Extract("G7 diplomats urged Russia to accept a ceasefire by agreeing to talks with Ukraine.", Published);
        Single(doc, EventType.Request);
        Assert.DoesNotContain(doc.Events, e => e.Type is EventType.Agree or EventType.Consult);
    }

    [Fact]
    public void NowIsThePublicationDay()
    {
        var doc = PipelineDocuments.Extract("Police are now detaining 14 protesters in Nairobi.", Published);
        var arrest = Single(doc, EventType.Coerce);
        Assert.Equal("2025-03-14", arrest.Date!.Value);
    }

    [Fact]
    public void ACountBeforeTheObjectDoesNotEndIt()
    {
        var doc = PipelineDocuments.Extract("Kenyan police arrested 14 Somali refugees in Nairobi.", Published);
        var arrest = Single(doc, EventType.Coerce);
        Assert.Equal(["Somali refugees"], doc.Names(arrest.Recipients));
        Assert.Equal(14, arrest.Arrested);
    }

    [Fact]
    public void LaterMentionsAddParticipantsButATargetActingIsAnotherEvent()
    {
        var doc = PipelineDocuments.Extract(
            "U.S. forces took action against Abu Taqwa in Baghdad on Thursday. The strike killed another Harakat al-Nujaba member. "
            + "Abu Taqwa had carried out attacks against American personnel on Thursday.",
            new DateOnly(2024, 1, 5));
        var strike = Assert.Single(doc.Events, e => doc.Names(e.Actors).Contains("U.S. forces"));
        Assert.Equal(["Abu Taqwa", "Harakat al-Nujaba"], doc.Names(strike.Recipients));
        Assert.Equal(2, strike.Evidence.Length);
        var attacks = Assert.Single(doc.Events, e => doc.Names(e.Actors).Contains("Abu Taqwa"));
        Assert.Equal(["American personnel"], doc.Names(attacks.Recipients));
    }

    [Fact]
    public void AParticipleBeforeItsObjectIsTheActNotPartOfATargetsName()
    {
        // Once "targeting facilities" was read as one description, the strike it reports was lost.
        var doc = PipelineDocuments.Extract("Until March, the army responded by targeting facilities used by the rebels.", Published);
        var strike = Single(doc, EventType.Assault);
        Assert.Equal(["army"], doc.Names(strike.Actors));
        Assert.DoesNotContain(doc.Entities, e => e.Name.StartsWith("targeting", StringComparison.Ordinal));
    }

    [Fact]
    public void ForcesDeployedAreTheActorsOfTheMobilisation()
    {
        var doc = PipelineDocuments.Extract("Several hundred Kenyan troops were deployed to the border on Thursday.", Published);
        var deployment = Single(doc, EventType.Mobilize);
        Assert.Equal(["Kenyan troops"], doc.Names(deployment.Actors));
        Assert.Empty(deployment.Recipients);
    }

    [Fact]
    public void ADefiniteActWithModifiersRefersBackToTheLastActOfItsType()
    {
        var doc = PipelineDocuments.Extract(
            "Navy jets struck a militia base in Hodeidah on Thursday. The governor praised the successful counterterrorism strike.", Published);
        var strike = Single(doc, EventType.Assault);
        Assert.Equal(2, strike.Evidence.Length);
    }

    [Fact]
    public void TheKillingRefersBackToTheKilledWhateverWordReportedIt()
    {
        var doc = PipelineDocuments.Extract(
            "Soldiers shot 12 protesters in Mandalay on Friday. Rights groups said the killing of the protesters was a crime.", Published);
        var shooting = Single(doc, EventType.Assault);
        Assert.Equal(2, shooting.Evidence.Length);
    }

    [Fact]
    public void ASingularActDoesNotReferBackToSeveralActs()
    {
        var doc = PipelineDocuments.Extract(
            "Navy jets struck a militia base near Hodeidah on Thursday. The militia had carried out attacks on ships for months. "
            + "The strike also killed a commander.", Published);
        var strike = Assert.Single(doc.Events, e => e.Evidence.Length == 2);
        Assert.Contains(doc.Events, e => e != strike && e.Type == EventType.Assault);
        Assert.Contains("jets struck", doc.Text[strike.Evidence[0].Start..strike.Evidence[0].End], StringComparison.Ordinal);
    }

    [Fact]
    public void VictimsCountedWithoutAnAttackerJoinTheAttackReported()
    {
        var doc = PipelineDocuments.Extract("Gunmen attacked a bus near Garissa on Monday. Three passengers were killed, police said.", Published);
        var attack = Single(doc, EventType.Assault);
        Assert.Equal(2, attack.Evidence.Length);
        Assert.Equal(3, attack.Dead);
    }

    [Fact]
    public void AClaimForTheAttackNamesWhoDidIt()
    {
        var doc = PipelineDocuments.Extract("Militants attacked a hotel in Beledweyne on Tuesday. Al-Shabab claimed responsibility for the attack.", Published);
        var attack = Assert.Single(doc.Events, e => e.Type == EventType.Assault);
        Assert.Contains("Al-Shabab", doc.Names(attack.Actors));
    }

    [Theory]
    [InlineData("Police detained a blogger who criticized the governor.", EventType.Accuse)]
    [InlineData("Rebels stormed a village where elders were meeting.", EventType.Consult)]
    [InlineData("The army said the soldiers backed by militia fighters reached the town.", EventType.Support)]
    [InlineData("A judge heard the case of a reporter arrested over his articles.", EventType.Coerce)]
    public void AnActThatDescribesSomeoneIsNoEvent(string text, EventType type) =>
        Assert.DoesNotContain(PipelineDocuments.Extract(text, Published).Events, e => e.Type == type);

    [Fact]
    public void AnActDescribingSomeoneWithADayOfItsOwnIsAnEvent()
    {
        var doc = PipelineDocuments.Extract("Rescuers freed the students, who were abducted on Tuesday near Kaduna.", Published);
        Single(doc, EventType.Assault);
    }

    [Theory]
    [InlineData("Who attacked the convoy near Garissa?")]
    [InlineData("The minister asked: \"Where were the police when the rebels attacked?\"")]
    public void AQuestionAssertsNoAct(string text) => Assert.Empty(PipelineDocuments.Extract(text, Published).Events);

    [Theory]
    [InlineData("The offensive in the north has met with fierce resistance.", EventType.Consult)]
    [InlineData("In a video message released on Sunday, the president thanked the army.", EventType.Retreat)]
    [InlineData("The group said it condemns any violence against civilians.", EventType.Accuse)]
    [InlineData("An analyst warns that such measures could backfire on the government.", EventType.Threaten)]
    [InlineData("Both parties were accused of abuses by the war's end.", EventType.Accuse)]
    public void WordsInAnotherSenseAreNoEvent(string text, EventType type) =>
        Assert.DoesNotContain(PipelineDocuments.Extract(text, Published).Events, e => e.Type == type);

    [Fact]
    public void AThreatStatesWhatTheOneWarningWillDo()
    {
        var doc = PipelineDocuments.Extract("Iran warned Israel on Monday that it would retaliate against any attack.", Published);
        Single(doc, EventType.Threaten);
    }

    [Theory]
    [InlineData("Peace hopes faded, with Kenya threatening to expel the Somali envoy.", EventType.Threaten)]
    [InlineData("Norway will continue to stand with Ukraine.", EventType.Support)]
    public void WhatIsDoneNowIsAsserted(string text, EventType type) =>
        Single(PipelineDocuments.Extract(text, Published), type, Modality.Asserted);

    [Fact]
    public void ADealNamedInPassingIsNoEventButSigningItIs()
    {
        Assert.DoesNotContain(PipelineDocuments.Extract("Much remains to be done on a ceasefire deal, the Kremlin said.", Published).Events, e => e.Type == EventType.Agree);
        var signing = Single(PipelineDocuments.Extract("Kenya and Somalia signed a security agreement in Nairobi on Monday.", Published), EventType.Agree);
        Assert.Single(signing.Evidence);
    }

    [Fact]
    public void OccupyingBuildingsIsCoercionAndALawAimedAtSomeoneASanction()
    {
        var doc = PipelineDocuments.Extract(
            "Soldiers occupied 12 schools in Yangon on Monday. The Senate passed a bill targeting Myanmar's generals.", Published);
        Single(doc, EventType.Coerce);
        Single(doc, EventType.Sanction);
        Assert.DoesNotContain(doc.Events, e => e.Type == EventType.Assault);
    }

    [Fact]
    public void WhatIsSaidNowIsNotHistoryWhateverItIsAbout()
    {
        var doc = PipelineDocuments.Extract("The government accuses the rebels of burning villages in 2013.", Published);
        Single(doc, EventType.Accuse, Modality.Asserted);
    }

    [Fact]
    public void WarningOfConsequencesIsAThreat() =>
        Single(PipelineDocuments.Extract("Turkey is warning Washington of severe consequences if it imposes sanctions.", Published), EventType.Threaten);

    [Fact]
    public void SayingWhatOneWillDoToSomeoneIsAThreatBySpeaker()
    {
        var doc = PipelineDocuments.Extract("Raila Odinga said on Monday that he would stage protests against President William Ruto.", Published);
        var threat = Single(doc, EventType.Threaten);
        Assert.Equal(["Raila Odinga"], doc.Names(threat.Actors));
        Assert.Equal(["William Ruto"], doc.Names(threat.Recipients));
        Assert.DoesNotContain(doc.Events, e => e.Type == EventType.Protest);
    }

    [Theory]
    [InlineData("Officials warned in July of a possible resurgence of the group.")]
    [InlineData("Farmers cannot keep up with demand for maize.")]
    public void AForecastOrAMarketIsNoVerbalEvent(string text) =>
        Assert.DoesNotContain(PipelineDocuments.Extract(text, Published).Events, e => e.Type is EventType.Threaten or EventType.Request);

    [Fact]
    public void WhatOneSaysOfATargetIsNotWhatAnotherSays()
    {
        var doc = PipelineDocuments.Extract(
            "U.S. officials blamed the Taliban for the bombing on Sunday. Afghan officials accused the Taliban of plotting the bombing.", Published);
        Assert.Equal(2, doc.Events.Count(e => e.Type == EventType.Accuse));
    }

    [Fact]
    public void ADemandRepeatedWhereverItWasMadeIsOneDemand()
    {
        var doc = PipelineDocuments.Extract(
            "EU ministers urged Russia on Friday to free the detained sailors in Crimea. \"We called on Russia to release them,\" the ministers said in a statement from Brussels.",
            Published);
        Assert.Equal(2, Single(doc, EventType.Request).Evidence.Length);
    }

    [Fact]
    public void WhatOneWillRespondToIsNotOnesOwnAct()
    {
        var doc = PipelineDocuments.Extract("Rebels attacked Goma on Monday. Kenya has said it would respond to the attacks.", Published);
        Assert.DoesNotContain(doc.Events, e => e.Type == EventType.Threaten);
    }

    [Fact]
    public void TheStrikeRefersBackToTheEventMentionedLast()
    {
        var doc = PipelineDocuments.Extract(
            "The base in Hodeidah was hit by a British drone strike. In recent months, militias have attacked ships. "
            + "On Thursday, British jets took action against the militia. The strike killed a commander.", Published);
        var strike = Assert.Single(doc.Events, e => doc.Names(e.Actors).Contains("British"));
        Assert.Equal(3, strike.Evidence.Length);
    }
}
