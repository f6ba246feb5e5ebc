namespace Chronicle.Documents;

/// <summary>Direct or reported speech, with the words that introduce it and who spoke.</summary>
public sealed record Quote
{
    public required QuoteId Id { get; init; }

    /// <summary>The quoted content (inside the quotation marks for direct speech).</summary>
    public required Span Span { get; init; }

    public required QuoteKind Kind { get; init; }

    public EntityId? Speaker { get; init; }

    /// <summary>The speech verb or phrase ("said", "according to"), when there is one.</summary>
    public Span? Cue { get; init; }
}

/// <summary>Whether speech is quoted verbatim or reported.</summary>
public enum QuoteKind
{
    Direct,
    Indirect,
}

/// <summary>A counted amount in the text ("approximately 900 troops").</summary>
public sealed record Quantity
{
    public required Span Span { get; init; }

    public required double Value { get; init; }

    public required string Unit { get; init; }

    public bool Approximate { get; init; }
}
