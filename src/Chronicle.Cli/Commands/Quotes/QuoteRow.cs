using Chronicle.Documents;

namespace Chronicle.Cli.Commands.Quotes;

/// <summary>One quote with its speaker and cue looked up, ready to print.</summary>
internal sealed record QuoteRow(Document Document, Quote Quote, Entity? Speaker)
{
    public string Text => Document[Quote.Span];

    public string? Cue => Quote.Cue is { } cue ? Document[cue] : null;

    public static IEnumerable<QuoteRow> Of(Document document) =>
        document.Quotes.Select(q => new QuoteRow(document, q, q.Speaker is { } id ? document.FindEntity(id) : null));

    /// <summary>Whether the speaker is called this: its name, any alias the article gives it, or the last words of either ("Ryder").</summary>
    public bool SpokenBy(string name) =>
        Speaker is { } speaker && speaker.Aliases.Prepend(speaker.Name).Any(known => Names(known, name));

    private static bool Names(string known, string name) =>
        known.Equals(name, StringComparison.OrdinalIgnoreCase) || known.EndsWith(" " + name, StringComparison.OrdinalIgnoreCase);
}
