using System.Globalization;

namespace Chronicle.Time;

/// <summary>The four seasons in TIMEX3's order of the year; winter belongs to the year in which it starts.</summary>
internal enum Season
{
    Spring,
    Summer,
    Fall,
    Winter,
}

/// <summary>Writes TIMEX3 values and does the calendar arithmetic that relative expressions need.</summary>
internal static class Calendar
{
    public const string UnknownDay = "XXXX-XX-XX";

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Month(int year, int month) => $"{Year(year)}-{month:00}";

    public static string Year(int year) => year.ToString("0000", CultureInfo.InvariantCulture);

    public static string Week(DateOnly date) =>
        $"{Year(ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue)))}-W{ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue)):00}";

    public static string SeasonValue(int year, Season season) => $"{Year(year)}-{Code(season)}";

    public static string Code(Season season) => season switch
    {
        Season.Spring => "SP",
        Season.Summer => "SU",
        Season.Fall => "FA",
        _ => "WI",
    };

    /// <summary>A season counted from year zero, so that seasons can be compared and stepped.</summary>
    public static int SeasonIndex(int year, Season season) => (year * 4) + (int)season;

    public static int SeasonIndex(DateOnly date) => date.Month switch
    {
        <= 2 => SeasonIndex(date.Year - 1, Season.Winter),
        <= 5 => SeasonIndex(date.Year, Season.Spring),
        <= 8 => SeasonIndex(date.Year, Season.Summer),
        <= 11 => SeasonIndex(date.Year, Season.Fall),
        _ => SeasonIndex(date.Year, Season.Winter),
    };

    public static string SeasonValue(int index) => SeasonValue(index / 4, (Season)(index % 4));

    public static int MonthIndex(int year, int month) => (year * 12) + month - 1;

    public static string MonthValue(int index) => Month(index / 12, (index % 12) + 1);

    public static string Quarter(int year, int quarter) => $"{Year(year)}-Q{quarter}";

    /// <summary>
    /// The occurrence of a periodic thing (a month, a season) nearest the current period in the direction the tense
    /// points, counting the current one; both are indices ("target" any occurrence), repeating every "cycle".
    /// </summary>
    public static int Nearest(int current, int target, int cycle, Tense tense)
    {
        int before = current - Mod(current - target, cycle);
        int after = current + Mod(target - current, cycle);
        return tense switch
        {
            Tense.Past => before,
            Tense.Future => after,
            _ => current - before <= after - current ? before : after,
        };
    }

    /// <summary>The last occurrence strictly before, or the first strictly after, the current period.</summary>
    public static int Step(int current, int target, int cycle, bool forward)
    {
        int before = current - Mod(current - target, cycle);
        int after = current + Mod(target - current, cycle);
        return forward ? (after == current ? after + cycle : after) : (before == current ? before - cycle : before);
    }

    public static int Mod(int a, int m) => ((a % m) + m) % m;

    /// <summary>Moves a resolved date value back or forward by whole years, months, weeks or days, keeping its precision; null when it cannot.</summary>
    public static string? Shift(string value, int amount, char unit)
    {
        if (value.Length < 4 || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year))
        {
            return null;
        }

        var rest = value.AsSpan(4);
        if (TryParseDay(value, out var day))
        {
            return Day(unit switch
            {
                'Y' => day.AddYears(amount),
                'M' => day.AddMonths(amount),
                'W' => day.AddDays(7 * amount),
                _ => day.AddDays(amount),
            }) + value[10..];
        }

        if (unit == 'Y')
        {
            return Year(year + amount) + rest.ToString();
        }

        if (unit == 'M' && rest.Length == 3 && int.TryParse(rest[1..], NumberStyles.None, CultureInfo.InvariantCulture, out int month))
        {
            return MonthValue(MonthIndex(year, month) + amount);
        }

        return null;
    }

    public static bool TryParseDay(string value, out DateOnly day) =>
        DateOnly.TryParseExact(value.Length >= 10 ? value[..10] : value, "yyyy-MM-dd", CultureInfo.InvariantCulture,
            DateTimeStyles.None, out day);
}
