using System.Collections.Immutable;
using Chronicle.Documents;
using Chronicle.Language;

namespace Chronicle.Quotes;

/// <summary>One document's text seen as tokens, sentences and paragraphs, with the look-ups quote finding needs.</summary>
internal sealed class QuoteText
{
    public QuoteText(Document document)
    {
        Document = document;
        Text = document.Text;
        Tokens = document.Tokens;
        Paragraphs = [.. SentenceSplitter.Paragraphs(document.Text)];
    }

    public Document Document { get; }

    public string Text { get; }

    public ImmutableArray<Token> Tokens { get; }

    public ImmutableArray<Span> Paragraphs { get; }

    public ReadOnlySpan<char> Word(int token) => Text.AsSpan(Tokens[token].Span.Start, Tokens[token].Span.Length);

    public bool IsMark(int token, char mark) => Tokens[token].Span.Length == 1 && Text[Tokens[token].Span.Start] == mark;

    public bool IsWordLike(int token) =>
        Tokens[token].Kind is TokenKind.Word or TokenKind.Number || IsPossessive(token);

    public bool IsPossessive(int token)
    {
        var word = Word(token);
        return word.Length == 2 && word[0] is '\'' or '\u2019' && word[1] is 's' or 'S';
    }

    public bool IsLowerCase(int token) => char.IsLower(Text[Tokens[token].Span.Start]);

    /// <summary>The first token that starts at or after a position (the token count when there is none).</summary>
    public int TokenAtOrAfter(int position) => Document.TokenAtOrAfter(position);

    /// <summary>The index of the paragraph that contains a position, or of the last one that starts before it.</summary>
    public int ParagraphAt(int position)
    {
        int low = 0, high = Paragraphs.Length - 1, found = 0;
        while (low <= high)
        {
            int mid = (low + high) >>> 1;
            if (Paragraphs[mid].Start <= position)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return found;
    }

    /// <summary>The sentence holding a token's start.</summary>
    public Sentence SentenceOf(int token) => Document.Sentences[Document.SentenceAt(Tokens[token].Span.Start)];

    public int SentenceIndexOf(int position)
    {
        int index = Document.SentenceAt(position);
        return index >= 0 ? index : Document.SentenceAt(Tokens[Math.Min(TokenAtOrAfter(position), Tokens.Length - 1)].Span.Start);
    }

    public Span SpanOf(int firstToken, int endToken) =>
        new(Tokens[firstToken].Span.Start, Tokens[endToken - 1].Span.End);
}
