using Chronicle.Documents;

namespace Chronicle.Quotes;

/// <summary>Pairs double quotation marks into direct quotes, across paragraphs when each paragraph reopens the quote.</summary>
internal static class QuoteMarks
{
    public static List<MarkedQuote> Find(QuoteText source)
    {
        var text = source.Text;
        var paragraphs = source.Paragraphs;
        var found = new List<MarkedQuote>();
        int open = -1;
        for (int p = 0; p < paragraphs.Length; p++)
        {
            var paragraph = paragraphs[p];
            int i = paragraph.Start;
            if (open >= 0)
            {
                // News style leaves a quote open at the end of each paragraph it spans and reopens it on the next.
                if (IsDoubleMark(text[i]) && Classify(text, i).CanOpen)
                {
                    i++;
                }
                else
                {
                    found.Add(Unclosed(text, open, paragraphs[p - 1].End));
                    open = -1;
                }
            }

            for (; i < paragraph.End; i++)
            {
                if (!IsDoubleMark(text[i]))
                {
                    continue;
                }

                var (canOpen, canClose) = Classify(text, i);
                if (open < 0)
                {
                    if (canOpen)
                    {
                        open = i;
                    }
                }
                else if (canClose)
                {
                    found.Add(new MarkedQuote(open, i, new Span(open + 1, i)));
                    open = -1;
                }
                else
                {
                    // A new opening mark while a quote is open: the earlier mark was never closed, so it only
                    // claims its own sentence.
                    found.Add(Unclosed(text, open, Math.Min(i, SentenceEnd(source, open))));
                    open = i;
                }
            }
        }

        if (open >= 0)
        {
            found.Add(Unclosed(text, open, paragraphs[^1].End));
        }

        return found;
    }

    public static bool IsDoubleMark(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB';

    private static MarkedQuote Unclosed(string text, int open, int end)
    {
        while (end > open + 1 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new MarkedQuote(open, -1, new Span(open + 1, end));
    }

    private static int SentenceEnd(QuoteText source, int position)
    {
        int index = source.Document.SentenceAt(position);
        return index >= 0 ? source.Document.Sentences[index].Span.End : source.Text.Length;
    }

    // Curly and angle marks say which way they face; a straight mark faces the word it touches.
    private static (bool CanOpen, bool CanClose) Classify(string text, int i)
    {
        switch (text[i])
        {
            case '\u201C' or '\u201E' or '\u00AB':
                return (true, false);
            case '\u201D' or '\u00BB':
                return (false, true);
        }

        char before = i > 0 ? text[i - 1] : ' ';
        char after = i + 1 < text.Length ? text[i + 1] : ' ';
        bool canOpen = !char.IsWhiteSpace(after) && (char.IsWhiteSpace(before) || before is '(' or '[' or '\u2014' or '\u2013' or '-' or '/' or '\u2018' or '\'');
        bool canClose = !char.IsWhiteSpace(before) && (char.IsWhiteSpace(after) || char.IsPunctuation(after));
        return canOpen == canClose ? (true, true) : (canOpen, canClose);
    }
}
