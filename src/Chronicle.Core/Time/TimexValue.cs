using System.Globalization;
using Chronicle.Documents;

namespace Chronicle.Time;

/// <summary>Reads a TIMEX3 date or time value as a point on the calendar: how precise it is and the first day it covers.</summary>
/// <remarks>
/// Weeks have no precision of their own in <see cref="DatePrecision"/> and read as months (anchored at the week's
/// Monday); quarters read as seasons and halves as years. Durations, sets, decades, centuries and the PAST_REF,
/// PRESENT_REF and FUTURE_REF values have no calendar anchor.
/// </remarks>
public static class TimexValue
{
    /// <summary>The precision of a date or time value, also when its year is unknown ("XXXX-01-04" is a day); null for durations, sets and vague references.</summary>
    public static DatePrecision? PrecisionOf(string value) => Read(value)?.Precision;

    /// <summary>The first day a date or time value covers ("2014-SU" → 2014-06-01); null when the value is not tied to the calendar.</summary>
    public static DateOnly? AnchorOf(string value) => Read(value)?.Anchor;

    private static (DatePrecision Precision, DateOnly? Anchor)? Read(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length < 4 || !IsYear(value.AsSpan(0, 4)))
        {
            return null;
        }

        int? year = int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int y) ? y : null;
        if (value.Length == 4)
        {
            return (DatePrecision.Year, At(year, 1, 1));
        }

        if (value[4] != '-')
        {
            return null;
        }

        var rest = value.AsSpan(5);
        return rest switch
        {
            "SP" => (DatePrecision.Season, At(year, 3, 1)),
            "SU" => (DatePrecision.Season, At(year, 6, 1)),
            "FA" or "AU" => (DatePrecision.Season, At(year, 9, 1)),
            "WI" => (DatePrecision.Season, At(year, 12, 1)),
            ['Q', >= '1' and <= '4'] => (DatePrecision.Season, At(year, ((rest[1] - '1') * 3) + 1, 1)),
            ['H', >= '1' and <= '2'] => (DatePrecision.Year, At(year, rest[1] == '1' ? 1 : 7, 1)),
            ['W', ..] => Week(year, rest),
            _ => MonthOrDay(year, rest),
        };
    }

    private static (DatePrecision, DateOnly?)? Week(int? year, ReadOnlySpan<char> rest)
    {
        // "W01", "W01-WE", "WXX-5"
        if (rest.Length >= 5 && rest[3] == '-' && char.IsAsciiDigit(rest[4]))
        {
            return (DatePrecision.Day, null);
        }

        if (year is { } y && rest.Length >= 3 && int.TryParse(rest.Slice(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int week)
            && week is >= 1 and <= 53)
        {
            return (DatePrecision.Month, DateOnly.FromDateTime(ISOWeek.ToDateTime(y, week, DayOfWeek.Monday)));
        }

        return (DatePrecision.Month, null);
    }

    private static (DatePrecision, DateOnly?)? MonthOrDay(int? year, ReadOnlySpan<char> rest)
    {
        if (rest.Length < 2)
        {
            return null;
        }

        int? month = Number(rest[..2]);
        if (rest.Length == 2)
        {
            return (DatePrecision.Month, At(year, month, 1));
        }

        if (rest.Length < 5 || rest[2] != '-')
        {
            return null;
        }

        int? day = Number(rest.Slice(3, 2));
        var anchor = At(year, month, day);
        if (rest.Length == 5)
        {
            return (DatePrecision.Day, anchor);
        }

        // "T12:00+03:00" has an hour; "TMO" (morning) and other parts of the day do not.
        if (rest[5] != 'T')
        {
            return null;
        }

        return (rest.Length >= 8 && char.IsAsciiDigit(rest[6]) && char.IsAsciiDigit(rest[7]) ? DatePrecision.Hour : DatePrecision.Day, anchor);
    }

    private static bool IsYear(ReadOnlySpan<char> text) =>
        text is "XXXX" || (char.IsAsciiDigit(text[0]) && char.IsAsciiDigit(text[1]) && char.IsAsciiDigit(text[2]) && char.IsAsciiDigit(text[3]));

    private static int? Number(ReadOnlySpan<char> text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : null;

    private static DateOnly? At(int? year, int? month, int? day) =>
        year is { } y && y >= 1 && month is { } m && day is { } d && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, d)
            : null;
}
