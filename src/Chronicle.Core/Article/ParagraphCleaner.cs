using System.Text;
using System.Text.RegularExpressions;

namespace Chronicle.Articles;

/// <summary>
/// Sorts an article's paragraphs into title, captions and body: drops page furniture, finds the title when none
/// was given, drops a headline the body repeats, and treats what lies between the two copies of the headline as
/// front matter (pull quotes are dropped, the rest become captions).
/// </summary>
internal static partial class ParagraphCleaner
{
    // A title is a single short line; longer first lines are the start of the body.
    private const int MaxTitleLength = 200;
    private const int MaxTitleWords = 25;

    // Front matter is a handful of short items; a headline repeated further down, or after long paragraphs,
    // is a quotation of it in the body, not the start of the article proper.
    private const int MaxFrontMatterParagraphs = 8;
    private const int MaxFrontMatterWords = 80;

    private const int ShingleSize = 3;

    public static ArticleParts Clean(string? title, IEnumerable<string> paragraphs, IEnumerable<string> captions)
    {
        var body = paragraphs.Where(p => !Boilerplate.IsBoilerplate(p)).ToList();
        var captionList = captions.Where(c => !Boilerplate.IsBoilerplate(c)).ToList();
        if (string.IsNullOrWhiteSpace(title))
        {
            title = TakeTitle(body);
        }

        if (title is not null)
        {
            DropRepeatedTitle(title, body, captionList);
        }

        captionList.AddRange(body.Where(Captions.LooksLikeCaption));
        body.RemoveAll(Captions.LooksLikeCaption);
        return new ArticleParts(title, captionList.Distinct(StringComparer.Ordinal).ToList(), body);
    }

    /// <summary>Removes and returns the first non-caption paragraph if it reads like a headline.</summary>
    private static string? TakeTitle(List<string> paragraphs)
    {
        int index = paragraphs.FindIndex(p => !Captions.LooksLikeCaption(p));
        if (index < 0 || !IsTitleLike(paragraphs[index]))
        {
            return null;
        }

        var title = paragraphs[index];
        paragraphs.RemoveAt(index);
        return title;
    }

    internal static bool IsTitleLike(string paragraph)
    {
        if (paragraph.Length > MaxTitleLength || paragraph.Contains('\n') || Words(paragraph).Count > MaxTitleWords)
        {
            return false;
        }

        var trimmed = paragraph.TrimEnd('"', '\'', '”', '’', ')', ' ');
        return trimmed.Length > 0 && !".,;:!?…".Contains(trimmed[^1], StringComparison.Ordinal);
    }

    private static void DropRepeatedTitle(string title, List<string> body, List<string> captions)
    {
        var key = Normalise(title);
        int repeat = body.FindIndex(0, Math.Min(body.Count, MaxFrontMatterParagraphs + 1), p => Normalise(p) == key);
        if (repeat < 0)
        {
            return;
        }

        var front = body.GetRange(0, repeat);
        if (front.Any(p => Words(p).Count > MaxFrontMatterWords))
        {
            body.RemoveAt(repeat);
            return;
        }

        var rest = body.Skip(repeat + 1).ToList();
        captions.AddRange(front.Where(p => !RepeatsLaterParagraph(p, rest)));
        body.RemoveRange(0, repeat + 1);
    }

    /// <summary>A pull quote: most of its word shingles occur in one paragraph of the body.</summary>
    internal static bool RepeatsLaterParagraph(string paragraph, IReadOnlyList<string> later)
    {
        var shingles = Shingles(paragraph);
        if (shingles.Count == 0)
        {
            return false;
        }

        return later.Any(other =>
        {
            var candidate = Shingles(other);
            return shingles.Count(candidate.Contains) * 2 > shingles.Count;
        });
    }

    private static HashSet<string> Shingles(string text)
    {
        var words = Words(Normalise(text));
        var shingles = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i + ShingleSize <= words.Count; i++)
        {
            shingles.Add(string.Join(' ', words.Skip(i).Take(ShingleSize)));
        }

        return shingles;
    }

    private static List<string> Words(string text) => [.. WordPattern().Matches(text).Select(m => m.Value)];

    /// <summary>Case, quote marks, whitespace and final punctuation folded, for comparing headlines and quotes.</summary>
    internal static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            builder.Append(c switch
            {
                '‘' or '’' or '‛' or '′' => '\'',
                '“' or '”' or '„' or '″' => '"',
                _ when char.IsWhiteSpace(c) => ' ',
                _ => char.ToLowerInvariant(c),
            });
        }

        return Spaces().Replace(builder.ToString(), " ").TrimEnd('.', ' ');
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@" {2,}")]
    private static partial Regex Spaces();
}
