using Chronicle.Documents;
using Chronicle.Inputs;
using static Chronicle.Tests.Articles.Reading;

namespace Chronicle.Tests.Articles;

public sealed class PublicationDateTests
{
    [Theory]
    [InlineData("WASHINGTON, Jan. 4, 2024 — The Senate voted on Thursday.", 2024, 1, 4)]
    [InlineData("January 4, 2024 - The Senate voted on Thursday.", 2024, 1, 4)]
    [InlineData("KYIV, Ukraine, 12 March 2023 (Reuters) — Air raid sirens sounded on Sunday.", 2023, 3, 12)]
    public void DatelineGivesThePublicationDate(string firstParagraph, int year, int month, int day)
    {
        var article = Text($"Vote Held\n\n{firstParagraph} It was the last vote before March 1, 2030.");
        Assert.Equal(new PublicationDate(new DateOnly(year, month, day), PublishedFrom.Dateline), article.Published);
    }

    [Fact]
    public void OtherwiseTheLatestFullDateIsInferred()
    {
        var article = Text("""
            Strike Reported

            The group had attacked the base on 3 December 2023, officials said.

            The response came on January 4, 2024, and a review followed in January; the report is dated 2023-12-30.
            """);
        Assert.Equal(new PublicationDate(new DateOnly(2024, 1, 4), PublishedFrom.Inferred), article.Published);
    }

    [Fact]
    public void PartialDatesAreNotEnoughToInfer()
    {
        var article = Text("Strike Reported\n\nThe strike came on January 4, and another in 2023.");
        Assert.Null(article.Published);
    }

    [Fact]
    public void GivenDateWinsOverTheText()
    {
        var article = Reader.Read(new RawInput
        {
            Source = "s",
            Format = InputFormat.PlainText,
            Text = "LONDON, May 5, 2020 — Text.",
            Published = new DateOnly(2020, 5, 6),
        }).Article!;
        Assert.Equal(new PublicationDate(new DateOnly(2020, 5, 6), PublishedFrom.Given), article.Published);
    }
}
