using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Chronicle.Inputs;

namespace Chronicle.Feeds;

/// <summary>Reads RSS 2.0 and Atom documents into their items, refusing DTDs and external entities.</summary>
public static partial class FeedReader
{
    /// <summary>The most bytes of one feed parsed; feeds are lists of links and summaries, so anything larger is not one.</summary>
    public const int MaxFeedBytes = 16 * 1024 * 1024;

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";

    /// <summary>Whether content starts like an RSS or Atom document (after an XML declaration, comments or a doctype).</summary>
    public static bool LooksLikeFeed(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return FeedStart().IsMatch(Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 4096)));
    }

    /// <summary>The feed's items; a <see cref="FeedException"/> says why the content is not a readable feed.</summary>
    /// <param name="bytes">The document as it arrived.</param>
    /// <param name="source">The file or URL it came from, named in problems.</param>
    /// <param name="baseUrl">The feed's URL, against which relative item links are resolved.</param>
    public static Feed Parse(byte[] bytes, string source, Uri? baseUrl = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length > MaxFeedBytes)
        {
            throw new FeedException($"larger than {MaxFeedBytes / (1024 * 1024)} MB, not read as a feed");
        }

        var settings = new XmlReaderSettings
        {
            // A DTD is how entity expansion (billion laughs) and external entities (XXE) get in; feeds never need one.
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxFeedBytes,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
            document = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            throw new FeedException($"not a well-formed feed: {e.Message}");
        }

        var root = document.Root!;
        if (root.Name == "rss")
        {
            return new Feed(source, [.. root.Elements("channel").Elements("item").Select(i => RssItem(i, baseUrl))]);
        }

        if (root.Name == Atom + "feed")
        {
            return new Feed(source, [.. root.Elements(Atom + "entry").Select(e => AtomEntry(e, baseUrl))]);
        }

        throw new FeedException($"not an RSS 2.0 or Atom feed (its root element is <{root.Name.LocalName}>)");
    }

    private static FeedItem RssItem(XElement item, Uri? baseUrl)
    {
        var full = Text(item.Element(Content + "encoded"));
        return new FeedItem
        {
            Id = Text(item.Element("guid")),
            Title = Text(item.Element("title")),
            Link = Link(Text(item.Element("link")), baseUrl),
            Published = Date(Text(item.Element("pubDate")) ?? Text(item.Element(DublinCore + "date"))),
            Author = Text(item.Element(DublinCore + "creator")) ?? Text(item.Element("author")),
            Content = full ?? Text(item.Element("description")),
            ContentIsHtml = true,
            IsSummary = full is null,
        };
    }

    private static FeedItem AtomEntry(XElement entry, Uri? baseUrl)
    {
        var links = entry.Elements(Atom + "link").ToList();
        var link = links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate") ?? links.FirstOrDefault();
        var content = entry.Element(Atom + "content");

        // Content that points elsewhere (src) carries no text of its own; the summary then stands in for it.
        var full = content?.Attribute("src") is null ? content : null;
        var chosen = full ?? entry.Element(Atom + "summary");
        return new FeedItem
        {
            Id = Text(entry.Element(Atom + "id")),
            Title = Text(entry.Element(Atom + "title")),
            Link = Link((string?)link?.Attribute("href"), baseUrl),
            Published = Date(Text(entry.Element(Atom + "published")) ?? Text(entry.Element(Atom + "updated"))),
            Author = Text(entry.Element(Atom + "author")?.Element(Atom + "name")),
            Content = chosen is null ? null : AtomText(chosen),
            ContentIsHtml = chosen is not null && (string?)chosen.Attribute("type") is "html" or "xhtml",
            IsSummary = full is null,
        };
    }

    // Atom's xhtml content is markup inside one div, not escaped text.
    private static string? AtomText(XElement element) =>
        (string?)element.Attribute("type") == "xhtml"
            ? NonEmpty(string.Concat((element.Elements().FirstOrDefault() ?? element).Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting))))
            : Text(element);

    private static string? Text(XElement? element) => element is null ? null : NonEmpty(element.Value);

    private static string? NonEmpty(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? Link(string? href, Uri? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }

        href = href.Trim();
        return baseUrl is not null && Uri.TryCreate(baseUrl, href, out var resolved) ? resolved.AbsoluteUri : href;
    }

    /// <summary>The calendar date of an RFC 822 (RSS) or RFC 3339 (Atom) date, as written.</summary>
    internal static DateOnly? Date(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (JsonLinesParser.ParseDate(value) is { } date)
        {
            return date;
        }

        // RFC 822 allows zone names .NET does not read ("EST", "PDT"); the calendar date does not depend on them.
        var withoutZone = ZoneName().Replace(value, "");
        return DateTimeOffset.TryParse(withoutZone, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
            ? DateOnly.FromDateTime(moment.DateTime)
            : null;
    }

    [GeneratedRegex(@"^[\s\uFEFF]*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*(<!DOCTYPE[^>\[]*(\[.*?\])?\s*>\s*)?(<!--.*?-->\s*)*<(rss|feed)[\s>]", RegexOptions.Singleline)]
    private static partial Regex FeedStart();

    [GeneratedRegex(@"\s+[A-Z]{1,4}\s*$")]
    private static partial Regex ZoneName();
}

/// <summary>The items of one feed, in the feed's order.</summary>
public sealed record Feed(string Source, IReadOnlyList<FeedItem> Items);

/// <summary>One entry of an RSS or Atom feed, as the feed describes it.</summary>
public sealed record FeedItem
{
    public string? Id { get; init; }

    public string? Title { get; init; }

    public string? Link { get; init; }

    public DateOnly? Published { get; init; }

    public string? Author { get; init; }

    /// <summary>The item's text: full content where the feed gives it, else its summary.</summary>
    public string? Content { get; init; }

    public bool ContentIsHtml { get; init; }

    /// <summary>Whether <see cref="Content"/> is only a summary (RSS description, Atom summary), so the linked page has more.</summary>
    public bool IsSummary { get; init; }

    /// <summary>What identifies the item across polls: its id, else its link, else its title.</summary>
    public string? Key => Id ?? Link ?? Title;
}

/// <summary>Why content is not a readable feed, in words fit for the user.</summary>
public sealed class FeedException(string message) : Exception(message);
