using System.Diagnostics;
using System.Text;
using Chronicle.Articles;
using Chronicle.Inputs;
using Chronicle.Tests.Inputs;
using static Chronicle.Tests.Articles.Reading;

namespace Chronicle.Tests.Articles;

/// <summary>Inputs that are not articles, or are hostile, end in a message or an empty body with a warning: never a crash or a hang.</summary>
public sealed class BadInputTests
{
    private const string Paragraph = "<p>The council voted on Monday to close the old bridge, citing cracks found during an inspection.</p>\n";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [Fact]
    public void BinaryBytesNamedHtmlAreAProblemNamingTheFile()
    {
        using var temp = new TempFolder();
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        var path = temp.Write("photo.html", bytes);
        var input = Assert.Single(new InputCollector().Collect([path])).Input!;
        var reading = Reader.Read(input);
        Assert.Null(reading.Article);
        Assert.Equal(path, reading.Problem!.Source);
        Assert.Equal("binary file, not an article", reading.Problem.Message);
    }

    [Fact]
    public void AFiftyMegabytePageIsCutAndReadQuicklyWithAWarning()
    {
        var html = new StringBuilder("<html><head><title>Bridge Closes</title></head><body><article>");
        while (html.Length < 50_000_000)
        {
            html.Append(Paragraph);
        }

        html.Append("</article></body></html>");
        var clock = Stopwatch.StartNew();
        var reading = Bytes(Encoding.UTF8.GetBytes(html.ToString()), InputFormat.Html);
        clock.Stop();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        Assert.Equal("Bridge Closes", reading.Article!.Title);
        Assert.StartsWith("The council voted on Monday", Body(reading.Article), StringComparison.Ordinal);
        Assert.Contains(reading.Warnings, w => w.Message.Contains("only the start was read", StringComparison.Ordinal));
    }

    [Fact]
    public void APageIsNeverCutBetweenTheHalvesOfACharacter()
    {
        var html = new StringBuilder("<html><body><article>");
        while (html.Length < ArticleReader.MaxHtmlLength - Paragraph.Length)
        {
            html.Append(Paragraph);
        }

        html.Append("<p>").Append('a', ArticleReader.MaxHtmlLength - html.Length - 3).Append(". 😀</p>");
        Assert.True(char.IsHighSurrogate(html[ArticleReader.MaxHtmlLength - 1]));
        var article = Reader.Read(new RawInput { Source = "test-input", Format = InputFormat.Html, Text = html.ToString() }).Article!;
        Assert.EndsWith("a.", article.Text, StringComparison.Ordinal);
        _ = StrictUtf8.GetByteCount(article.Text);
    }

    [Fact]
    public void StructuredDataWithALoneSurrogateIsSkipped()
    {
        var html = "<html><head><script type=\"application/ld+json\">{\"author\": \"A \uD800 B\"}</script></head><body><article>" + Paragraph + "</article></body></html>";
        var reading = Reader.Read(new RawInput { Source = "test-input", Format = InputFormat.Html, Text = html });
        Assert.StartsWith("The council voted", Body(reading.Article!), StringComparison.Ordinal);
    }

    [Fact]
    public void AHundredThousandNestedDivsAreReadWithAWarning()
    {
        const int Depth = 100_000;
        var html = new StringBuilder("<html><body>");
        html.Insert(html.Length, "<div>", Depth).Append(Paragraph).Insert(html.Length, "</div>", Depth).Append("</body></html>");
        var clock = Stopwatch.StartNew();
        var reading = Bytes(Encoding.UTF8.GetBytes(html.ToString()), InputFormat.Html);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Equal("The council voted on Monday to close the old bridge, citing cracks found during an inspection.", Body(reading.Article!));
        Assert.Contains(reading.Warnings, w => w.Message.Contains("nested more than 512 levels", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<html><body><nav><a href=/>Home</a> <a href=/news>News</a></nav></body></html>")]
    [InlineData("<html><head><script>location.href = '/app';</script></head><body><div id=root></div></body></html>")]
    [InlineData("<<<>>><!--<div></p></li></td></table>&&&;<")]
    public void APageWithNoArticleGivesAnEmptyBodyAndAWarning(string html)
    {
        var reading = Bytes(Encoding.UTF8.GetBytes(html), InputFormat.Html);
        Assert.NotNull(reading.Article);
        Assert.DoesNotContain(reading.Article.Sections, s => s.Kind == Chronicle.Documents.SectionKind.Body);
        Assert.Contains(reading.Warnings, w => w.Message == "no article text found");
    }
}
