using System.Globalization;
using Chronicle.Documents;

namespace Chronicle.Storage;

/// <summary>The days an event's date may fall on at its precision: a day is one day, "2024-01" a month, "2014-SU" a summer.</summary>
public readonly record struct DateRange(DateOnly Start, DateOnly End)
{
    public bool Overlaps(DateRange other) => Start <= other.End && other.Start <= End;

    public int Days => End.DayNumber - Start.DayNumber + 1;

    /// <summary>The range of a TIMEX3 date value, or null for values with no calendar position (PAST_REF, durations).</summary>
    public static DateRange? Of(EventDate? date)
    {
        if (date is null)
        {
            return null;
        }

        string value = date.Value;
        if (value.Length >= 10 && TryDay(value[..10], out var day))
        {
            return new DateRange(day, day);
        }

        if (value.Length < 4 || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year) || year < 1)
        {
            return null;
        }

        if (value.Length == 4)
        {
            return new DateRange(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        }

        if (value[4] != '-' || value.Length < 7)
        {
            return null;
        }

        var rest = value.AsSpan(5);
        if (rest.Length == 2 && int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out int month) && month is >= 1 and <= 12)
        {
            var first = new DateOnly(year, month, 1);
            return new DateRange(first, first.AddMonths(1).AddDays(-1));
        }

        return rest switch
        {
            // Meteorological seasons of the northern hemisphere, as TIMEX3 annotators read them.
            "SP" => new DateRange(new DateOnly(year, 3, 1), new DateOnly(year, 5, 31)),
            "SU" => new DateRange(new DateOnly(year, 6, 1), new DateOnly(year, 8, 31)),
            "FA" => new DateRange(new DateOnly(year, 9, 1), new DateOnly(year, 11, 30)),
            "WI" => new DateRange(new DateOnly(year, 12, 1), new DateOnly(year + 1, 3, 1).AddDays(-1)),
            "Q1" => new DateRange(new DateOnly(year, 1, 1), new DateOnly(year, 3, 31)),
            "Q2" => new DateRange(new DateOnly(year, 4, 1), new DateOnly(year, 6, 30)),
            "Q3" => new DateRange(new DateOnly(year, 7, 1), new DateOnly(year, 9, 30)),
            "Q4" => new DateRange(new DateOnly(year, 10, 1), new DateOnly(year, 12, 31)),
            _ when rest.Length == 3 && rest[0] == 'W' && int.TryParse(rest[1..], NumberStyles.None, CultureInfo.InvariantCulture, out int week) && week is >= 1 and <= 53 =>
                Week(year, week),
            _ => null,
        };
    }

    public override string ToString() =>
        Start == End ? Format(Start) : $"{Format(Start)}..{Format(End)}";

    private static DateRange Week(int year, int week)
    {
        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, Math.Min(week, ISOWeek.GetWeeksInYear(year)), DayOfWeek.Monday));
        return new DateRange(monday, monday.AddDays(6));
    }

    private static bool TryDay(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    private static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
