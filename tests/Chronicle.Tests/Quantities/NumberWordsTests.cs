using Chronicle.Quantities;

namespace Chronicle.Tests.Quantities;

public class NumberWordsTests
{
    [Theory]
    [InlineData("2,500", 2500)]
    [InlineData("2500", 2500)]
    [InlineData("3.5", 3.5)]
    [InlineData("two", 2)]
    [InlineData("Ten", 10)]
    [InlineData("twenty-four", 24)]
    [InlineData("twenty four", 24)]
    [InlineData("a dozen", 12)]
    [InlineData("two dozen", 24)]
    [InlineData("a hundred", 100)]
    [InlineData("two hundred and five", 205)]
    [InlineData("one thousand two hundred", 1200)]
    [InlineData("1.5 million", 1_500_000)]
    [InlineData("three million", 3_000_000)]
    public void ReadsExactNumbers(string text, double expected)
    {
        Assert.True(NumberWords.TryParse(text, out double value, out bool vague));
        Assert.Equal(expected, value);
        Assert.False(vague);
    }

    [Theory]
    [InlineData("dozens", 12)]
    [InlineData("tens", 10)]
    [InlineData("scores", 20)]
    [InlineData("hundreds", 100)]
    [InlineData("thousands", 1000)]
    [InlineData("hundreds of thousands", 100_000)]
    public void ReadsVagueCountsByAcledConvention(string text, double expected)
    {
        Assert.True(NumberWords.TryParse(text, out double value, out bool vague));
        Assert.Equal(expected, value);
        Assert.True(vague);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("several")]
    [InlineData("second")]
    [InlineData("4th")]
    [InlineData("two three")]
    [InlineData("troops")]
    public void RejectsWhatIsNotACardinal(string text) => Assert.False(NumberWords.TryParse(text, out _));
}
