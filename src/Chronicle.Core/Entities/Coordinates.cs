using System.Text.RegularExpressions;
using Chronicle.Documents;

namespace Chronicle.Entities;

/// <summary>Finds geographic coordinates written out in the text ("33.783°N 44.500°E", "33°47′N 44°30′E",
/// "33.783; 44.500"): each is a place mention.</summary>
internal static partial class Coordinates
{
    // Degrees, optional minutes and seconds, hemisphere; then the same for the other axis.
    [GeneratedRegex(@"\b\d{1,3}(?:\.\d+)?°(?:\s?\d{1,2}(?:\.\d+)?[′'])?(?:\s?\d{1,2}(?:\.\d+)?[″""])?\s?[NS]\s+\d{1,3}(?:\.\d+)?°(?:\s?\d{1,2}(?:\.\d+)?[′'])?(?:\s?\d{1,2}(?:\.\d+)?[″""])?\s?[EW]\b")]
    private static partial Regex WithHemispheres();

    // Two decimal numbers with at least three decimals each, as latitude and longitude are written.
    [GeneratedRegex(@"(?<![\d.])-?\d{1,2}\.\d{3,}\s?[;,]\s?-?\d{1,3}\.\d{3,}(?![\d.])")]
    private static partial Regex DecimalPair();

    /// <summary>Adds a LOC mention for every coordinate pair in the document.</summary>
    public static void Find(Document document, List<Mention> mentions)
    {
        // Most articles hold no degree sign and no long decimal: skip the expressions for them.
        if (!document.Text.Contains('°', StringComparison.Ordinal) && !document.Text.Contains(';', StringComparison.Ordinal))
        {
            return;
        }

        foreach (var regex in new[] { WithHemispheres(), DecimalPair() })
        {
            foreach (Match match in regex.Matches(document.Text))
            {
                var span = new Span(match.Index, match.Index + match.Length);
                // Coordinates are rare: a scan of the tokens finds the ones they cover.
                int first = 0;
                while (first < document.Tokens.Length && document.Tokens[first].Span.Start < span.Start)
                {
                    first++;
                }

                int end = first;
                while (end < document.Tokens.Length && document.Tokens[end].Span.Start < span.End)
                {
                    end++;
                }

                if (first >= end || mentions.Any(m => m.Span.Overlaps(span)))
                {
                    continue;
                }

                mentions.Add(new Mention
                {
                    Span = span,
                    Type = EntityType.Loc,
                    Kind = MentionKind.Known,
                    Name = match.Value,
                    FirstToken = first,
                    EndToken = end,
                });
            }
        }
    }
}
