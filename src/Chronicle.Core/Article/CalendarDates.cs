using System.Globalization;
using System.Text.RegularExpressions;

namespace Chronicle.Articles;

/// <summary>
/// Finds full calendar dates (day, month and year all written: "January 4, 2024", "Jan. 4, 2024", "4 January 2024",
/// "2024-01-04") in text, and a dateline at the start of an article ("WASHINGTON, Jan. 4, 2024 —").
/// </summary>
internal static partial class CalendarDates
{
    // A dateline is a place and a date before a dash; anything longer before the dash is a sentence.
    private const int MaxDatelineLength = 80;

    private static readonly string[] MonthPrefixes =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The latest full date in the text, which for news is usually the day of writing.</summary>
    public static DateOnly? Latest(string text)
    {
        DateOnly? latest = null;
        foreach (var date in All(text))
        {
            if (latest is null || date > latest)
            {
                latest = date;
            }
        }

        return latest;
    }

    /// <summary>The date of a dateline that opens the paragraph, if it has one.</summary>
    public static DateOnly? Dateline(string paragraph)
    {
        var dash = DatelineDash().Match(paragraph);
        if (!dash.Success || dash.Index > MaxDatelineLength)
        {
            return null;
        }

        var dates = All(paragraph[..dash.Index]).ToList();
        return dates.Count == 1 ? dates[0] : null;
    }

    internal static IEnumerable<DateOnly> All(string text)
    {
        foreach (Match m in FullDate().Matches(text))
        {
            var date = m.Groups["iso"].Success
                ? Make(m.Groups["iy"].Value, m.Groups["im"].Value, m.Groups["id"].Value)
                : m.Groups["mdy"].Success
                    ? Make(m.Groups["y1"].Value, Month(m.Groups["m1"].Value), m.Groups["d1"].Value)
                    : Make(m.Groups["y2"].Value, Month(m.Groups["m2"].Value), m.Groups["d2"].Value);
            if (date is { } found)
            {
                yield return found;
            }
        }
    }

    private static string Month(string name)
    {
        var prefix = name[..3].ToLowerInvariant();
        return (Array.IndexOf(MonthPrefixes, prefix) + 1).ToString(CultureInfo.InvariantCulture);
    }

    private static DateOnly? Make(string year, string month, string day)
    {
        int y = int.Parse(year, CultureInfo.InvariantCulture);
        int m = int.Parse(month, CultureInfo.InvariantCulture);
        int d = int.Parse(day, CultureInfo.InvariantCulture);
        return y is >= 1900 and <= 2200 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, d)
            : null;
    }

    private const string MonthName =
        @"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?"
        + @"|Sep(?:tember|t\.|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)";

    [GeneratedRegex(
        @"(?<mdy>\b(?<m1>" + MonthName + @")\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y1>\d{4})\b)"
        + @"|(?<dmy>\b(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m2>" + MonthName + @"),?\s+(?<y2>\d{4})\b)"
        + @"|(?<iso>\b(?<iy>\d{4})-(?<im>\d{2})-(?<id>\d{2})\b)")]
    private static partial Regex FullDate();

    [GeneratedRegex(@"\s[—–]\s?|\s--?\s|[—–]")]
    private static partial Regex DatelineDash();
}
