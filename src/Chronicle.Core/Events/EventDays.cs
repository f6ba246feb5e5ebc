using Chronicle.Documents;
using Chronicle.Time;

namespace Chronicle.Events;

/// <summary>The days a date value covers, to tell whether two dates can be the same day ("this week" and "Thursday").</summary>
internal static class EventDays
{
    /// <summary>The first and last day of a calendar value at its precision; null for vague or unanchored values.</summary>
    public static (DateOnly First, DateOnly Last)? Of(string value, DatePrecision precision)
    {
        if (precision == DatePrecision.Vague || TimexValue.AnchorOf(value) is not { } first)
        {
            return null;
        }

        var next = precision switch
        {
            DatePrecision.Hour or DatePrecision.Day => first.AddDays(1),
            DatePrecision.Month => value.Contains('W', StringComparison.Ordinal) ? first.AddDays(7) : first.AddMonths(1),
            DatePrecision.Season => first.AddMonths(3),
            _ => first.AddYears(1),
        };
        return (first, next.AddDays(-1));
    }
}
