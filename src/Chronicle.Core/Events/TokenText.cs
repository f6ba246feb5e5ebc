using Chronicle.Documents;

namespace Chronicle.Events;

/// <summary>A document's tokens as the event rules read them, each lower-cased once per document rather than at every look.</summary>
internal sealed class TokenText(Document document)
{
    private readonly string?[] _lower = new string?[document.Tokens.Length];

    public Document Document => document;

    /// <summary>The token in lower case, with typographic apostrophes made plain so "don’t" reads as "don't".</summary>
    public string Lower(int token) => _lower[token] ??= LowerCase(document.Text.AsSpan(document.Tokens[token].Span.Start, document.Tokens[token].Span.Length));

    public bool IsAny(int token, IReadOnlySet<string> lowerWords) =>
        token >= 0 && token < _lower.Length && lowerWords.Contains(Lower(token));

    public bool IsWord(int token) => document.Tokens[token].Kind == TokenKind.Word;

    public char First(int token) => document.Text[document.Tokens[token].Span.Start];

    private static string LowerCase(ReadOnlySpan<char> text)
    {
        Span<char> lower = text.Length <= 128 ? stackalloc char[text.Length] : new char[text.Length];
        text.ToLowerInvariant(lower);
        lower.Replace('\u2019', '\'');
        return new string(lower);
    }
}
