using Chronicle.Documents;
using Chronicle.Entities;
using Chronicle.Language;
using Chronicle.Places;

namespace Chronicle.Tests.Places;

/// <summary>An ambiguous place name resolves to the candidate in a country the article mentions.</summary>
public class PlaceResolutionTests
{
    private static GeoPlace Resolve(string text, string name)
    {
        var resources = SharedResources.Value;
        var doc = new SentenceSplitter().Annotate(TestDocuments.FromText(text));
        doc = new EntityRecognizer(resources.EntityLexicon, resources.English, resources.Actors, resources.Gazetteer).Annotate(doc);
        doc = new PlaceResolver(resources.Gazetteer).Annotate(doc);
        return doc.Entities.Single(e => e.Name == name).Place!;
    }

    [Theory]
    [InlineData("Clashes broke out in Tripoli, Lebanon's second city, as troops deployed.", "LBN", 266826)]
    [InlineData("Militias fought in Tripoli as Libya's rival governments traded blame.", "LBY", 2210247)]
    public void TheCountryTheArticleMentionsDecides(string text, string country, int geonameId)
    {
        var place = Resolve(text, "Tripoli");
        Assert.Equal((country, geonameId, 'P'), (place.Country, place.GeonameId, place.FeatureClass));
    }

    [Fact]
    public void WithoutContextTheMostProminentCandidateWins()
    {
        var place = Resolve("Protesters gathered in Alexandria on Friday.", "Alexandria");
        Assert.Equal(("EGY", 361058), (place.Country, place.GeonameId));
        Assert.InRange(place.Latitude, 31.0, 31.3);
    }
}
