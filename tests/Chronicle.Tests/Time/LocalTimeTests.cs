using Chronicle.Documents;
using Chronicle.Language;
using Chronicle.Tests.Inputs;
using Chronicle.Time;

namespace Chronicle.Tests.Time;

/// <summary>"local time" and "Place time" read through the places the entity stage resolved, on a small zone table.</summary>
public sealed class LocalTimeTests : IDisposable
{
    private const string Table = """
        # test table
        iso3	zone	lat	lon	offset	between	rule	from	to	capital
        UKR	Europe/Kyiv	50.43	30.52	120	180	eu	03-30	10-26	1
        USA	America/New_York	40.71	-74.01	-300	-240	us	03-09	11-02	1
        USA	America/Los_Angeles	34.05	-118.24	-480	-420	us	03-09	11-02	0
        IRQ	Asia/Baghdad	33.35	44.42	180	180	none			1
        CHL	America/Santiago	-33.45	-70.67	-180	-240	other	04-06	09-07	1
        """;

    private readonly TempFolder _folder = new();
    private readonly TimeTagger _tagger;

    public LocalTimeTests()
    {
        _tagger = new TimeTagger(CountryTimeZones.Load(_folder.Write("zones.tsv", Table)));
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void NeedsThePlacesResolvedBeforeIt() =>
        Assert.Equal(Layer.Entities | Layer.Places, _tagger.Requires & (Layer.Entities | Layer.Places));

    [Theory]
    [InlineData("2024-01-10", "2024-01-09T09:00+02:00")]
    [InlineData("2024-07-10", "2024-07-09T09:00+03:00")]
    public void LocalTimeTakesTheZoneOfThePlaceInTheSentence(string published, string value)
    {
        const string text = "The missile struck a school in Kharkiv at 9 a.m. local time on Tuesday.";
        var time = Assert.Single(Tag(text, published, Place(text, "Kharkiv", "UKR", 49.99, 36.23, PlacePrecision.City)).Times);
        Assert.Equal(value, time.Value);
    }

    [Fact]
    public void ACityInACountryOfSeveralZonesTakesTheNearestZone()
    {
        const string text = "Polls closed in San Diego at 8 p.m. local time on Tuesday.";
        var doc = Tag(text, "2024-11-06", Place(text, "San Diego", "USA", 32.72, -117.16, PlacePrecision.City));
        Assert.Equal("2024-11-05T20:00-08:00", Assert.Single(doc.Times).Value);
    }

    [Fact]
    public void ACountryNamedAsAWholeTakesItsCapitalsZone()
    {
        const string text = "Polls closed across the United States at 8 p.m. local time on Tuesday.";
        var doc = Tag(text, "2024-11-06", Place(text, "United States", "USA", 38.9, -77.0, PlacePrecision.Country));
        Assert.Equal("2024-11-05T20:00-05:00", Assert.Single(doc.Times).Value);
    }

    [Fact]
    public void SouthernSummerTimeRunsAcrossTheNewYear()
    {
        const string text = "The quake hit Chile at 3 p.m. local time on Monday.";
        var doc = Tag(text, "2024-01-10", Place(text, "Chile", "CHL", -33.45, -70.67, PlacePrecision.Country));
        Assert.Equal("2024-01-08T15:00-03:00", Assert.Single(doc.Times).Value);
    }

    [Fact]
    public void ANationalityGivesItsCountryWhenNoPlaceIsNamed()
    {
        const string text = "Iraqi officials said the rockets landed at 2 a.m. local time.";
        var iraqi = new Entity { Id = new EntityId(1), Type = EntityType.Norp, Name = "Iraqi", Country = "IRQ", Mentions = [new Span(0, 5)] };
        var doc = Tag(text, "2024-01-10", iraqi);
        Assert.Equal("2024-01-10T02:00+03:00", Assert.Single(doc.Times).Value);
    }

    [Fact]
    public void APlaceNamedAsTheZoneIsKeptInTheExpression()
    {
        const string text = "The drone hit at 11 p.m. Kharkiv time on Monday.";
        var time = Assert.Single(Tag(text, "2024-01-10", Place(text, "Kharkiv", "UKR", 49.99, 36.23, PlacePrecision.City)).Times);
        Assert.Equal("2024-01-08T23:00+02:00", time.Value);
        Assert.Equal(text.IndexOf("11 p.m.", StringComparison.Ordinal), time.Span.Start);
        Assert.Equal(text.Length - 1, time.Span.End);
    }

    [Fact]
    public void LocalTimeWithoutAPlaceInItsSentenceHasNoOffset()
    {
        const string text = "Kharkiv was quiet. The blast came at 9 a.m. local time.";
        var doc = Tag(text, "2024-01-10", Place(text, "Kharkiv", "UKR", 49.99, 36.23, PlacePrecision.City));
        Assert.Equal("2024-01-10T09:00", Assert.Single(doc.Times).Value);
    }

    [Fact]
    public void TheInstalledTableKnowsTheCountriesOfTheNews()
    {
        var zones = CountryTimeZones.Default;
        Assert.True(zones.TryGetOffset("IRQ", new DateOnly(2024, 1, 4), out var iraq));
        Assert.Equal(TimeSpan.FromHours(3), iraq);
        Assert.True(zones.TryGetOffset("ISR", new DateOnly(2024, 7, 1), out var israel));
        Assert.Equal(TimeSpan.FromHours(3), israel);
        Assert.True(zones.TryGetOffset("BRA", new DateOnly(2024, 7, 1), out var brazil));
        Assert.Equal(TimeSpan.FromHours(-3), brazil);
    }

    private Document Tag(string text, string published, params Entity[] entities) =>
        _tagger.Annotate(new SentenceSplitter()
            .Annotate(TestDocuments.FromText(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)))
            .WithEntities([.. entities]));

    private static Entity Place(string text, string name, string country, double lat, double lon, PlacePrecision precision)
    {
        int start = text.IndexOf(name, StringComparison.Ordinal);
        return new Entity
        {
            Id = new EntityId(1),
            Type = EntityType.Gpe,
            Name = name,
            Country = country,
            Mentions = [new Span(start, start + name.Length)],
            Place = new GeoPlace
            {
                Name = name,
                Country = country,
                Latitude = lat,
                Longitude = lon,
                FeatureClass = precision == PlacePrecision.Country ? 'A' : 'P',
                Precision = precision,
            },
        };
    }
}
