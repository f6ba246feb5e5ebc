using System.Collections.Immutable;
using Chronicle.Documents;

namespace Chronicle.Articles;

/// <summary>What a web page says about its article: the raw title, captions and paragraphs, and its metadata.</summary>
internal sealed record HtmlArticle
{
    public string? Title { get; init; }

    public IReadOnlyList<string> Captions { get; init; } = [];

    public IReadOnlyList<string> Paragraphs { get; init; } = [];

    public ImmutableArray<string> Byline { get; init; } = [];

    public PublicationDate? Published { get; init; }

    public string? Url { get; init; }

    public string? Language { get; init; }

    public string? SiteName { get; init; }
}
