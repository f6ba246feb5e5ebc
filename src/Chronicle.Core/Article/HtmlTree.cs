using System.Net;
using System.Text;

namespace Chronicle.Articles;

/// <summary>A node of the light tree <see cref="HtmlTreeBuilder"/> builds: an element or a run of text.</summary>
internal abstract class HtmlNode
{
    public HtmlElement? Parent { get; internal set; }
}

/// <summary>A run of text, kept as a span over the page until a string is asked for; character references are decoded up front.</summary>
internal sealed class HtmlText : HtmlNode
{
    private readonly string source;
    private readonly int start;
    private readonly int length;
    private string? data;

    public HtmlText(string source, int start, int length, bool decode)
    {
        this.source = source;
        this.start = start;
        this.length = length;
        if (decode && source.AsSpan(start, length).Contains('&'))
        {
            data = WebUtility.HtmlDecode(source.Substring(start, length));
        }
    }

    public ReadOnlySpan<char> Span => data is null ? source.AsSpan(start, length) : data.AsSpan();

    public string Data => data ??= source.Substring(start, length);

    public bool IsWhiteSpace => Span.IsWhiteSpace();
}

/// <summary>An element: its lower-case name, its attributes (spans over the page, read on demand) and its children.</summary>
internal sealed class HtmlElement : HtmlNode
{
    private readonly string source;
    private List<HtmlAttribute>? attributes;

    public HtmlElement(HtmlTag tag, string source)
    {
        Tag = tag;
        this.source = source;
    }

    public HtmlTag Tag { get; }

    public string LocalName => Tag.Name;

    public List<HtmlNode> ChildNodes { get; } = [];

    public string? Id => GetAttribute("id");

    public string? ClassName => GetAttribute("class");

    /// <summary>The attribute's value with character references decoded; of a repeated attribute, the first, as browsers read it.</summary>
    public string? GetAttribute(string name)
    {
        if (Find(name) is not { } attribute)
        {
            return null;
        }

        var value = source.Substring(attribute.ValueStart, attribute.ValueLength);
        return value.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(value) : value;
    }

    public bool HasAttribute(string name) => Find(name) is not null;

    /// <summary>The attribute's value as written, character references not decoded, empty when absent: for tests that need no string.</summary>
    public ReadOnlySpan<char> RawAttribute(string name) =>
        Find(name) is { } attribute ? source.AsSpan(attribute.ValueStart, attribute.ValueLength) : default;

    /// <summary>All the text inside, in document order, gathered without recursion.</summary>
    public string TextContent
    {
        get
        {
            var text = new StringBuilder();
            foreach (var node in Descendants())
            {
                if (node is HtmlText run)
                {
                    text.Append(run.Span);
                }
            }

            return text.ToString();
        }
    }

    /// <summary>Every node inside, in document order, walked with an explicit stack.</summary>
    public IEnumerable<HtmlNode> Descendants()
    {
        var pending = new Stack<HtmlNode>();
        PushChildren(pending, this);
        while (pending.TryPop(out var node))
        {
            yield return node;
            if (node is HtmlElement element)
            {
                PushChildren(pending, element);
            }
        }
    }

    internal void Add(HtmlNode child)
    {
        child.Parent = this;
        ChildNodes.Add(child);
    }

    /// <summary>Adds an attribute unless one of that name is already there (browsers keep the first).</summary>
    internal void AddAttribute(HtmlAttribute attribute)
    {
        if (Find(source.AsSpan(attribute.NameStart, attribute.NameLength)) is null)
        {
            (attributes ??= []).Add(attribute);
        }
    }

    private HtmlAttribute? Find(ReadOnlySpan<char> name)
    {
        if (attributes is null)
        {
            return null;
        }

        foreach (var attribute in attributes)
        {
            if (source.AsSpan(attribute.NameStart, attribute.NameLength).Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return attribute;
            }
        }

        return null;
    }

    private static void PushChildren(Stack<HtmlNode> pending, HtmlElement element)
    {
        var children = element.ChildNodes;
        for (int i = children.Count - 1; i >= 0; i--)
        {
            pending.Push(children[i]);
        }
    }
}

/// <summary>Where an attribute's name and value lie in the page.</summary>
internal readonly record struct HtmlAttribute(int NameStart, int NameLength, int ValueStart, int ValueLength);

/// <summary>A parsed page: its root element, its body (when it has content), and whether nesting was cut off.</summary>
internal sealed record HtmlDocument(HtmlElement Root, HtmlElement? Body, bool Flattened);
