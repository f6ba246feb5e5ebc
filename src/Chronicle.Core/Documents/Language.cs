namespace Chronicle.Documents;

/// <summary>A sentence: its span and the range of its tokens in the document's token list.</summary>
public readonly record struct Sentence(Span Span, int FirstToken, int TokenCount)
{
    public int EndToken => FirstToken + TokenCount;
}

/// <summary>A word, number or punctuation mark of the text.</summary>
public readonly record struct Token(Span Span, TokenKind Kind);

/// <summary>The coarse class of a token, decided from its characters alone.</summary>
public enum TokenKind
{
    Word,
    Number,
    Punctuation,
    Symbol,
}
