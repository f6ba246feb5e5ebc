using System.Diagnostics;
using System.Text;
using Chronicle.Inputs;
using static Chronicle.Tests.Articles.Reading;

namespace Chronicle.Tests.Articles;

/// <summary>The classes of page layout the body finder must read: each test is one layout, written small.</summary>
public sealed class BodyFinderTests
{
    private const string Prose1 = "The council voted on Monday to close the old bridge, citing cracks found during an inspection.";
    private const string Prose2 = "Engineers said repairs would take at least two years, and a ferry will run in the meantime.";
    private const string Prose3 = "Shop owners on both banks warned that the closure would cost them much of their winter trade.";

    [Fact]
    public void TextInBareDivsIsRead()
    {
        var article = Html($"<html><body><div class=\"story\"><div>{Prose1}</div><div>{Prose2}<br>{Prose3}</div></div></body></html>");
        Assert.Equal($"{Prose1}\n\n{Prose2} {Prose3}", Body(article));
    }

    [Fact]
    public void APageWrappedInAFurnitureNameStillReads()
    {
        var article = Html($"<html><body><div class=\"page-ad-margins has-sidebar\"><form><article><p>{Prose1}</p><p>{Prose2}</p></article></form>"
            + "<div class=\"sidebar\"><p>Most popular: the story everyone else read today, and the day before.</p></div></div></body></html>");
        Assert.Equal($"{Prose1}\n\n{Prose2}", Body(article));
    }

    [Fact]
    public void LongCommentsAndFootersAreNeverTheArticle()
    {
        var comments = string.Concat(Enumerable.Repeat($"<div class=\"comment\"><p>{Prose3} I have said so for years, and nobody listened to me at all.</p></div>", 6));
        var article = Html($"<html><body><article><p>{Prose1}</p></article><section id=\"comments\">{comments}</section>"
            + $"<div class=\"footer-wrap\"><p>{Prose2} {Prose2} {Prose2} {Prose2}</p></div></body></html>");
        Assert.Equal(Prose1, Body(article));
    }

    [Fact]
    public void AnArticleCutIntoBoxesIsJoinedButTeasersBesideItAreNot()
    {
        var teasers = string.Concat(Enumerable.Repeat("<div class=\"card\"><a href=\"/x\">A headline for another story entirely</a><p>A summary of that other story, which is not this one.</p></div>", 4));
        var article = Html($"<html><body><main><div class=\"body\"><div class=\"box\"><p>{Prose1}</p></div><div class=\"box\"><div class=\"inner\"><p>{Prose2}</p></div></div>"
            + $"<div class=\"box\"><p>{Prose3}</p></div></div><div class=\"more\">{teasers}</div></main></body></html>");
        Assert.Equal($"{Prose1}\n\n{Prose2}\n\n{Prose3}", Body(article));
    }

    [Fact]
    public void TeasersWithTheHeadlineOpeningTheSummaryOrInAHeaderAreNotTheArticle()
    {
        var inline = "<ul class=\"latest\">" + string.Concat(Enumerable.Repeat("<li><a href=\"/x\">Mayor opens a new ferry terminal downstream</a> <span>PORT TOWN: The mayor opened the terminal on Friday, saying the ferry would run every hour...</span></li>", 4)) + "</ul>";
        var headed = string.Concat(Enumerable.Repeat("<article class=\"story\"><header><h2><a href=\"/y\">Ferry passengers welcome the new timetable</a></h2></header><div><p>Passengers said the hourly service would make the crossing easier for commuters and for shoppers.</p></div></article>", 4));
        var article = Html($"<html><body><main><div class=\"body\"><div class=\"box\"><p>{Prose1}</p><p>{Prose2}</p><p>{Prose3}</p></div><div class=\"box\"><p><a href=\"/people/engineers\">The bridge engineers</a> said repairs would take at least two years, and a ferry will run.</p></div></div>"
            + $"{inline}<section>{headed}</section></main></body></html>");
        Assert.Equal($"{Prose1}\n\n{Prose2}\n\n{Prose3}\n\nThe bridge engineers said repairs would take at least two years, and a ferry will run.", Body(article));
    }

    [Theory]
    [InlineData("<p>Listen: <a href=\"https://example.com/l\">https://example.com/listen</a><br>Download: <a href=\"https://example.com/d\">https://example.com/download</a></p>")]
    [InlineData("<p><strong>Account: <a href=\"https://example.com/bridgewatch\">@bridgewatch</a></strong></p>")]
    public void ABoxOfTheArticleWithALineOfLinksThatIsNoHeadlineIsStillJoined(string links)
    {
        const string Embed = "<div class=\"embed\"><iframe src=\"/player\"></iframe></div>";
        var article = Html($"<html><body><article><div class=\"text\"><p>{Prose1}</p></div>{Embed}<div class=\"text\"><p>{Prose2}</p>{links}</div>{Embed}"
            + $"<div class=\"text\"><p>{Prose3}</p></div></article></body></html>");
        Assert.Equal($"{Prose1}\n\n{Prose2}\n\n{Prose3}", Body(article));
    }

    [Fact]
    public void ALeadParagraphInItsOwnBoxBeforeTheArticleIsJoinedButABoxAfterItIsNot()
    {
        const string Prose4 = "A spokesman for the ferry operator said the first boats would sail within a fortnight of the closure.";
        const string Prose5 = "The last time the bridge closed, in the winter of 1987, the council ran a bus around by the weir.";
        const string Bio = "Jane Doe covers transport for the paper, and has written about the bridge since it first cracked.";
        var article = Html($"<html><body><article><div class=\"lead\"><p>{Prose1}</p></div><div class=\"rest\"><p>{Prose2}</p><p>{Prose3}</p><p>{Prose4}</p><p>{Prose5}</p></div>"
            + $"<div class=\"about\"><p>{Bio}</p></div></article></body></html>");
        Assert.Equal($"{Prose1}\n\n{Prose2}\n\n{Prose3}\n\n{Prose4}\n\n{Prose5}", Body(article));
    }

    [Fact]
    public void ALongAddressIsNotProse()
    {
        var article = Html($"<html><body><main><div class=\"share\"><p>https://example.com/news/2019/11/council-closes-the-old-bridge-citing-cracks.html</p></div>"
            + $"<article><p>{Prose1}</p><p>{Prose2}</p></article></main></body></html>");
        Assert.Equal($"{Prose1}\n\n{Prose2}", Body(article));
    }

    [Fact]
    public void LinkListsInsideTheArticleAreDropped()
    {
        var article = Html($"<html><body><article><p>{Prose1}</p><ul><li><a href=\"/a\">Bridges</a> <a href=\"/b\">Council</a> <a href=\"/c\">Transport</a></li></ul><p>{Prose2}</p></article></body></html>");
        Assert.Equal($"{Prose1}\n\n{Prose2}", Body(article));
    }

    [Fact]
    public void HiddenElementsAreNotRead()
    {
        var article = Html($"<html><body><article><p>{Prose1}</p><div style=\"display: none\"><p>{Prose3}</p></div></article></body></html>");
        Assert.Equal(Prose1, Body(article));
    }

    [Fact]
    public void HostileNestingIsReadAsTextQuicklyWithAWarning()
    {
        const int Depth = 200_000;
        var html = new StringBuilder("<html><body>");
        html.Insert(html.Length, "<div>", Depth);
        html.Append($"<p>{Prose1}</p>");
        html.Insert(html.Length, "</div>", Depth);
        html.Append("</body></html>");
        var clock = Stopwatch.StartNew();
        var reading = Bytes(Encoding.UTF8.GetBytes(html.ToString()), InputFormat.Html);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Contains(Prose1, reading.Article!.Text, StringComparison.Ordinal);
        Assert.Contains(reading.Warnings, w => w.Message.Contains("nested", StringComparison.Ordinal));
    }
}
