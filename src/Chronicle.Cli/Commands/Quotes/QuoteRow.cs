using Chronicle.Documents;

namespace Chronicle.Cli.Commands.Quotes;

/// <summary>One quote with its speaker and cue looked up, ready to print.</summary>
internal sealed record QuoteRow(Document Document, Quote Quote, Entity? Speaker)
{
    public string Text => Document[Quote.Span];

    public string? Cue => Quote.Cue is { } cue ? Document[cue] : null;

    public static IEnumerable<QuoteRow> Of(Document document) =>
        document.Quotes.Select(q => new QuoteRow(document, q, q.Speaker is { } id ? document.FindEntity(id) : null));

    /// <summary>Whether the speaker is called this, by name or by any alias the article gives it.</summary>
    public bool SpokenBy(string name) =>
        Speaker is { } speaker
        && (string.Equals(speaker.Name, name, StringComparison.OrdinalIgnoreCase)
            || speaker.Aliases.Any(alias => string.Equals(alias, name, StringComparison.OrdinalIgnoreCase)));
}
