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

    [Fact]
    public void TheFocusIsTheMostSpecificPlaceAmongThoseNamedAsLocationsEquallyOften()
    {
        var doc = PipelineDocuments.Extract(
            "Officials from Nigeria met in Lagos. Nigeria's president spoke. Police later arrested three men.", Published);
        Assert.Equal("Lagos", Last(doc, EventType.Coerce).Location!.Name);
    }
}
