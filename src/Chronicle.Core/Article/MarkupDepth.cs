using System.Net;
using System.Text.RegularExpressions;

namespace Chronicle.Articles;

/// <summary>
/// Guards the HTML parser against pathological nesting, whose tree building slows down with the square of the
/// depth: estimates how deep a page's containers nest with one linear scan of its tags, and strips the tags of a
/// page nested too deeply so that its text can still be read.
/// </summary>
internal static partial class MarkupDepth
{
    /// <summary>Real pages nest a few dozen levels; thousands mean broken or hostile markup.</summary>
    public const int MaxDepth = 5000;

    // Containers that must be closed explicitly; elements whose end tag is implied (p, li, td) would overcount.
    private static readonly HashSet<string> Containers = new(StringComparer.OrdinalIgnoreCase)
    {
        "div", "span", "section", "article", "main", "aside", "ul", "ol", "table", "blockquote", "font", "b", "i",
        "em", "strong", "a", "form", "header", "footer", "nav", "figure", "center",
    };

    public static bool IsTooDeep(string html)
    {
        int depth = 0;
        foreach (Match tag in Tag().Matches(html))
        {
            if (!Containers.Contains(tag.Groups["name"].Value))
            {
                continue;
            }

            depth += tag.Groups["close"].Success ? -1 : 1;
            if (depth > MaxDepth)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The page's text without its markup, scripts and styles, one line per former block.</summary>
    public static string StripTags(string html)
    {
        var text = ScriptOrStyle().Replace(html, " ");
        text = Tag().Replace(text, m => Containers.Contains(m.Groups["name"].Value) ? " " : "\n");
        return WebUtility.HtmlDecode(text);
    }

    [GeneratedRegex(@"<(?<close>/)?(?<name>[a-zA-Z][a-zA-Z0-9-]*)[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"<(script|style)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ScriptOrStyle();
}
