using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Chronicle.Documents;
using Chronicle.Inputs;

namespace Chronicle.Articles;

/// <summary>
/// Reads a web page: metadata from meta tags, JSON-LD, time elements and the URL; captions and body from
/// <see cref="BodyFinder"/>. Every walk over the tree uses an explicit stack, so deeply nested markup cannot
/// overflow the call stack.
/// </summary>
internal static partial class HtmlExtractor
{
    private const int MaxBylineLength = 100;

    // A " - " suffix this short is a site name ("Storm Warning - Coast News"); a longer one is part of the headline.
    private const int MaxSiteNameWords = 4;

    private static readonly string[] DateMetaKeys =
    [
        "article:published_time", "og:published_time", "og:article:published_time", "datepublished", "pubdate",
        "publishdate", "publish-date", "publication_date", "date", "dc.date", "dc.date.issued", "dcterms.date",
        "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published", "published_time",
    ];

    public static HtmlArticle Extract(HtmlDocument document, string? givenUrl)
    {
        var elements = Elements(document);
        var metas = Metas(elements);
        var jsonLd = JsonLd(elements);
        var siteName = Meta(metas, "og:site_name");
        var url = givenUrl
            ?? elements.FirstOrDefault(e => e.LocalName == "link" && e.GetAttribute("rel") == "canonical")?.GetAttribute("href")?.Trim()
            ?? Meta(metas, "og:url");
        var (captions, paragraphs) = BodyFinder.Find(document);
        return new HtmlArticle
        {
            Title = Title(elements, metas, siteName),
            Captions = captions,
            Paragraphs = paragraphs,
            Byline = Byline(elements, metas, jsonLd),
            Published = Published(elements, metas, jsonLd, url),
            Url = string.IsNullOrWhiteSpace(url) ? null : url,
            Language = LanguageOf(document),
            SiteName = siteName,
        };
    }

    /// <summary>Every element in document order, listed once so that metadata look-ups do not each walk the tree.</summary>
    private static List<HtmlElement> Elements(HtmlDocument document)
    {
        var elements = new List<HtmlElement>();
        var pending = new Stack<HtmlElement>();
        pending.Push(document.Root);

        while (pending.TryPop(out var element))
        {
            elements.Add(element);
            PushChildren(pending, element);
        }

        return elements;
    }

    private static Dictionary<string, string> Metas(List<HtmlElement> elements)
    {
        var metas = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in elements.Where(e => e.LocalName == "meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            var content = meta.GetAttribute("content");
            if (key is not null && !string.IsNullOrWhiteSpace(content))
            {
                metas.TryAdd(key.Trim(), Whitespace.Collapse(content));
            }
        }

        return metas;
    }

    private static string? Meta(Dictionary<string, string> metas, string key) =>
        metas.TryGetValue(key, out var value) ? value : null;

    private static string? Title(List<HtmlElement> elements, Dictionary<string, string> metas, string? siteName)
    {
        var title = Meta(metas, "og:title") ?? Meta(metas, "twitter:title");
        if (string.IsNullOrWhiteSpace(title))
        {
            title = elements.FirstOrDefault(e => e.LocalName == "h1") is { } h1 ? TextOf(h1) : null;
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            title = elements.FirstOrDefault(e => e.LocalName == "title") is { } element ? TextOf(element) : null;
        }

        return string.IsNullOrWhiteSpace(title) ? null : TrimSiteSuffix(title, siteName);
    }

    /// <summary>"Headline | Site" and "Headline - Site" become "Headline".</summary>
    internal static string TrimSiteSuffix(string title, string? siteName)
    {
        var match = SiteSuffix().Match(title);
        if (!match.Success)
        {
            return title;
        }

        var suffix = match.Groups["site"].Value;
        bool isSite = siteName is not null && suffix.Equals(siteName, StringComparison.OrdinalIgnoreCase);
        return isSite || match.Groups["sep"].Value.Trim() == "|"
            || (suffix.Length < match.Index && suffix.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxSiteNameWords)
            ? title[..match.Index].Trim()
            : title;
    }

    private static ImmutableArray<string> Byline(List<HtmlElement> elements, Dictionary<string, string> metas, List<JsonElement> jsonLd)
    {
        var candidates = new List<string?> { Meta(metas, "author"), Meta(metas, "article:author"), Meta(metas, "byl") };
        candidates.AddRange(jsonLd.SelectMany(e => Property(e, "author")).SelectMany(AuthorNames));
        candidates.Add(elements.FirstOrDefault(e => e.RawAttribute("rel").SequenceEqual("author")) is { } rel ? TextOf(rel) : null);
        candidates.Add(elements.FirstOrDefault(e => e.RawAttribute("class").Contains("byline", StringComparison.OrdinalIgnoreCase)) is { } byline
            ? TextOf(byline)
            : null);
        foreach (var candidate in candidates)
        {
            if (string.IsNullOrWhiteSpace(candidate) || candidate.Length > MaxBylineLength || candidate.Contains("://", StringComparison.Ordinal))
            {
                continue;
            }

            var names = BylineSeparators().Split(ByPrefix().Replace(candidate, string.Empty))
                .Select(n => n.Trim())
                .Where(n => n.Length > 0)
                .Distinct(StringComparer.Ordinal)
                .ToImmutableArray();
            if (!names.IsEmpty)
            {
                return names;
            }
        }

        return [];
    }

    private static IEnumerable<string?> AuthorNames(JsonElement author) => author.ValueKind switch
    {
        JsonValueKind.String => [author.GetString()],
        JsonValueKind.Object when author.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String => [name.GetString()],
        JsonValueKind.Array => author.EnumerateArray().SelectMany(AuthorNames),
        _ => [],
    };

    private static PublicationDate? Published(List<HtmlElement> elements, Dictionary<string, string> metas, List<JsonElement> jsonLd, string? url)
    {
        foreach (var key in DateMetaKeys)
        {
            if (Meta(metas, key) is { } value && ParseDate(value) is { } date)
            {
                return new PublicationDate(date, PublishedFrom.Meta);
            }
        }

        foreach (var published in jsonLd.SelectMany(e => Property(e, "datePublished")))
        {
            if (published.ValueKind == JsonValueKind.String && ParseDate(published.GetString()!) is { } date)
            {
                return new PublicationDate(date, PublishedFrom.JsonLd);
            }
        }

        var times = elements.Where(e => e.LocalName == "time" && e.HasAttribute("datetime")).ToList();
        var time = times.FirstOrDefault(t => t.HasAttribute("pubdate") || t.GetAttribute("itemprop") == "datePublished")
            ?? times.FirstOrDefault();
        if (time?.GetAttribute("datetime") is { } datetime && ParseDate(datetime) is { } timeDate)
        {
            return new PublicationDate(timeDate, PublishedFrom.Meta);
        }

        if (url is not null && UrlDate().Match(url) is { Success: true } match
            && DateOnly.TryParseExact(
                $"{match.Groups[1].Value}-{match.Groups[2].Value.PadLeft(2, '0')}-{match.Groups[3].Value.PadLeft(2, '0')}",
                "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var urlDate))
        {
            return new PublicationDate(urlDate, PublishedFrom.Url);
        }

        return null;
    }

    private static DateOnly? ParseDate(string value) =>
        IsoDatePrefix().Match(value) is { Success: true } iso
            && DateOnly.TryParseExact(iso.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : JsonLinesParser.ParseDate(value) ?? CalendarDates.All(value).Cast<DateOnly?>().FirstOrDefault();

    private static List<JsonElement> JsonLd(List<HtmlElement> elements)
    {
        var roots = new List<JsonElement>();
        foreach (var script in elements.Where(e => e.LocalName == "script" && e.GetAttribute("type") == "application/ld+json"))
        {
            try
            {
                // Cloned so the elements outlive the parsed document.
                using var json = JsonDocument.Parse(script.TextContent);
                roots.Add(json.RootElement.Clone());
            }
            catch (Exception e) when (e is JsonException or ArgumentException)
            {
                // Broken structured data is common (and text with a lone surrogate cannot even be transcoded for the
                // JSON reader); the page's other metadata still counts.
            }
        }

        return roots;
    }

    /// <summary>Every value of a property anywhere in a JSON tree (JSON-LD nests articles in @graph and arrays).</summary>
    private static IEnumerable<JsonElement> Property(JsonElement root, string name)
    {
        var pending = new Stack<JsonElement>();
        pending.Push(root);
        while (pending.TryPop(out var element))
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name == name)
                    {
                        yield return property.Value;
                    }
                    else
                    {
                        pending.Push(property.Value);
                    }
                }
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray().Reverse())
                {
                    pending.Push(item);
                }
            }
        }
    }

    private static string? LanguageOf(HtmlDocument document)
    {
        var lang = document.Root.GetAttribute("lang");
        if (string.IsNullOrWhiteSpace(lang))
        {
            return null;
        }

        return lang.Split('-', '_')[0].Trim().ToLowerInvariant();
    }

    /// <summary>Pushes the child elements so that they pop in document order.</summary>
    private static void PushChildren(Stack<HtmlElement> pending, HtmlElement element)
    {
        var children = element.ChildNodes;
        for (int i = children.Count - 1; i >= 0; i--)
        {
            if (children[i] is HtmlElement child)
            {
                pending.Push(child);
            }
        }
    }

    /// <summary>The element's text with whitespace collapsed, gathered without recursion.</summary>
    internal static string TextOf(HtmlNode node)
    {
        var text = new StringBuilder();
        var pending = new Stack<HtmlNode>();
        pending.Push(node);
        while (pending.TryPop(out var current))
        {
            if (current is HtmlText textNode)
            {
                text.Append(textNode.Span);
            }
            else if (current is HtmlElement element)
            {
                if (element.LocalName is "script" or "style" or "noscript" or "template")
                {
                    continue;
                }

                if (element.LocalName == "br")
                {
                    text.Append(' ');
                }

                for (int i = element.ChildNodes.Count - 1; i >= 0; i--)
                {
                    pending.Push(element.ChildNodes[i]);
                }
            }
        }

        return Whitespace.Collapse(text);
    }

    [GeneratedRegex(@"(?<sep>\s+[|\-–—:]{1,2}\s+)(?<site>[^|\-–—]{1,60})$")]
    private static partial Regex SiteSuffix();

    [GeneratedRegex(@"^\s*by\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ByPrefix();

    [GeneratedRegex(@"\s+(?:and|&)\s+|\s*;\s*", RegexOptions.IgnoreCase)]
    private static partial Regex BylineSeparators();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDatePrefix();

    [GeneratedRegex(@"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|$)")]
    private static partial Regex UrlDate();
}
