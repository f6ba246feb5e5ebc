using System.Collections.Immutable;

namespace Chronicle.Documents;

/// <summary>The clean text of one article and what is known about it before any language processing.</summary>
public sealed record Article
{
    /// <summary>The input's own id if it had one, else the content hash.</summary>
    public required string Id { get; init; }

    /// <summary>Lower-case hex SHA-256 of <see cref="Text"/> in UTF-8.</summary>
    public required string ContentHash { get; init; }

    /// <summary>Where the article was read from: a path, a URL, "stdin", or "file.jsonl:12".</summary>
    public required string Source { get; init; }

    public string? Url { get; init; }

    public string? Title { get; init; }

    public ImmutableArray<string> Byline { get; init; } = [];

    public PublicationDate? Published { get; init; }

    public string Language { get; init; } = "en";

    public string? SiteName { get; init; }

    /// <summary>Title, captions and body, boilerplate removed, paragraphs separated by blank lines.</summary>
    public required string Text { get; init; }

    public ImmutableArray<Section> Sections { get; init; } = [];
}

/// <summary>A part of the article text with its role.</summary>
public readonly record struct Section(SectionKind Kind, Span Span);

/// <summary>The role of a section of an article's text.</summary>
public enum SectionKind
{
    Title,
    Caption,
    Body,
}

/// <summary>The day an article was published, and how that was learnt.</summary>
public sealed record PublicationDate(DateOnly Date, PublishedFrom From);

/// <summary>Where a publication date came from.</summary>
public enum PublishedFrom
{
    Meta,
    JsonLd,
    Dateline,
    Url,
    Given,
    Inferred,
}
