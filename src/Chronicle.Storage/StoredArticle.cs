using System.Collections.Immutable;
using Chronicle.Documents;

namespace Chronicle.Storage;

/// <summary>
/// A stored article with everything the store keeps on its text: the entities it names and the events it reports,
/// each with its spans in Unicode code points, like the document contract.
/// </summary>
public sealed record StoredArticle
{
    /// <summary>The article's id: the input's own, else its content hash.</summary>
    public required string Id { get; init; }

    public required string ContentHash { get; init; }

    public required string Source { get; init; }

    public string? Url { get; init; }

    public string? Title { get; init; }

    public ImmutableArray<string> Byline { get; init; } = [];

    public PublicationDate? Published { get; init; }

    public required string Language { get; init; }

    public string? SiteName { get; init; }

    public required string Text { get; init; }

    public ImmutableArray<StoredSection> Sections { get; init; } = [];

    public ImmutableArray<StoredEntity> Entities { get; init; } = [];

    /// <summary>The article's own reports, each naming the stored event it became part of.</summary>
    public ImmutableArray<ArticleReport> Reports { get; init; } = [];

    /// <summary>The article as the pipeline reads it (UTF-16 positions), to annotate the stored text again.</summary>
    public Article ToArticle()
    {
        var utf16 = Utf16Positions(Text);
        return new Article
        {
            Id = Id,
            ContentHash = ContentHash,
            Source = Source,
            Url = Url,
            Title = Title,
            Byline = Byline,
            Published = Published,
            Language = Language,
            SiteName = SiteName,
            Text = Text,
            Sections = [.. Sections.Select(s => new Section(s.Kind, new Span(utf16(s.Start), utf16(s.End))))],
        };
    }

    /// <summary>Maps code point offsets of a text to UTF-16 positions.</summary>
    private static Func<int, int> Utf16Positions(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            return codePoint => codePoint;
        }

        var positions = new List<int>(text.Length + 1);
        for (int i = 0; i < text.Length; i++)
        {
            positions.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
        }

        positions.Add(text.Length);
        return codePoint => positions[Math.Min(codePoint, positions.Count - 1)];
    }
}

/// <summary>A section of a stored article's text, in code points.</summary>
public readonly record struct StoredSection(SectionKind Kind, int Start, int End);

/// <summary>An entity as one article names it, with its mentions in code points.</summary>
public sealed record StoredEntity(string LocalId, string Type, string Name, string? Country, ImmutableArray<Evidence> Mentions);

/// <summary>One report of an article: its id there, the stored event it belongs to, and the words that report it.</summary>
public sealed record ArticleReport(string LocalId, long EventId, EventType Type, string? Mode, Modality Modality, ImmutableArray<Evidence> Evidence);

/// <summary>An entity name found by a search, with how many stored articles name it.</summary>
public sealed record EntityMatch(string Name, string Type, string? Country, int Articles);
