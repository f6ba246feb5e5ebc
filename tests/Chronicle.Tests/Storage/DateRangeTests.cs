using Chronicle.Documents;
using Chronicle.Storage;

namespace Chronicle.Tests.Storage;

/// <summary>The days a TIMEX3 date covers, and the names actors are compared by.</summary>
public sealed class DateRangeTests
{
    [Theory]
    [InlineData("2024-01-04T12:00+03:00", "2024-01-04", "2024-01-04")]
    [InlineData("2024-01-04", "2024-01-04", "2024-01-04")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2014-SU", "2014-06-01", "2014-08-31")]
    [InlineData("2023-WI", "2023-12-01", "2024-02-29")]
    [InlineData("2024-W01", "2024-01-01", "2024-01-07")]
    [InlineData("2014", "2014-01-01", "2014-12-31")]
    public void ADateCoversTheDaysOfItsPrecision(string value, string start, string end)
    {
        var range = DateRange.Of(new EventDate(value, DatePrecision.Day, DateSource.Text));

        Assert.Equal(new DateRange(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)), range);
    }

    [Theory]
    [InlineData("PAST_REF")]
    [InlineData("P3M")]
    [InlineData("2024-13")]
    public void AValueWithNoCalendarPositionHasNoRange(string value) =>
        Assert.Null(DateRange.Of(new EventDate(value, DatePrecision.Vague, DateSource.Text)));

    [Theory]
    [InlineData("the U.S.", "us")]
    [InlineData("Harakat al-Nujaba", "harakat al nujaba")]
    [InlineData("Kata'ib Hezbollah", "kataib hezbollah")]
    public void NamesAreComparedWithoutCaseDotsAndHyphens(string name, string key) =>
        Assert.Equal(key, ActorKeys.Normalize(name));

    [Fact]
    public void AStateOrganIsKeyedByItsCountryAndAMilitiaIsNot()
    {
        var forces = new Entity { Id = new EntityId(1), Type = EntityType.Org, Name = "U.S. forces", Country = "USA", Sector = Sector.Mil };
        var militia = new Entity { Id = new EntityId(2), Type = EntityType.Org, Name = "Harakat al-Nujaba", Aliases = ["HAN"], Country = "IRQ", Sector = Sector.Reb };

        Assert.Equal(["us forces", "cc:USA"], ActorKeys.Of(forces).ToArray());
        Assert.Equal(["harakat al nujaba", "han"], ActorKeys.Of(militia).ToArray());
    }
}
