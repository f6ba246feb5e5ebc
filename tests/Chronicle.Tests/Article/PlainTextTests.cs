using Chronicle.Documents;
using Chronicle.Inputs;
using static Chronicle.Tests.Articles.Reading;

namespace Chronicle.Tests.Articles;

public sealed class PlainTextTests
{
    // A scraped page: caption, pull quote and player text before a second copy of the headline.
    private const string Scraped = """
        Floods Close Schools Across the Northern Valley

        FILE - Rescue boats on a flooded street in Marlow, March 2, 2021.

        "We have never seen the river rise this quickly," said Mayor Jane Ortiz. "Every school will stay shut."

        Your browser does not support the video tag.

        0:00 / 2:31

        Floods Close Schools Across the Northern Valley

        Heavy rain overnight pushed the Marl River over its banks on Tuesday, officials said.
        The water reached the town hall by dawn.

        "We have never seen the river rise this quickly in my lifetime," said Mayor Jane Ortiz on March 12, 2024. "Every school will stay shut until Friday."

        Embed Share Download

        Classes will resume once engineers inspect the buildings.
        """;

    [Fact]
    public void TitleIsKeptOnceAndFrontMatterIsSorted()
    {
        var article = Text(Scraped);
        Assert.Equal("Floods Close Schools Across the Northern Valley", article.Title);
        Assert.Equal(["Floods Close Schools Across the Northern Valley"], Parts(article, SectionKind.Title));
        Assert.Equal(["FILE - Rescue boats on a flooded street in Marlow, March 2, 2021."], Parts(article, SectionKind.Caption));
        var body = Body(article);
        Assert.StartsWith("Heavy rain overnight pushed the Marl River over its banks on Tuesday, officials said. The water", body, StringComparison.Ordinal);
        Assert.EndsWith("once engineers inspect the buildings.", body, StringComparison.Ordinal);
        Assert.Equal(1, Count(article.Text, "Floods Close Schools"));
        Assert.Equal(1, Count(article.Text, "We have never seen"));
        Assert.DoesNotContain("browser", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("2:31", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Embed", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TextIsTitleCaptionsAndBodySeparatedByBlankLinesAndSectionsCoverThem()
    {
        var article = Text(Scraped);
        var sections = article.Sections;
        Assert.Equal([SectionKind.Title, SectionKind.Caption, SectionKind.Body], sections.Select(s => s.Kind));
        Assert.Equal(0, sections[0].Span.Start);
        Assert.Equal(article.Text.Length, sections[^1].Span.End);
        for (int i = 1; i < sections.Length; i++)
        {
            Assert.Equal("\n\n", article.Text[sections[i - 1].Span.End..sections[i].Span.Start]);
        }

        Assert.Contains("said.\nThe", Scraped, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void FrontMatterThatIsNotAQuoteBecomesACaption()
    {
        var article = Text("""
            Storm Hits Coast

            Residents sandbag their homes ahead of landfall

            Storm Hits Coast

            The storm made landfall near the harbour on Sunday night and cut power to thousands of homes.
            """);
        Assert.Equal(["Residents sandbag their homes ahead of landfall"], Parts(article, SectionKind.Caption));
        Assert.StartsWith("The storm made landfall", Body(article), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("(FILE) Soldiers patrol a market in the capital.")]
    [InlineData("FILE PHOTO: Soldiers patrol a market in the capital.")]
    [InlineData("Soldiers patrol a market in the capital. (AP Photo/Sam Lee)")]
    [InlineData("Photo: Soldiers patrol a market in the capital.")]
    public void CaptionLikeParagraphsBecomeCaptionsAnywhere(string caption)
    {
        var article = Text($"Patrols Resume\n\nThe army resumed patrols on Monday.\n\n{caption}\n\nShops reopened in the afternoon.");
        Assert.Equal([caption], Parts(article, SectionKind.Caption));
        Assert.Equal("The army resumed patrols on Monday.\n\nShops reopened in the afternoon.", Body(article));
    }

    [Fact]
    public void FirstLineWithFinalPunctuationIsNotATitle()
    {
        var article = Text("The council met on Monday.\n\nIt voted to close the bridge.");
        Assert.Null(article.Title);
        Assert.Empty(Parts(article, SectionKind.Title));
        Assert.Equal("The council met on Monday.\n\nIt voted to close the bridge.", Body(article));
    }

    [Fact]
    public void GivenTitleComesFirstAndItsRepeatInTheBodyIsDropped()
    {
        var article = Reader.Read(new RawInput
        {
            Source = "feed.jsonl:3",
            Format = InputFormat.PlainText,
            Text = "Bridge Closed for Repairs\n\nThe bridge closed on Monday for repairs.",
            Title = "Bridge closed for repairs",
            Id = "abc",
            Url = "https://news.test/bridge",
            Byline = ["A. Writer"],
        }).Article!;
        Assert.Equal(["Bridge closed for repairs"], Parts(article, SectionKind.Title));
        Assert.Equal("The bridge closed on Monday for repairs.", Body(article));
        Assert.Equal("abc", article.Id);
        Assert.Equal("feed.jsonl:3", article.Source);
        Assert.Equal("https://news.test/bridge", article.Url);
        Assert.Equal(["A. Writer"], article.Byline.AsEnumerable());
    }

    [Fact]
    public void TextWithoutBlankLinesIsOneParagraphALine()
    {
        var article = Text("Bridge Closed\r\nThe bridge closed on Monday.\r\nIt will reopen in May.");
        Assert.Equal("Bridge Closed", article.Title);
        Assert.Equal("The bridge closed on Monday.\n\nIt will reopen in May.", Body(article));
    }

    [Fact]
    public void IdIsTheContentHashWhenNoneIsGiven()
    {
        var article = Text("Bridge Closed\n\nThe bridge closed on Monday.");
        Assert.Equal(64, article.ContentHash.Length);
        Assert.Equal(article.ContentHash, article.Id);
        Assert.Equal(
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(article.Text))),
            article.ContentHash);
    }

    [Fact]
    public void BoilerplateRulesSpareLongParagraphsThatMentionTheSameWords()
    {
        const string Long = "The ministry said it would share the report and download data from every print shop that follows us "
            + "on the subject of cookies, which the newsletter of the bakers' union described at length on Monday.";
        var article = Text($"Bakers Protest\n\n{Long}");
        Assert.Equal(Long, Body(article));
    }

    [Fact]
    public void NoBodyGivesAWarningNotAProblem()
    {
        var reading = Bytes("Share\n\nComments"u8.ToArray());
        Assert.NotNull(reading.Article);
        Assert.Contains(reading.Warnings, w => w.Message == "no article text found" && w.Source == "test-input");
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
