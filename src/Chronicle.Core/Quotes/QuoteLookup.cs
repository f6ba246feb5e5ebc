using Chronicle.Documents;

namespace Chronicle.Quotes;

/// <summary>Look-ups the event stage uses to learn whether a place in the text is quoted or reported, and by whom.</summary>
public static class QuoteLookup
{
    /// <summary>The innermost quote whose content contains a position, or null when the position is not quoted.</summary>
    public static Quote? QuoteAt(this Document document, int position)
    {
        ArgumentNullException.ThrowIfNull(document);
        RequireQuotes(document);
        Quote? innermost = null;
        foreach (var quote in document.Quotes)
        {
            if (quote.Span.Contains(position) && (innermost is null || quote.Span.Length < innermost.Span.Length))
            {
                innermost = quote;
            }
        }

        return innermost;
    }

    /// <summary>The speaker of the innermost quote containing a position, or null.</summary>
    public static EntityId? SpeakerAt(this Document document, int position) => document.QuoteAt(position)?.Speaker;

    /// <summary>
    /// Who a sentence's content comes from ("the strike killed two, the Pentagon said" → the Pentagon): the speaker
    /// of the attributed quote that covers most of the sentence, or null.
    /// </summary>
    public static EntityId? ReporterOf(this Document document, int sentenceIndex)
    {
        ArgumentNullException.ThrowIfNull(document);
        RequireQuotes(document);
        var sentence = document.Sentences[sentenceIndex].Span;
        EntityId? reporter = null;
        int best = 0;
        foreach (var quote in document.Quotes)
        {
            if (quote.Speaker is not { } speaker || !quote.Span.Overlaps(sentence))
            {
                continue;
            }

            int overlap = Math.Min(quote.Span.End, sentence.End) - Math.Max(quote.Span.Start, sentence.Start);
            if (overlap > best)
            {
                best = overlap;
                reporter = speaker;
            }
        }

        return reporter;
    }

    private static void RequireQuotes(Document document)
    {
        if (!document.Has(Layer.Quotes))
        {
            throw new InvalidOperationException("The document has no quotes layer; run the quote finder first.");
        }
    }
}
