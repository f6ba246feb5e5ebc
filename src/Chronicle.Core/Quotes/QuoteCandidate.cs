using Chronicle.Documents;

namespace Chronicle.Quotes;

/// <summary>A quote found in the text before its speaker phrase is resolved to an entity.</summary>
/// <param name="Content">The quoted words, or the reported content clause.</param>
/// <param name="Kind">Direct or reported speech.</param>
/// <param name="Cue">The speech verb or phrase.</param>
/// <param name="SpeakerPhrase">The words naming the speaker ("Pentagon Spokesperson General Ryder", "he").</param>
/// <param name="Outer">The span the quote claims in the text, marks included, for look-ups and exclusions.</param>
internal sealed record QuoteCandidate(Span Content, QuoteKind Kind, Span? Cue, Span? SpeakerPhrase, Span Outer)
{
    /// <summary>Whether the speaker comes from the quote just before, as in a quote split by its cue.</summary>
    public bool ContinuesPrevious { get; init; }
}
