namespace Chronicle.Articles;

/// <summary>An article's title, captions and body paragraphs after boilerplate removal, before they are joined into one text.</summary>
internal sealed record ArticleParts(string? Title, IReadOnlyList<string> Captions, IReadOnlyList<string> Body);
