using System.Text.RegularExpressions;

namespace Chronicle.Articles;

/// <summary>
/// Recognises whole paragraphs that are page furniture rather than article text: media-player messages, bare
/// timecodes, share/print/download button labels, newsletter and cookie notices. Only short paragraphs are
/// judged, so an article that talks about cookies or newsletters keeps its sentences.
/// </summary>
internal static partial class Boilerplate
{
    private const int MaxWords = 25;

    // Checked before any pattern, so that one huge unbroken paragraph costs nothing.
    private const int MaxLength = 300;

    // Button and link labels; a paragraph made only of these (and filler words) is a toolbar.
    private static readonly HashSet<string> ActionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "embed", "share", "download", "print", "comments", "comment", "related", "follow", "subscribe",
        "email", "e-mail", "watch", "listen", "advertisement", "tweet", "save", "copy", "reprint", "permalink",
    };

    private static readonly HashSet<string> FillerWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "us", "on", "the", "this", "link", "code", "article", "story", "stories", "video", "audio", "file", "files",
        "mp3", "mp4", "more", "read", "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin", "reddit",
        "pinterest", "instagram", "youtube", "rss", "and", "to", "page", "now", "our", "newsletter", "articles",
        "content", "or", "by", "via", "no", "0", "quality", "hd", "sd", "kbps", "p", "360p", "720p", "1080p",
    };

    public static bool IsBoilerplate(string paragraph)
    {
        if (paragraph.Length > MaxLength)
        {
            return false;
        }

        var words = WordPattern().Matches(paragraph);
        if (words.Count > MaxWords)
        {
            return false;
        }

        if (Notice().IsMatch(paragraph) || Timecodes().IsMatch(paragraph))
        {
            return true;
        }

        return words.Count > 0
            && words.Any(w => ActionWords.Contains(w.Value))
            && words.All(w => ActionWords.Contains(w.Value) || FillerWords.Contains(w.Value));
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’\-]*")]
    private static partial Regex WordPattern();

    // A paragraph that is only timecodes: "0:00", "0:00 / 2:31", "1:02:03".
    [GeneratedRegex(@"^\s*(\d{1,2}:)?\d{1,2}:\d{2}(\s*/\s*(\d{1,2}:)?\d{1,2}:\d{2})?\s*$")]
    private static partial Regex Timecodes();

    [GeneratedRegex(
        @"your browser (does ?n[o'’]?t|does not|cannot|can't|can’t) (support|play)"
        + @"|no media source (is )?currently available"
        + @"|(please )?enable javascript"
        + @"|(sign up|subscribe|register) (for|to) (our|the|my) .{0,40}newsletter"
        + @"|\b(we|this (web)?site) uses? cookies\b"
        + @"|\baccept (all )?cookies\b"
        + @"|^\s*(follow us|read more|related (articles|stories|content|coverage|topics)|see also|more from)\b.{0,40}$"
        + @"|^\s*(click|tap) here\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex Notice();
}
