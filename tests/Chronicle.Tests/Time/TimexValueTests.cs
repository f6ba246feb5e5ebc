using Chronicle.Documents;
using Chronicle.Time;

namespace Chronicle.Tests.Time;

public class TimexValueTests
{
    [Theory]
    [InlineData("2024-01-04T12:00+03:00", DatePrecision.Hour, "2024-01-04")]
    [InlineData("2024-01-04T12:00", DatePrecision.Hour, "2024-01-04")]
    [InlineData("2024-01-04TMO", DatePrecision.Day, "2024-01-04")]
    [InlineData("2024-01-04", DatePrecision.Day, "2024-01-04")]
    [InlineData("2024-01", DatePrecision.Month, "2024-01-01")]
    [InlineData("2014-SU", DatePrecision.Season, "2014-06-01")]
    [InlineData("2023-WI", DatePrecision.Season, "2023-12-01")]
    [InlineData("2024-Q2", DatePrecision.Season, "2024-04-01")]
    [InlineData("2014", DatePrecision.Year, "2014-01-01")]
    [InlineData("2024-W01", DatePrecision.Month, "2024-01-01")]
    public void ReadsPrecisionAndAnchor(string value, DatePrecision precision, string anchor)
    {
        Assert.Equal(precision, TimexValue.PrecisionOf(value));
        Assert.Equal(DateOnly.Parse(anchor, System.Globalization.CultureInfo.InvariantCulture), TimexValue.AnchorOf(value));
    }

    [Theory]
    [InlineData("XXXX-01-04", DatePrecision.Day)]
    [InlineData("XXXX-SU", DatePrecision.Season)]
    public void KnowsThePrecisionOfUnresolvedValues(string value, DatePrecision precision)
    {
        Assert.Equal(precision, TimexValue.PrecisionOf(value));
        Assert.Null(TimexValue.AnchorOf(value));
    }

    [Theory]
    [InlineData("PAST_REF")]
    [InlineData("PRESENT_REF")]
    [InlineData("P3D")]
    [InlineData("PT24H")]
    [InlineData("199")]
    [InlineData("2024-13")]
    public void HasNoAnchorForValuesOffTheCalendar(string value)
    {
        Assert.Null(TimexValue.AnchorOf(value));
        if (value != "2024-13")
        {
            Assert.Null(TimexValue.PrecisionOf(value));
        }
    }
}
