namespace Chronicle.Articles;

/// <summary>How the HTML standard's tree building treats an element, as far as the light parser follows it.</summary>
[Flags]
internal enum TagFlags
{
    None = 0,

    /// <summary>Never has content or an end tag (br, img, meta).</summary>
    Void = 1,

    /// <summary>Content is text up to the matching end tag, not markup (script, style).</summary>
    RawText = 2,

    /// <summary>Raw text in which character references are decoded (title, textarea).</summary>
    DecodedRawText = 4,

    /// <summary>The standard's "special" category: a stray end tag of another element does not close it.</summary>
    Special = 8,

    /// <summary>Its start tag closes an open paragraph.</summary>
    ClosesParagraph = 16,

    /// <summary>Bounds the search for an element an end tag closes (table, td, html).</summary>
    ScopeBoundary = 32,

    Heading = 64,

    /// <summary>Belongs in the head when it comes before any content.</summary>
    HeadContent = 128,

    /// <summary>SVG and MathML, where "/&gt;" closes an element.</summary>
    Foreign = 256,

    /// <summary>A table part (td, th, tr, tbody, thead, tfoot): closed by its next sibling, bounded by its table.</summary>
    TablePart = 512,
}

/// <summary>An element name (lower case, one shared string per name) and its tree-building flags.</summary>
internal sealed record HtmlTag(string Name, TagFlags Flags)
{
    private static readonly Dictionary<string, HtmlTag> Known = Build();

    /// <summary>Looks a lower-case name up without allocating.</summary>
    public static readonly Dictionary<string, HtmlTag>.AlternateLookup<ReadOnlySpan<char>> KnownByName = Known.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly HtmlTag Html = Known["html"];
    public static readonly HtmlTag Head = Known["head"];
    public static readonly HtmlTag Body = Known["body"];

    public bool Is(TagFlags flag) => (Flags & flag) != 0;

    private static Dictionary<string, HtmlTag> Build()
    {
        var flags = new Dictionary<string, TagFlags>(StringComparer.Ordinal);
        void Mark(TagFlags flag, string names)
        {
            foreach (var name in names.Split(' '))
            {
                flags[name] = flags.GetValueOrDefault(name) | flag;
            }
        }

        // From the HTML standard's tree-construction section (§13.2.6).
        Mark(TagFlags.Void, "area base basefont bgsound br col embed frame hr img image input keygen link meta param source track wbr");
        // A template's content is not part of the page (browsers keep it apart), so it is read past like a script.
        Mark(TagFlags.RawText, "script style xmp iframe noembed noframes noscript template");
        Mark(TagFlags.DecodedRawText, "title textarea");
        Mark(
            TagFlags.Special,
            "address applet area article aside base basefont bgsound blockquote body br button caption center col colgroup dd "
            + "details dialog dir div dl dt embed fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head "
            + "header hgroup hr html iframe img input keygen li link listing main marquee menu meta nav noembed noframes noscript "
            + "object ol p param plaintext pre script search section select source style summary table tbody td template textarea "
            + "tfoot th thead title tr track ul wbr xmp");
        Mark(
            TagFlags.ClosesParagraph,
            "address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer header hgroup main "
            + "menu nav ol p search section summary ul h1 h2 h3 h4 h5 h6 pre listing form li dd dt plaintext table hr xmp");
        Mark(TagFlags.ScopeBoundary, "applet caption html table td th marquee object template");
        Mark(TagFlags.Heading, "h1 h2 h3 h4 h5 h6");
        Mark(TagFlags.HeadContent, "base basefont bgsound link meta noframes script style template title noscript");
        Mark(TagFlags.Foreign, "svg math");
        Mark(TagFlags.TablePart, "td th tr tbody thead tfoot");
        return flags.ToDictionary(f => f.Key, f => new HtmlTag(f.Key, f.Value), StringComparer.Ordinal);
    }
}
