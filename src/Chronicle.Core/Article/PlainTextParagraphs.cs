using System.Text.RegularExpressions;

namespace Chronicle.Articles;

/// <summary>
/// Splits plain text into paragraphs. Blank lines separate paragraphs, and the lines within one are joined with a
/// space, because plain-text news is often hard-wrapped and a wrapped line is not a sentence break. Text with no
/// blank line at all is read one paragraph a line, as scrapers often write it.
/// </summary>
internal static partial class PlainTextParagraphs
{
    public static List<string> Split(string text)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var lines = text.Split('\n').Select(l => l.Trim()).ToList();
        if (!lines.Any(l => l.Length == 0) || lines.All(l => l.Length == 0))
        {
            return [.. lines.Where(l => l.Length > 0).Select(Tidy)];
        }

        var paragraphs = new List<string>();
        var current = new List<string>();
        foreach (var line in lines.Append(string.Empty))
        {
            if (line.Length > 0)
            {
                current.Add(line);
            }
            else if (current.Count > 0)
            {
                paragraphs.Add(Tidy(string.Join(' ', current)));
                current.Clear();
            }
        }

        return paragraphs;
    }

    /// <summary>Collapses runs of spaces and tabs inside a paragraph to one space.</summary>
    internal static string Tidy(string paragraph) => InlineSpace().Replace(paragraph, " ").Trim();

    [GeneratedRegex(@"[ \t\f\v\u00A0]{2,}|[\t\f\v]")]
    private static partial Regex InlineSpace();
}
