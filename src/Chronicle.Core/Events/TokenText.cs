using Chronicle.Documents;

namespace Chronicle.Events;

/// <summary>A document's tokens as the event rules read them, each lower-cased once per document rather than at every look.</summary>
internal sealed class TokenText(Document document)
{
    private readonly string?[] _lower = new string?[document.Tokens.Length];

    public Document Document => document;

    /// <summary>The token in lower case, with typographic apostrophes made plain so "don’t" reads as "don't".</summary>
    public string Lower(int token) => _lower[token] ??= new string(LowerInto(token, stackalloc char[Math.Min(Length(token), 128)]));

    /// <summary>The token in lower case written into a buffer, without allocating when it fits: for look-ups of every word.</summary>
    public ReadOnlySpan<char> LowerInto(int token, Span<char> buffer)
    {
        if (_lower[token] is { } known)
        {
            return known;
        }

        var text = document.Text.AsSpan(document.Tokens[token].Span.Start, Length(token));
        var lower = text.Length <= buffer.Length ? buffer[..text.Length] : new char[text.Length];
        text.ToLowerInvariant(lower);
        lower.Replace('\u2019', '\'');
        return lower;
    }

    public bool IsAny(int token, IReadOnlySet<string> lowerWords) =>
        token >= 0 && token < _lower.Length && lowerWords.Contains(Lower(token));

    public bool IsWord(int token) => document.Tokens[token].Kind == TokenKind.Word;

    public char First(int token) => document.Text[document.Tokens[token].Span.Start];

    private int Length(int token) => document.Tokens[token].Span.Length;
}
