using Chronicle.Documents;

namespace Chronicle.Events;

/// <summary>Small readers of token text used by the event rules.</summary>
internal static class TokenText
{
    /// <summary>The token in lower case, with typographic apostrophes made plain so "don’t" reads as "don't".</summary>
    public static string Lower(Document document, int token) =>
        document[document.Tokens[token].Span].ToLowerInvariant().Replace('\u2019', '\'');

    public static bool IsAny(Document document, int token, IReadOnlySet<string> lowerWords) =>
        token >= 0 && token < document.Tokens.Length && lowerWords.Contains(Lower(document, token));

    public static bool IsWord(Document document, int token) => document.Tokens[token].Kind == TokenKind.Word;

    public static char First(Document document, int token) => document.Text[document.Tokens[token].Span.Start];
}
