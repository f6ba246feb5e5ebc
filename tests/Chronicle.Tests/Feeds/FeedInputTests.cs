using System.Text;
using Chronicle.Articles;
using Chronicle.Fetching;
using Chronicle.Inputs;
using Chronicle.Tests.Cli;
using Chronicle.Tests.Inputs;

namespace Chronicle.Tests.Feeds;

/// <summary>RSS and Atom feeds, as files, standard input or URLs, become one input per item.</summary>
public sealed class FeedInputTests : IDisposable
{
    public const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel>
            <title>Harbour News</title>
            <item>
              <title>Ferry service resumes</title>
              <link>https://news.example/ferry</link>
              <guid isPermaLink="false">harbour-1</guid>
              <pubDate>Thu, 04 Jan 2024 09:30:00 EST</pubDate>
              <dc:creator>Ann Writer</dc:creator>
              <description>Ferries run again.</description>
              <content:encoded><![CDATA[<p>The ferry service between the two islands resumed on Thursday after a week of storms kept the boats in port.</p>]]></content:encoded>
            </item>
            <item>
              <title>Only a link</title>
              <link>https://news.example/link-only</link>
            </item>
            <item>
              <title>Market hall reopens</title>
              <link>/market</link>
              <pubDate>Fri, 05 Jan 2024 10:00:00 +0000</pubDate>
              <description>&lt;p&gt;The market hall reopened on Friday with forty stalls selling fish and bread to the town.&lt;/p&gt;</description>
            </item>
            <item><title>Nothing at all</title></item>
          </channel>
        </rss>
        """;

    public const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Valley Times</title>
          <id>urn:valley</id>
          <entry>
            <title>Bridge opens</title>
            <id>urn:valley:bridge</id>
            <link rel="alternate" href="https://valley.example/bridge"/>
            <updated>2024-02-02T08:00:00Z</updated>
            <published>2024-02-01T23:30:00-05:00</published>
            <author><name>Bo Reporter</name></author>
            <summary>A bridge.</summary>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The new bridge over the river opened to traffic on Thursday, two years after work began.</p></div></content>
          </entry>
          <entry>
            <title>Council meets</title>
            <id>urn:valley:council</id>
            <link href="https://valley.example/council"/>
            <updated>2024-02-03T08:00:00Z</updated>
            <summary type="html">&lt;p&gt;The town council met on Saturday to discuss the budget for the coming year.&lt;/p&gt;</summary>
          </entry>
        </feed>
        """;

    private static readonly FetchOptions Loopback = new()
    {
        AllowPrivate = true,
        Timeout = TimeSpan.FromSeconds(2),
        Retries = 0,
    };

    private readonly FeedServer _server = new();

    public void Dispose() => _server.Dispose();

    private static List<InputItem> Collect(string argument, bool fetch = false) =>
        new InputCollector(() => Stream.Null, Loopback) { FetchFeedLinks = fetch }.Collect([argument]).ToList();

    [Fact]
    public void AnRssFileGivesOneInputPerItemWithItsFields()
    {
        using var temp = new TempFolder();
        var path = temp.Write("harbour.rss", Rss);
        var items = Collect(path);

        Assert.Equal(2, items.Count);
        var ferry = items[0].Input!;
        Assert.Equal($"{path}:item 1", ferry.Source);
        Assert.Equal("harbour-1", ferry.Id);
        Assert.Equal("Ferry service resumes", ferry.Title);
        Assert.Equal("https://news.example/ferry", ferry.Url);
        Assert.Equal(new DateOnly(2024, 1, 4), ferry.Published);
        Assert.Equal(["Ann Writer"], ferry.Byline.AsEnumerable());
        Assert.Equal(InputFormat.Html, ferry.Format);
        Assert.Contains("week of storms", ferry.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ferries run again", ferry.Text, StringComparison.Ordinal);

        var market = items[1].Input!;
        Assert.Equal($"{path}:item 3", market.Source);
        Assert.Equal("/market", market.Url);
        Assert.Equal(market.Url, market.Id);
        Assert.Equal(new DateOnly(2024, 1, 5), market.Published);
        Assert.Contains("forty stalls", new ArticleReader().Read(market).Article!.Text, StringComparison.Ordinal);

        Assert.Equal([$"{path}:item 2", $"{path}:item 4"], ferry.Warnings.Select(w => w.Source));
        Assert.Contains("--fetch", ferry.Warnings[0].Message, StringComparison.Ordinal);
        Assert.Contains("neither content nor a link", ferry.Warnings[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAtomFeedOnStandardInputIsSniffedAndReadAsArticles()
    {
        var items = new InputCollector(() => new MemoryStream(Encoding.UTF8.GetBytes(Atom))).Collect(["-"]).ToList();

        Assert.Equal(2, items.Count);
        var bridge = items[0].Input!;
        Assert.Equal("urn:valley:bridge", bridge.Id);
        Assert.Equal("https://valley.example/bridge", bridge.Url);
        Assert.Equal(new DateOnly(2024, 2, 1), bridge.Published);
        Assert.Equal(["Bo Reporter"], bridge.Byline.AsEnumerable());
        var article = new ArticleReader().Read(bridge).Article!;
        Assert.Equal("Bridge opens", article.Title);
        Assert.Contains("two years after work began", article.Text, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2024, 2, 3), items[1].Input!.Published);
        Assert.Contains("budget for the coming year", new ArticleReader().Read(items[1].Input!).Article!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnXmlFileThatIsNotAFeedIsOneProblemNamingIt()
    {
        using var temp = new TempFolder();
        var broken = temp.Write("broken.xml", "<rss version=\"2.0\"><channel><item><title>Cut off");
        var other = temp.Write("other.xml", "<catalog><book/></catalog>");
        var problem = Assert.Single(Collect(broken)).Problem!;
        Assert.Equal(broken, problem.Source);
        Assert.Contains("not a well-formed feed", problem.Message, StringComparison.Ordinal);
        Assert.Contains("<catalog>", Assert.Single(Collect(other)).Problem!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFeedWithADoctypeIsRefusedSoNoExternalEntityIsRead()
    {
        using var temp = new TempFolder();
        var secret = temp.Write("secret.txt", "TOP SECRET CONTENT");
        var path = temp.Write("evil.txt", $"""
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>
            <rss version="2.0"><channel><item><title>x</title><description>&xxe;</description></item></channel></rss>
            """);

        var problem = Assert.Single(Collect(path)).Problem!;

        Assert.Equal(path, problem.Source);
        Assert.Contains("DTD", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("TOP SECRET", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFeedUrlIsReadAndFetchFollowsTheLinksOfSummaryOnlyItems()
    {
        ServeFeedAndPage();
        var feed = _server.Url("/feed").AbsoluteUri;

        var summary = Collect(feed)[1].Input!;
        var fetched = Collect(feed, fetch: true);

        Assert.Equal(_server.Url("/market").AbsoluteUri, summary.Url);
        Assert.DoesNotContain("mayor promised", new ArticleReader().Read(summary).Article!.Text, StringComparison.Ordinal);
        var market = fetched.Single(i => i.Input?.Title == "Market hall reopens").Input!;
        Assert.Contains("mayor promised an audit", new ArticleReader().Read(market).Article!.Text, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2024, 1, 5), market.Published);

        // The ferry item had full content and was not fetched; the link-only item's page is missing and says so.
        Assert.DoesNotContain(_server.Log, r => r.Path == "/ferry");
        Assert.Contains("404", fetched.Single(i => i.Problem?.Source == $"{feed}:item 2").Problem!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadWithFetchPrintsTheLinkedPageAndWithoutItTheSummary()
    {
        ServeFeedAndPage();
        var feed = _server.Url("/feed").AbsoluteUri;

        var fetched = CliRunner.Run("read", feed, "--fetch", "--allow-private", "--format", "jsonl");
        var summaries = CliRunner.Run("read", feed, "--allow-private", "--format", "jsonl");

        Assert.Equal(0, fetched.ExitCode);
        Assert.Contains("mayor promised an audit", fetched.Stdout, StringComparison.Ordinal);
        Assert.Contains("forty stalls", summaries.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("mayor promised", summaries.Stdout, StringComparison.Ordinal);
    }

    private void ServeFeedAndPage()
    {
        _server.Serve("/feed", "application/rss+xml", Rss.Replace("https://news.example", _server.Url("").AbsoluteUri.TrimEnd('/'), StringComparison.Ordinal));
        _server.Serve("/market", "text/html; charset=utf-8",
            "<html><head><title>Market page</title></head><body><article><p>The market hall reopened on Friday. Traders said the new roof had cost the town more than expected, and the mayor promised an audit.</p></article></body></html>");
    }

    [Fact]
    public void FetchKeepsTheFetchersProtections()
    {
        using var temp = new TempFolder();
        var path = temp.Write("feed.rss", Rss.Replace("/market", _server.Url("/market").AbsoluteUri, StringComparison.Ordinal));

        var items = new InputCollector(() => Stream.Null) { FetchFeedLinks = true }.Collect([path]).ToList();

        var market = items.Single(i => i.Input?.Title == "Market hall reopens").Input!;
        Assert.Contains("forty stalls", market.Text, StringComparison.Ordinal);
        Assert.Contains("--allow-private", Assert.Single(market.Warnings).Message, StringComparison.Ordinal);
        Assert.Empty(_server.Log);
    }
}
