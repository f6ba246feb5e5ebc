using System.Text;
using Chronicle.Documents;
using Chronicle.Inputs;
using static Chronicle.Tests.Articles.Reading;

namespace Chronicle.Tests.Articles;

public sealed class HtmlTests
{
    private const string Page = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
          <title>Ferry Service Suspended After Collision | Harbour Times</title>
          <meta property="og:site_name" content="Harbour Times">
          <meta name="author" content="Ann Smith and Raj Patel">
          <link rel="canonical" href="https://harbour.test/news/ferry-collision">
          <script>var tracking = "Ferry paragraph in a script";</script>
        </head>
        <body>
          <header><nav><a href="/">Home</a> <a href="/world">World news from every continent, every day</a></nav></header>
          <div class="share-bar"><p>Share this story with your friends on every network you use</p></div>
          <main>
            <h1>Ferry Service Suspended After Collision</h1>
            <figure><img src="a.jpg"><figcaption>The damaged ferry at the quay on Tuesday.</figcaption></figure>
            <div class="story">
              <p>The island ferry service was suspended on Tuesday after a vessel struck the harbour wall.</p>
              <p>Nobody was hurt, the operator said, but the hull will be inspected before sailings resume.</p>
              <div class="newsletter-signup"><p>Sign up for our morning briefing and never miss a story again</p></div>
              <p>Islanders were told to expect disruption for the rest of the week.</p>
            </div>
            <aside><p>Most read: a long list of other stories that are not this article at all</p></aside>
            <ul class="related-links"><li>Another ferry story from a different year entirely, worth a click</li></ul>
          </main>
          <footer><p>Copyright Harbour Times, all rights reserved, do not reproduce</p></footer>
        </body>
        </html>
        """;

    [Fact]
    public void BodyIsTheArticleParagraphsWithoutPageFurniture()
    {
        var article = Html(Page);
        Assert.Equal(
            "The island ferry service was suspended on Tuesday after a vessel struck the harbour wall.\n\n"
            + "Nobody was hurt, the operator said, but the hull will be inspected before sailings resume.\n\n"
            + "Islanders were told to expect disruption for the rest of the week.",
            Body(article));
        foreach (var noise in new[] { "Share", "Sign up", "Most read", "Another ferry", "Copyright", "World news", "script" })
        {
            Assert.DoesNotContain(noise, article.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void MetadataComesFromThePage()
    {
        var article = Html(Page);
        Assert.Equal("Ferry Service Suspended After Collision", article.Title);
        Assert.Equal(["Ferry Service Suspended After Collision"], Parts(article, SectionKind.Title));
        Assert.Equal(["The damaged ferry at the quay on Tuesday."], Parts(article, SectionKind.Caption));
        Assert.Equal(["Ann Smith", "Raj Patel"], article.Byline.AsEnumerable());
        Assert.Equal("https://harbour.test/news/ferry-collision", article.Url);
        Assert.Equal("Harbour Times", article.SiteName);
        Assert.Equal("en", article.Language);
    }

    [Fact]
    public void OpenGraphTitleWinsAndTitleSuffixIsTrimmed()
    {
        Assert.Equal("Storm Warning", Html("<html><head><title>Storm Warning - Coast News</title></head><body><p>x</p></body></html>").Title);
        Assert.Equal("Real Headline", Html("""
            <html><head><meta property="og:title" content="Real Headline"><title>Other | Site</title></head>
            <body><h1>Heading</h1><p>Text of the article, long enough to count as a paragraph.</p></body></html>
            """).Title);
    }

    [Theory]
    [InlineData("<meta property=\"article:published_time\" content=\"2024-01-04T09:30:00-05:00\">", "", 2024, 1, 4, PublishedFrom.Meta)]
    [InlineData("<meta name=\"DC.date\" content=\"2023-07-15\">", "", 2023, 7, 15, PublishedFrom.Meta)]
    [InlineData("<script type=\"application/ld+json\">{\"@graph\": [{\"@type\": \"NewsArticle\", \"datePublished\": \"2022-11-30T08:00:00Z\"}]}</script>", "", 2022, 11, 30, PublishedFrom.JsonLd)]
    [InlineData("", "<time datetime=\"2021-05-06T10:00\">May 6</time>", 2021, 5, 6, PublishedFrom.Meta)]
    [InlineData("<link rel=\"canonical\" href=\"https://news.test/2020/03/09/quake-hits/\">", "", 2020, 3, 9, PublishedFrom.Url)]
    public void PublicationDateComesFromMarkupInOrder(string head, string body, int year, int month, int day, PublishedFrom from)
    {
        var article = Html($"""
            <html><head>{head}</head><body>{body}
            <article><p>The earthquake struck on 1 February 2019, according to the survey, and aftershocks followed.</p></article>
            </body></html>
            """);
        Assert.Equal(new PublicationDate(new DateOnly(year, month, day), from), article.Published);
    }

    [Fact]
    public void JsonLdAuthorIsAByline()
    {
        var article = Html("""
            <html><head><script type="application/ld+json">{"author": [{"@type": "Person", "name": "Lee Chan"}]}</script></head>
            <body><p>The earthquake struck before dawn, according to the geological survey.</p></body></html>
            """);
        Assert.Equal(["Lee Chan"], article.Byline.AsEnumerable());
    }

    [Fact]
    public void PageWithoutArticleTextIsAWarning()
    {
        var reading = Bytes(Encoding.UTF8.GetBytes("<html><head><title>Login</title></head><body><form><input></form></body></html>"), InputFormat.Html);
        Assert.Equal("Login", reading.Article!.Title);
        Assert.DoesNotContain(reading.Article.Sections, s => s.Kind == SectionKind.Body);
        Assert.Contains(reading.Warnings, w => w.Message == "no article text found");
    }

    [Fact]
    public void DeeplyNestedMarkupDoesNotOverflowTheStack()
    {
        const int Depth = 20_000;
        var html = new StringBuilder("<html><body>");
        html.Insert(html.Length, "<div>", Depth);
        html.Append("<p>A paragraph at the bottom of a very deep pile of markup.</p>");
        html.Insert(html.Length, "</div>", Depth);
        html.Append("</body></html>");
        var article = Html(html.ToString());
        Assert.Equal("A paragraph at the bottom of a very deep pile of markup.", Body(article));
    }
}
