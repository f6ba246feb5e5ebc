using System.Globalization;
using Chronicle.Documents;

namespace Chronicle.Language;

/// <summary>Splits text into words, numbers and punctuation, keeping abbreviations ("U.S.", "Gen.") and numbers ("2,500", "3.5") whole.</summary>
internal static class Tokenizer
{
    public static void Tokenize(string text, int start, int end, List<Token> tokens)
    {
        int i = start;
        while (i < end)
        {
            char c = text[i];
            // Invisible marks (left-to-right marks, zero-width spaces and joiners) separate nothing: skipped like spaces,
            // they would stand as tokens between the words of a name.
            if (char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                i++;
                continue;
            }

            int tokenStart = i;
            TokenKind kind;
            if (char.IsDigit(c))
            {
                i = ScanNumber(text, i, end);
                kind = TokenKind.Number;
                // "2024-style" digits glued to letters ("12th", "24km") stay one word.
                while (i < end && char.IsLetter(text[i]))
                {
                    i++;
                    kind = TokenKind.Word;
                }
            }
            else if (char.IsLetter(c))
            {
                i = ScanWord(text, i, end);
                kind = TokenKind.Word;
            }
            else if (i > start && char.IsLetter(text[i - 1]) && IsClitic(text, i, end))
            {
                i = ScanWord(text, i + 1, end);
                kind = TokenKind.Word;
            }
            else
            {
                i++;
                kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
                // Ellipses and dashes written as repeated characters are one mark.
                while (i < end && text[i] == c && (c == '.' || c == '-'))
                {
                    i++;
                }
            }

            tokens.Add(new Token(new Span(tokenStart, i), kind));
        }
    }

    private static int ScanNumber(string text, int i, int end)
    {
        while (i < end)
        {
            if (char.IsDigit(text[i]))
            {
                i++;
            }
            else if ((text[i] == ',' || text[i] == '.') && i + 1 < end && char.IsDigit(text[i + 1]))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static int ScanWord(string text, int i, int end)
    {
        int wordStart = i;
        while (i < end)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c) || c == '\u0301')
            {
                i++;
            }
            else if (IsInnerJoiner(c) && i + 1 < end && char.IsLetter(text[i + 1]) && !IsClitic(text, i, end))
            {
                // Hyphenated words ("Iran-backed") and names with apostrophes ("Rufay'i", "O'Brien") are one token.
                i++;
            }
            else if (c == '.' && IsAbbreviationDot(text, wordStart, i, end))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static bool IsInnerJoiner(char c) => c is '-' or '\'' or '\u2019' or '\u2010' or '\u2011';

    // "we're", "don't", "U.S.'s" split the clitic off so that "not" and "are" can be found.
    private static bool IsClitic(string text, int i, int end)
    {
        if (text[i] is not ('\'' or '\u2019'))
        {
            return false;
        }

        int j = i + 1;
        int k = j;
        while (k < end && char.IsLetter(text[k]))
        {
            k++;
        }

        var rest = text.AsSpan(j, k - j);
        if (rest.Equals("s", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("re", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("ve", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("ll", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("d", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("m", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("t", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return false;
    }

    private static bool IsAbbreviationDot(string text, int wordStart, int dot, int end)
    {
        var word = text.AsSpan(wordStart, dot - wordStart);
        if (IsDottedLetters(word))
        {
            // "U.S.", "J. Smith", "a.k.a", "e.g.": single letters joined by dots.
            bool moreLetters = dot + 2 < end && char.IsLetter(text[dot + 1]) && (dot + 2 == end || !char.IsLetter(text[dot + 2]));
            return moreLetters || word.Length > 1 || char.IsUpper(word[0]);
        }

        if (Abbreviations.IsKnown(word))
        {
            // "Gen." ends the token at the dot: nothing more is glued on.
            return dot + 1 >= end || !char.IsLetter(text[dot + 1]);
        }

        return false;
    }

    private static bool IsDottedLetters(ReadOnlySpan<char> word)
    {
        for (int k = 0; k < word.Length; k++)
        {
            bool ok = k % 2 == 0 ? char.IsLetter(word[k]) : word[k] == '.';
            if (!ok)
            {
                return false;
            }
        }

        return word.Length % 2 == 1;
    }
}
