using Chronicle.Documents;

namespace Chronicle.Time;

/// <summary>What rules need to normalise a match: the document, its publication date and the tense around a position.</summary>
internal sealed class TimeContext(Document document, DateOnly? published)
{
    public Document Document { get; } = document;

    /// <summary>The reference date relative expressions are resolved against; null leaves them unresolved.</summary>
    public DateOnly? Published { get; } = published;

    public Tense TenseAt(int position)
    {
        int index = Document.SentenceAt(position);
        return index < 0 ? Tense.Unknown : TenseReader.Around(Document, Document.Sentences[index], position);
    }

    /// <summary>The resolved place whose mention is exactly this span ("Kharkiv" in "Kharkiv time"), if any.</summary>
    public GeoPlace? PlaceNamedAt(Span span)
    {
        foreach (var entity in Document.Entities)
        {
            if (entity.Place is { } place && entity.Mentions.Contains(span))
            {
                return place;
            }
        }

        return null;
    }

    /// <summary>The word that ends just before a position, skipping spaces; empty at the start of the text.</summary>
    public ReadOnlySpan<char> WordBefore(int position)
    {
        var text = Document.Text;
        int end = position;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        int start = end;
        while (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }

        return text.AsSpan(start, end - start);
    }

    /// <summary>The word that starts just after a position, skipping spaces; empty at the end of the text.</summary>
    public ReadOnlySpan<char> WordAfter(int position)
    {
        var text = Document.Text;
        int start = position;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        int end = start;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '-'))
        {
            end++;
        }

        return text.AsSpan(start, end - start);
    }
}
