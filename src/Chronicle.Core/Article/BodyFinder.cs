using System.Text;
using System.Text.RegularExpressions;

namespace Chronicle.Articles;

/// <summary>
/// Finds an article's body in a parsed page. The page is cut into text blocks (the text an element holds directly,
/// between its child blocks, so text in bare divs counts as much as text in paragraphs); blocks of running prose
/// (long, few links, punctuated) are weighed; the article is the deepest element holding most of that prose, and
/// its blocks are kept unless they are links, labels or furniture. The walk uses an explicit stack, so deeply nested
/// markup cannot overflow the call stack.
/// </summary>
internal static partial class BodyFinder
{
    // Shorter blocks are labels, bylines and buttons: they say little about where the article is.
    private const int MinProseLength = 50;

    // Prose has few links; navigation and teaser lists are mostly links.
    private const double MaxProseLinkDensity = 0.3;

    // A block kept from the chosen container may hold some links (a sentence citing sources), not mostly links.
    private const double MaxKeptLinkDensity = 0.5;

    // The article is the deepest element holding this share of the page's prose; a child with less is only part of it.
    private const double ArticleShare = 0.6;

    // A container named like furniture ("sidebar", "ad-wrapper") is kept when it holds this share of the prose:
    // whole pages are wrapped in such names, the furniture itself holds little prose.
    private const double FurnitureExemptShare = 0.4;

    // A link this long is a headline (of a teaser); shorter ones are tags and buttons.
    private const int MinHeadlineLength = 20;

    // Tag names come lower-cased from the parser, so the sets below compare ordinally.
    // Never read: code, styling, forms controls, embedded media.
    private static readonly HashSet<string> SkippedTags = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "head", "iframe", "object", "embed", "canvas", "select",
        "textarea", "input", "button", "video", "audio", "map", "h1", "math", "dialog",
    };

    // Page furniture by its tag; treated like a furniture class name, so a page wrapped in <form> or <header> still reads.
    private static readonly HashSet<string> FurnitureTags = new(StringComparer.Ordinal)
    {
        "nav", "header", "footer", "aside", "form", "menu",
    };

    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "p", "div", "section", "article", "main", "aside", "nav", "header", "footer", "form", "li", "ul", "ol", "dl",
        "dt", "dd", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tbody", "thead", "tfoot", "tr", "td",
        "th", "address", "center", "details", "summary", "fieldset", "menu", "body", "figure", "figcaption", "hgroup",
    };

    // Containers never judged by their class name: a body or article class says nothing about the article.
    private static readonly HashSet<string> NeverFurniture = new(StringComparer.Ordinal)
    {
        "html", "body", "main", "article", "p",
    };

    public static (List<string> Captions, List<string> Paragraphs) Find(HtmlDocument document)
    {
        var root = document.Body ?? document.Root;

        var spans = new Dictionary<HtmlElement, (int Start, int End)>();
        var (blocks, captions) = Blocks(root, spans);
        bool Inside(HtmlElement outer, int position) =>
            spans.TryGetValue(outer, out var span) && span.Start <= position && position < span.End;
        var prose = new Dictionary<HtmlElement, int>();
        int total = 0;
        foreach (var block in blocks)
        {
            total += block.ProseLength;
            for (var e = block.Owner; e is not null; e = e.Parent)
            {
                prose[e] = prose.GetValueOrDefault(e) + block.ProseLength;
            }
        }

        if (total == 0)
        {
            return ([], []);
        }

        var exempt = new HashSet<HtmlElement>(blocks.SelectMany(b => b.Furniture)
            .Where(f => prose.GetValueOrDefault(f) >= FurnitureExemptShare * total && !IsNeverArticle(f)));
        bool InFurniture(TextBlock block) => block.Furniture.Any(f => !exempt.Contains(f));

        // Teasers are told by their headlines; a teaser's headline is often a heading inside furniture (a <header>).
        var headlines = blocks.Where(b => b.IsHeadline && (b.Owner.Tag.Is(TagFlags.Heading) || !InFurniture(b))).ToList();
        blocks.RemoveAll(InFurniture);
        var furnitureProse = 0;
        prose.Clear();
        foreach (var block in blocks.Where(b => b.ProseLength > 0))
        {
            furnitureProse += block.ProseLength;

            // Counted from the block's parent: the area is a container of paragraphs, never one paragraph.
            for (var e = block.Owner == root ? root : block.Owner.Parent; e is not null; e = e.Parent)
            {
                prose[e] = prose.GetValueOrDefault(e) + block.ProseLength;
            }
        }

        if (furnitureProse == 0)
        {
            return ([], []);
        }

        var area = ArticleElement(root, prose, furnitureProse);
        var parts = ArticleParts(area, blocks, headlines, Inside);
        var paragraphs = blocks.Where(b => b.Kept && parts.Any(p => Inside(p, b.Position))).Select(b => b.Text).ToList();
        var scope = area.Parent ?? area;
        return ([.. captions.Where(c => Inside(scope, c.Position)).Select(c => c.Text).Distinct(StringComparer.Ordinal)], paragraphs);
    }

    /// <summary>
    /// Within the area holding most of the prose, the element whose own paragraphs hold the most prose (less its share
    /// of link text), and the boxes beside it, at each level up to the area, that continue it (an article cut up by
    /// advertisements or one box per paragraph); beside the area itself, only the boxes before it, where a lead
    /// paragraph set apart from the rest of the article sits (what follows an article is more often about its author).
    /// </summary>
    private static List<HtmlElement> ArticleParts(HtmlElement area, List<TextBlock> blocks, List<TextBlock> headlines, Func<HtmlElement, int, bool> inside)
    {
        var scores = new Dictionary<HtmlElement, double>();
        foreach (var block in blocks)
        {
            if (block.ProseLength == 0 || !inside(area, block.Position))
            {
                continue;
            }

            // A block of text is a paragraph of its parent, whether a <p> or a bare <div>.
            var container = block.Owner != area ? block.Owner.Parent! : block.Owner;
            scores[container] = scores.GetValueOrDefault(container) + block.ProseLength;
            if (container != area && container.Parent is { } parent)
            {
                scores[parent] = scores.GetValueOrDefault(parent) + (block.ProseLength / 2.0);
            }
        }

        if (scores.Count == 0)
        {
            return [area];
        }

        // As in Readability: a container's score shrinks with its share of link text, so a list of teasers, each a
        // headline link and a summary, scores below an article of the same length.
        var links = new Dictionary<HtmlElement, (int Link, int All)>();
        foreach (var block in blocks)
        {
            if (!inside(area, block.Position))
            {
                continue;
            }

            int linkChars = (int)(block.LinkDensity * block.Text.Length);
            for (var e = block.Owner; e is not null; e = e == area ? null : e.Parent)
            {
                var (link, all) = links.GetValueOrDefault(e);
                links[e] = (link + linkChars, all + block.Text.Length);
            }
        }

        foreach (var container in scores.Keys.ToList())
        {
            var (link, all) = links.GetValueOrDefault(container);
            scores[container] *= all == 0 ? 1 : 1 - (link / (double)all);
        }

        var best = scores.MaxBy(s => s.Value).Key;
        var parts = new List<HtmlElement> { best };
        for (var level = best; level != area.Parent && level.Parent is { } parent; level = parent)
        {
            foreach (var sibling in parent.ChildNodes.OfType<HtmlElement>())
            {
                if (sibling == level && level == area)
                {
                    break;
                }

                if (sibling != level && ContinuesArticle(sibling, blocks, headlines, inside))
                {
                    parts.Add(sibling);
                }
            }
        }

        return parts;
    }

    /// <summary>
    /// A sibling of the article's main container that holds prose and no headline: the next stretch of an article
    /// cut into many small boxes. A teaser has a headline, which is how it differs.
    /// </summary>
    private static bool ContinuesArticle(HtmlElement sibling, List<TextBlock> blocks, List<TextBlock> headlines, Func<HtmlElement, int, bool> inside) =>
        !headlines.Any(h => inside(sibling, h.Position)) && blocks.Any(b => b.ProseLength > 0 && inside(sibling, b.Position));

    /// <summary>From the root down, the child holding the most prose while it holds most of the page's prose.</summary>
    private static HtmlElement ArticleElement(HtmlElement root, Dictionary<HtmlElement, int> prose, int total)
    {
        var current = root;
        while (true)
        {
            HtmlElement? best = null;
            int bestProse = 0;
            var children = current.ChildNodes;
            for (int i = 0; i < children.Count; i++)
            {
                if (children[i] is HtmlElement child && prose.GetValueOrDefault(child) > bestProse)
                {
                    best = child;
                    bestProse = prose[child];
                }
            }

            if (best is null || bestProse < ArticleShare * total)
            {
                return current;
            }

            current = best;
        }
    }

    /// <summary>The page's text blocks and captions, in document order; <paramref name="spans"/> receives each element's range of walk positions, for cheap containment tests.</summary>
    private static (List<TextBlock> Blocks, List<(int Position, string Text)> Captions) Blocks(HtmlElement root, Dictionary<HtmlElement, (int Start, int End)> spans)
    {
        var blocks = new List<TextBlock>();
        var captions = new List<(int, string)>();
        int position = 0;
        var owners = new Stack<Owner>();
        var furniture = new List<HtmlElement>();
        HtmlElement[]? furnitureSnapshot = [];
        int linkDepth = 0;
        var pending = new Stack<(HtmlNode Node, bool Exit)>();

        // Only the innermost block gathers text: its parent's text was flushed when it opened.
        var run = new Run();
        owners.Push(new Owner(root, 1, furnitureSnapshot));
        var furnitureNames = new Dictionary<string, bool>(StringComparer.Ordinal);
        pending.Push((root, false));
        while (pending.TryPop(out var step))
        {
            if (step.Node is HtmlText text)
            {
                if (run.Text.Length == 0 && text.IsWhiteSpace)
                {
                    // Indentation between tags: most block elements hold nothing else, and skipping it saves a string per element.
                    continue;
                }

                var span = text.Span;
                run.Text.Append(span);
                if (linkDepth > 0)
                {
                    run.LinkChars += span.Length;
                    run.LeadingLinkChars += run.AfterLeadingLink is null ? span.Length : 0;
                }
                else if (run.AfterLeadingLink is null && span.TrimStart() is [var first, ..])
                {
                    run.AfterLeadingLink = first;
                }

                continue;
            }

            if (step.Node is not HtmlElement element)
            {
                continue;
            }

            var tag = element.LocalName;
            if (step.Exit)
            {
                spans[element] = (spans[element].Start, position + 1);
                if (tag == "a")
                {
                    linkDepth--;
                }

                if (BlockTags.Contains(tag))
                {
                    Flush(owners.Pop(), run, blocks);
                }

                if (furniture.Count > 0 && furniture[^1] == element)
                {
                    furniture.RemoveAt(furniture.Count - 1);
                    furnitureSnapshot = null;
                }

                continue;
            }

            if (element != root && (SkippedTags.Contains(tag) || IsHidden(element)))
            {
                continue;
            }

            if (tag is "figure" or "figcaption" && element != root)
            {
                foreach (var caption in tag == "figure" ? element.Descendants().OfType<HtmlElement>().Where(e => e.LocalName == "figcaption").ToList() : [element])
                {
                    var captionText = HtmlExtractor.TextOf(caption);
                    if (captionText.Length > 0 && furniture.Count == 0)
                    {
                        captions.Add((position, captionText));
                    }
                }

                continue;
            }

            if (tag == "br")
            {
                run.Text.Append(' ');
                continue;
            }

            spans[element] = (++position, int.MaxValue);
            if (element != root && IsFurniture(element, tag, furnitureNames))
            {
                furniture.Add(element);
                furnitureSnapshot = null;
            }

            if (tag == "a")
            {
                linkDepth++;
                run.Links++;
            }

            if (BlockTags.Contains(tag) && element != root)
            {
                Flush(owners.Peek(), run, blocks);
                owners.Push(new Owner(element, position, furnitureSnapshot ??= [.. furniture]));
            }

            pending.Push((element, true));
            var children = element.ChildNodes;
            for (int i = children.Count - 1; i >= 0; i--)
            {
                if (children[i] is HtmlElement or HtmlText)
                {
                    pending.Push((children[i], false));
                }
            }
        }

        while (owners.TryPop(out var owner))
        {
            Flush(owner, run, blocks);
        }

        return (blocks, captions);
    }

    private static bool IsHidden(HtmlElement element) =>
        element.HasAttribute("hidden") || element.RawAttribute("aria-hidden").SequenceEqual("true")
        || HiddenStyle().IsMatch(element.RawAttribute("style"));

    /// <summary>Comments and footers may be long prose (a page with a short article) but never wrap the article, so they stay furniture however much they hold.</summary>
    private static bool IsNeverArticle(HtmlElement element) =>
        element.LocalName == "footer" || NeverArticleName().IsMatch($"{element.ClassName} {element.Id}");

    /// <summary>By tag, else by class or id; names are remembered per page, since a page repeats its class names many times.</summary>
    private static bool IsFurniture(HtmlElement element, string tag, Dictionary<string, bool> names)
    {
        if (FurnitureTags.Contains(tag))
        {
            return true;
        }

        if (NeverFurniture.Contains(tag))
        {
            return false;
        }

        return IsFurnitureName(element.RawAttribute("class"), names) || IsFurnitureName(element.RawAttribute("id"), names);
    }

    private static bool IsFurnitureName(ReadOnlySpan<char> name, Dictionary<string, bool> names)
    {
        if (name.IsEmpty)
        {
            return false;
        }

        // Looked up by span, so that the many elements repeating a known name cost no string.
        var byName = names.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!byName.TryGetValue(name, out bool furniture))
        {
            furniture = FurnitureName().IsMatch(name);
            byName[name] = furniture;
        }

        return furniture;
    }

    /// <summary>Emits the text an owner has gathered since its last child block, and starts a new run.</summary>
    private static void Flush(Owner owner, Run run, List<TextBlock> blocks)
    {
        if (run.Text.Length > 0 && Whitespace.Collapse(run.Text) is { Length: > 0 } text)
        {
            // A link that opens the block and is followed by a new sentence, not by the rest of its own: a headline over a summary.
            bool headlineLead = run.LeadingLinkChars >= MinHeadlineLength && run.AfterLeadingLink is { } next && (char.IsUpper(next) || char.IsDigit(next));
            blocks.Add(new TextBlock(owner.Element, owner.Position, text, Math.Min(1.0, run.LinkChars / (double)text.Length), owner.Furniture, run.Links, headlineLead));
        }

        // Reset even when nothing was emitted: a link around an image alone must not count towards the next block.
        run.Text.Clear();
        run.LinkChars = 0;
        run.Links = 0;
        run.LeadingLinkChars = 0;
        run.AfterLeadingLink = null;
    }

    /// <summary>A block element the walk is inside, with the furniture around it.</summary>
    private readonly record struct Owner(HtmlElement Element, int Position, HtmlElement[] Furniture);

    /// <summary>The text gathered since the last block boundary, and what of it is links.</summary>
    private sealed class Run
    {
        public StringBuilder Text { get; } = new();

        public int LinkChars { get; set; }

        /// <summary>Links opened in this stretch of text.</summary>
        public int Links { get; set; }

        /// <summary>Link text before any other text.</summary>
        public int LeadingLinkChars { get; set; }

        /// <summary>The first character of text outside a link, once there is some.</summary>
        public char? AfterLeadingLink { get; set; }
    }

    /// <summary>A stretch of text held directly by one element, with the share of it that is link text.</summary>
    private sealed record TextBlock(HtmlElement Owner, int Position, string Text, double LinkDensity, HtmlElement[] Furniture, int Links, bool HeadlineLead)
    {
        /// <summary>
        /// A teaser's headline: one link, itself long enough to be a headline, alone or opening its summary. Several
        /// links in one block are sources or buttons ("Listen: … Download: …"), and a short link with a label is a
        /// handle ("Account: @name"); an article may hold either.
        /// </summary>
        public bool IsHeadline => (LinkDensity > MaxKeptLinkDensity && LinkDensity * Text.Length >= MinHeadlineLength && Links <= 1) || HeadlineLead;

        /// <summary>How much this block says that the article is here: its length if it reads as prose, else nothing.</summary>
        public int ProseLength => Text.Length >= MinProseLength && LinkDensity <= MaxProseLinkDensity && Punctuated() ? Text.Length : 0;

        public bool Kept => LinkDensity <= MaxKeptLinkDensity;

        // Words and sentence punctuation; a long string without a space (a URL, a token) is not prose.
        private bool Punctuated() => Text.AsSpan().IndexOfAny(".!?,;。，、") >= 0 && Text.AsSpan().IndexOfAny(" 。，、") >= 0;
    }

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenStyle();

    [GeneratedRegex(@"comment|disqus|respond|replies|discussion|footer", RegexOptions.IgnoreCase)]
    private static partial Regex NeverArticleName();

    [GeneratedRegex(
        @"share|related|newsletter|cookie|comment|promo|(^|[\s_-])(ad|ads|advert\w*)([\s_-]|$)|social|breadcrumb"
        + @"|subscribe|video-player|most-read|sidebar|skip-link|signup|sign-up|paywall|recommend|trending|footer|navbar"
        + @"|navigation|masthead|disqus|byline|(^|[\s_-])(meta|tags|author|credits?|caption|toolbar|popup|modal|banner|pagination|pager)([\s_-]|$)",
        RegexOptions.IgnoreCase)]
    private static partial Regex FurnitureName();
}
