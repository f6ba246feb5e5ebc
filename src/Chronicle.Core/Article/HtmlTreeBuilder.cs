namespace Chronicle.Articles;

/// <summary>
/// A light, forgiving HTML parser for reading articles: one pass over the page builds a tree of elements and text
/// runs, following the parts of the HTML standard's tree building that shape where text ends up (implied end tags
/// of p, li, dd, td and tr; raw text of script and style; void elements; head before body; stray end tags ignored
/// as browsers ignore them) and leaving out what does not (quirks, foster parenting, the adoption agency, scripting).
/// Nothing recurses, and nesting deeper than <see cref="MaxDepth"/> is flattened into the deepest element kept, as
/// browsers do, so hostile markup costs linear time and no stack.
/// </summary>
internal sealed class HtmlTreeBuilder
{
    /// <summary>Chromium's parser caps the tree at this depth too; real pages nest a few dozen levels.</summary>
    public const int MaxDepth = 512;

    // Names of elements longer than this are lower-cased on the heap; real tag names are short.
    private const int StackNameLength = 64;

    private readonly string html;
    private readonly HtmlElement root;
    private readonly List<HtmlElement> open = [];
    private readonly Dictionary<HtmlTag, int> openCounts = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, HtmlTag> otherTags = new(StringComparer.Ordinal);
    private readonly List<HtmlAttribute> attributes = [];
    private HtmlElement? head;
    private HtmlElement? body;
    private int foreignDepth;

    // Start tags dropped at the depth cap, so that as many end tags are dropped with them.
    private int overflow;
    private bool flattened;

    private HtmlTreeBuilder(string html)
    {
        this.html = html;
        root = new HtmlElement(HtmlTag.Html, html);
        Push(root);
    }

    public static HtmlDocument Parse(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var builder = new HtmlTreeBuilder(html);
        builder.Run();
        return new HtmlDocument(builder.root, builder.body, builder.flattened);
    }

    private HtmlElement Current => open[^1];

    private void Run()
    {
        int length = html.Length;
        int textStart = 0;
        int i = 0;
        while (true)
        {
            int lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 2 > length)
            {
                break;
            }

            char next = html[lt + 1];
            int after;
            if (next == '!')
            {
                AddText(textStart, lt);
                after = html.AsSpan(lt).StartsWith("<!--") ? EndOfComment(lt) : EndOf('>', lt + 2);
            }
            else if (next == '?')
            {
                AddText(textStart, lt);
                after = EndOf('>', lt + 2);
            }
            else if (next == '/')
            {
                if (lt + 2 >= length)
                {
                    break;
                }

                AddText(textStart, lt);
                char first = html[lt + 2];
                after = first == '>' ? lt + 3
                    : char.IsAsciiLetter(first) ? EndTag(lt + 2)
                    : EndOf('>', lt + 2);
            }
            else if (char.IsAsciiLetter(next))
            {
                AddText(textStart, lt);
                after = StartTag(lt + 1);
            }
            else
            {
                // A "<" that starts no markup is text.
                i = lt + 1;
                continue;
            }

            i = textStart = after;
        }

        AddText(textStart, length);
    }

    private int EndOf(char c, int from)
    {
        int index = html.IndexOf(c, from);
        return index < 0 ? html.Length : index + 1;
    }

    private int EndOfComment(int start)
    {
        // "<!-->" and "<!--->" are empty comments.
        var rest = html.AsSpan(start + 4);
        if (rest.StartsWith(">"))
        {
            return start + 5;
        }

        if (rest.StartsWith("->"))
        {
            return start + 6;
        }

        int end = html.IndexOf("-->", start + 4, StringComparison.Ordinal);
        return end < 0 ? html.Length : end + 3;
    }

    /// <summary>Reads a tag's name and attributes from just after "&lt;" or "&lt;/"; the position after its "&gt;", or -1 when the page ends inside it.</summary>
    private int ReadTag(int start, out HtmlTag tag, out bool selfClosing)
    {
        int length = html.Length;
        int p = start;
        while (p < length && !IsTagNameEnd(html[p]))
        {
            p++;
        }

        tag = TagNamed(html.AsSpan(start, p - start));
        selfClosing = false;
        attributes.Clear();
        while (true)
        {
            while (p < length && IsSpace(html[p]))
            {
                p++;
            }

            if (p >= length)
            {
                return -1;
            }

            if (html[p] == '>')
            {
                return p + 1;
            }

            if (html[p] == '/')
            {
                if (p + 1 < length && html[p + 1] == '>')
                {
                    selfClosing = true;
                    return p + 2;
                }

                p++;
                continue;
            }

            // The first character of a name may be "=", as the standard reads it.
            int nameStart = p++;
            while (p < length && !IsTagNameEnd(html[p]) && html[p] != '=')
            {
                p++;
            }

            int nameLength = p - nameStart;
            while (p < length && IsSpace(html[p]))
            {
                p++;
            }

            int valueStart = p;
            int valueLength = 0;
            if (p < length && html[p] == '=')
            {
                p++;
                while (p < length && IsSpace(html[p]))
                {
                    p++;
                }

                if (p >= length)
                {
                    return -1;
                }

                char quote = html[p];
                if (quote is '"' or '\'')
                {
                    int close = html.IndexOf(quote, p + 1);
                    if (close < 0)
                    {
                        return -1;
                    }

                    valueStart = p + 1;
                    valueLength = close - valueStart;
                    p = close + 1;
                }
                else
                {
                    valueStart = p;
                    while (p < length && !IsSpace(html[p]) && html[p] != '>')
                    {
                        p++;
                    }

                    valueLength = p - valueStart;
                }
            }

            attributes.Add(new HtmlAttribute(nameStart, nameLength, valueStart, valueLength));
        }
    }

    private static bool IsSpace(char c) => c is ' ' or '\n' or '\t' or '\r' or '\f';

    private static bool IsTagNameEnd(char c) => c is '>' or '/' || IsSpace(c);

    private HtmlTag TagNamed(ReadOnlySpan<char> name)
    {
        Span<char> lower = name.Length <= StackNameLength ? stackalloc char[StackNameLength] : new char[name.Length];
        lower = lower[..name.Length];
        name.ToLowerInvariant(lower);
        if (HtmlTag.KnownByName.TryGetValue(lower, out var tag))
        {
            return tag;
        }

        var lookup = otherTags.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(lower, out tag))
        {
            tag = new HtmlTag(lower.ToString(), TagFlags.None);
            otherTags[tag.Name] = tag;
        }

        return tag;
    }

    private int StartTag(int start)
    {
        int after = ReadTag(start, out var tag, out bool selfClosing);
        if (after < 0)
        {
            // A tag cut off by the end of the page is dropped, as browsers drop it.
            return html.Length;
        }

        bool raw = tag.Is(TagFlags.RawText | TagFlags.DecodedRawText) && (foreignDepth == 0 || tag.Name == "script");
        var element = Insert(tag, selfClosing || raw);
        if (!raw)
        {
            return after;
        }

        int close = RawTextEnd(tag.Name, after);
        if (close > after)
        {
            (element ?? Current).Add(new HtmlText(html, after, close - after, decode: tag.Is(TagFlags.DecodedRawText)));
        }

        return close >= html.Length ? html.Length : EndOf('>', close + 2);
    }

    /// <summary>Where "&lt;/name" next closes a raw-text element, or the end of the page.</summary>
    private int RawTextEnd(string name, int from)
    {
        int length = html.Length;
        while (true)
        {
            int close = html.IndexOf("</", from, StringComparison.Ordinal);
            if (close < 0)
            {
                return length;
            }

            int nameEnd = close + 2 + name.Length;
            if (nameEnd <= length
                && html.AsSpan(close + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && (nameEnd == length || IsTagNameEnd(html[nameEnd])))
            {
                return close;
            }

            from = close + 2;
        }
    }

    /// <summary>Places a new element; null when none was added (a repeated html or body tag, or nesting past the cap).</summary>
    private HtmlElement? Insert(HtmlTag tag, bool leaveClosed)
    {
        if (tag == HtmlTag.Html)
        {
            MergeAttributes(root);
            return null;
        }

        if (tag == HtmlTag.Body)
        {
            MergeAttributes(body ?? OpenBody());
            return null;
        }

        if (tag == HtmlTag.Head)
        {
            if (head is null && body is null)
            {
                head = Create(tag);
                root.Add(head);
                Push(head);
            }

            return null;
        }

        HtmlElement parent;
        if (body is null && tag.Is(TagFlags.HeadContent))
        {
            parent = head ??= AddHead();
        }
        else
        {
            if (body is null)
            {
                OpenBody();
            }

            CloseImpliedElements(tag);
            parent = Current;
        }

        bool stays = !tag.Is(TagFlags.Void) && !(leaveClosed && (foreignDepth > 0 || tag.Is(TagFlags.RawText | TagFlags.DecodedRawText)));
        if (stays && open.Count >= MaxDepth)
        {
            overflow++;
            flattened = true;
            return null;
        }

        var element = Create(tag);
        parent.Add(element);
        if (stays)
        {
            Push(element);
        }

        return element;
    }

    private HtmlElement AddHead()
    {
        var added = new HtmlElement(HtmlTag.Head, html);
        root.Add(added);
        return added;
    }

    private HtmlElement Create(HtmlTag tag)
    {
        var element = new HtmlElement(tag, html);
        foreach (var attribute in attributes)
        {
            element.AddAttribute(attribute);
        }

        return element;
    }

    private void MergeAttributes(HtmlElement element)
    {
        foreach (var attribute in attributes)
        {
            element.AddAttribute(attribute);
        }
    }

    /// <summary>Content starts the body: whatever the head left open is closed.</summary>
    private HtmlElement OpenBody()
    {
        PopTo(1);
        body = new HtmlElement(HtmlTag.Body, html);
        root.Add(body);
        Push(body);
        return body;
    }

    /// <summary>The end tags a start tag implies: a block closes a paragraph, an item the previous item, a cell the previous cell.</summary>
    private void CloseImpliedElements(HtmlTag tag)
    {
        if (tag.Is(TagFlags.ClosesParagraph))
        {
            if (tag.Name is "li" or "dd" or "dt")
            {
                CloseListItem(tag.Name == "li");
            }

            CloseParagraph();
            if (tag.Is(TagFlags.Heading) && Current.Tag.Is(TagFlags.Heading))
            {
                Pop();
            }
        }
        else if (tag.Is(TagFlags.TablePart))
        {
            CloseTablePart(tag.Name);
        }
        else if (tag.Name == "a")
        {
            // A link does not nest in a link: an open one ends here.
            CloseNearest(t => t.Name == "a", t => t.Is(TagFlags.Special));
        }
        else if (tag.Name is "option" && Current.Tag.Name == "option")
        {
            Pop();
        }
    }

    private void CloseListItem(bool listItem) =>
        CloseNearest(
            t => listItem ? t.Name == "li" : t.Name is "dd" or "dt",
            t => t.Is(TagFlags.Special) && t.Name is not ("address" or "div" or "p"));

    private void CloseParagraph()
    {
        if (openCounts.GetValueOrDefault(HtmlTag.KnownByName["p"]) > 0)
        {
            CloseNearest(t => t.Name == "p", t => t.Is(TagFlags.ScopeBoundary) || t.Name == "button");
        }
    }

    private void CloseTablePart(string name)
    {
        if (name is "td" or "th")
        {
            CloseNearest(t => t.Name is "td" or "th", t => t.Name is "table" or "tr" or "tbody" or "thead" or "tfoot");
        }
        else if (name == "tr")
        {
            CloseNearest(t => t.Name == "tr", t => t.Name is "table" or "tbody" or "thead" or "tfoot");
        }
        else
        {
            CloseNearest(t => t.Name is "tbody" or "thead" or "tfoot", t => t.Name == "table");
        }
    }

    /// <summary>Closes the innermost open element that matches, unless a boundary comes first.</summary>
    private void CloseNearest(Func<HtmlTag, bool> matches, Func<HtmlTag, bool> boundary)
    {
        for (int k = open.Count - 1; k > 0; k--)
        {
            var tag = open[k].Tag;
            if (matches(tag))
            {
                PopTo(k);
                return;
            }

            if (boundary(tag))
            {
                return;
            }
        }
    }

    private int EndTag(int start)
    {
        int after = ReadTag(start, out var tag, out _);
        if (after < 0)
        {
            return html.Length;
        }

        if (tag == HtmlTag.Html || tag == HtmlTag.Body || tag.Is(TagFlags.Void))
        {
            // The body stays open to the end, as in browsers; "</br>" is read as a line break.
            if (tag.Name == "br")
            {
                attributes.Clear();
                Insert(tag, leaveClosed: true);
            }

            return after;
        }

        if (tag == HtmlTag.Head)
        {
            if (body is null && Current == head)
            {
                Pop();
            }

            return after;
        }

        if (overflow > 0)
        {
            overflow--;
            return after;
        }

        if (tag.Is(TagFlags.Heading))
        {
            // Any heading's end tag closes the open heading, whatever its level.
            CloseNearest(t => t.Is(TagFlags.Heading), t => t.Is(TagFlags.ScopeBoundary));
        }
        else if (openCounts.GetValueOrDefault(tag) == 0)
        {
            // Nothing of that name is open: a stray end tag, ignored.
        }
        else if (tag.Is(TagFlags.TablePart) || tag.Name == "table")
        {
            CloseNearest(t => t == tag, t => t.Name is "table" or "template" && t != tag);
        }
        else if (tag.Is(TagFlags.Special))
        {
            CloseNearest(t => t == tag, t => t.Is(TagFlags.ScopeBoundary) || (tag.Name == "li" && t.Name is "ul" or "ol"));
        }
        else
        {
            // Inline and unknown elements close only up to the nearest block, which a stray end tag cannot cross.
            CloseNearest(t => t == tag, t => t.Is(TagFlags.Special));
        }

        return after;
    }

    private void AddText(int start, int end)
    {
        if (end <= start)
        {
            return;
        }

        if (body is null)
        {
            if (html.AsSpan(start, end - start).IsWhiteSpace())
            {
                return;
            }

            OpenBody();
        }

        Current.Add(new HtmlText(html, start, end - start, decode: true));
    }

    private void Push(HtmlElement element)
    {
        open.Add(element);
        openCounts[element.Tag] = openCounts.GetValueOrDefault(element.Tag) + 1;
        if (element.Tag.Is(TagFlags.Foreign))
        {
            foreignDepth++;
        }
    }

    private void Pop()
    {
        var element = open[^1];
        open.RemoveAt(open.Count - 1);
        openCounts[element.Tag]--;
        if (element.Tag.Is(TagFlags.Foreign))
        {
            foreignDepth--;
        }
    }

    private void PopTo(int count)
    {
        while (open.Count > count)
        {
            Pop();
        }
    }
}
