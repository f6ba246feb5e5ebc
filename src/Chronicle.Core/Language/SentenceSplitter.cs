using Chronicle.Documents;
using Chronicle.Pipeline;

namespace Chronicle.Language;

/// <summary>Finds sentences and tokens; paragraphs (blank-line separated) and sections never share a sentence.</summary>
public sealed class SentenceSplitter : IStage
{
    public string Name => "language";

    public Layer Requires => Layer.Article;

    public Layer Assigns => Layer.Sentences | Layer.Tokens;

    public Document Annotate(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var tokens = new List<Token>(text.Length / 5);
        var sentences = new List<Sentence>(text.Length / 100);
        foreach (var paragraph in Paragraphs(text))
        {
            int first = tokens.Count;
            Tokenizer.Tokenize(text, paragraph.Start, paragraph.End, tokens);
            SplitSentences(text, tokens, first, tokens.Count, sentences);
        }

        return document.WithLanguage([.. sentences], [.. tokens]);
    }

    /// <summary>Lines separated by a blank line, or single lines when the text has no blank lines.</summary>
    internal static IEnumerable<Span> Paragraphs(string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i >= text.Length)
            {
                yield break;
            }

            int start = i;
            int end = text.IndexOf('\n', i);
            end = end < 0 ? text.Length : end;
            int trimmed = end;
            while (trimmed > start && char.IsWhiteSpace(text[trimmed - 1]))
            {
                trimmed--;
            }

            yield return new Span(start, trimmed);
            i = end;
        }
    }

    private static void SplitSentences(string text, List<Token> tokens, int first, int end, List<Sentence> sentences)
    {
        int sentenceStart = first;
        for (int i = first; i < end; i++)
        {
            if (!EndsSentence(text, tokens, i, end))
            {
                continue;
            }

            int last = i;
            // Closing quotes and brackets after the full stop belong to the sentence.
            while (last + 1 < end && IsCloser(text[tokens[last + 1].Span.Start]))
            {
                last++;
            }

            Add(sentences, tokens, sentenceStart, last + 1);
            sentenceStart = last + 1;
            i = last;
        }

        if (sentenceStart < end)
        {
            Add(sentences, tokens, sentenceStart, end);
        }
    }

    private static void Add(List<Sentence> sentences, List<Token> tokens, int first, int endToken)
    {
        var span = new Span(tokens[first].Span.Start, tokens[endToken - 1].Span.End);
        sentences.Add(new Sentence(span, first, endToken - first));
    }

    private static bool EndsSentence(string text, List<Token> tokens, int i, int end)
    {
        var token = tokens[i];
        char c = text[token.Span.Start];
        if (token.Kind == TokenKind.Word)
        {
            // "U.S." at the end of a sentence: the next token starts a capitalised sentence-like word.
            if (text[token.Span.End - 1] != '.' || i + 1 >= end)
            {
                return false;
            }

            var word = text.AsSpan(token.Span.Start, token.Span.Length - 1);
            if (Abbreviations.IsTitle(word) || word.Length == 1)
            {
                return false;
            }

            var next = tokens[i + 1];
            return char.IsUpper(text[next.Span.Start]) && !IsLikelyNameContinuation(text, tokens, i + 1, end);
        }

        if (c is '!' or '?')
        {
            return true;
        }

        if (c != '.' || token.Span.Length > 1)
        {
            // An ellipsis inside a quote ("But ... we're") does not end the sentence.
            return false;
        }

        if (i + 1 >= end)
        {
            return true;
        }

        int n = i + 1;
        while (n < end && IsCloser(text[tokens[n].Span.Start]))
        {
            n++;
        }

        if (n >= end)
        {
            return true;
        }

        char following = text[tokens[n].Span.Start];
        return char.IsUpper(following) || char.IsDigit(following) || IsOpener(following);
    }

    // "U.S. Army" keeps going; "in the U.S. The next day" does not. A capitalised word that is a common
    // sentence opener (The, He, It, ...) is taken as a new sentence.
    private static bool IsLikelyNameContinuation(string text, List<Token> tokens, int next, int end)
    {
        var word = text.AsSpan(tokens[next].Span.Start, tokens[next].Span.Length);
        return !SentenceOpeners.Contains(word);
    }

    private static readonly HashSet<string> SentenceOpenersSet = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "In", "On", "At", "But", "And", "This", "That",
        "These", "Those", "There", "His", "Her", "Their", "Its", "Our", "After", "Before", "When", "While", "As",
        "According", "Officials", "However", "Meanwhile", "Last", "Earlier", "Later", "Since", "Some", "Many",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceOpeners =
        SentenceOpenersSet.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsCloser(char c) => c is '"' or '\u201D' or '\u2019' or ')' or ']' or '\'';

    private static bool IsOpener(char c) => c is '"' or '\u201C' or '\u2018' or '(' or '[' or '\'';
}
