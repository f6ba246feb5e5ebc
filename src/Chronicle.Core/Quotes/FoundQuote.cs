using Chronicle.Documents;

namespace Chronicle.Quotes;

/// <summary>A finished quote together with the words that named its speaker, which the contract does not carry.</summary>
internal sealed record FoundQuote(Quote Quote, Span? SpeakerPhrase);
