using System.Globalization;
using Chronicle.Documents;
using Chronicle.Time;

namespace Chronicle.Events;

/// <summary>Gives an event the date of the time expression nearest it in its sentence, else the nearest before it in the paragraph, else the publication date.</summary>
internal static class EventDating
{
    public static EventDate? Date(Document document, Sentence sentence, int triggerPosition)
    {
        TimeExpression? best = null;
        int bestDistance = int.MaxValue;
        TimeExpression? earlier = null;
        foreach (var time in document.Times)
        {
            if (time.Type is not (TimeType.Date or TimeType.Time) || Precision(time.Value) is null)
            {
                continue;
            }

            if (sentence.Span.Contains(time.Span))
            {
                int distance = Math.Abs(time.Span.Start - triggerPosition);
                if (distance < bestDistance)
                {
                    (best, bestDistance) = (time, distance);
                }
            }
            else if (time.Span.End <= sentence.Span.Start && !document.Text.AsSpan(time.Span.End, sentence.Span.Start - time.Span.End).Contains('\n'))
            {
                earlier = time;
            }
        }

        // "Now" and "currently" (PRESENT_REF) are the publication day.
        if ((best ?? earlier) is { } chosen && chosen.Value != "PRESENT_REF")
        {
            return new EventDate(chosen.Value, Precision(chosen.Value)!.Value, DateSource.Text, Bound(document, chosen));
        }

        return document.Article.Published is { } published
            ? new EventDate(published.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), DatePrecision.Day, DateSource.Published)
            : null;
    }

    /// <summary>How precise a TIMEX3 value is; null for durations, sets and dates whose year is unknown.</summary>
    public static DatePrecision? Precision(string value) =>
        value is "PAST_REF" or "PRESENT_REF" or "FUTURE_REF" ? DatePrecision.Vague
        : value.Contains('X', StringComparison.Ordinal) ? null
        : TimexValue.PrecisionOf(value);

    // "Until January 4", "before Friday", "since March": the date bounds the event rather than dating it.
    private static TimeMod? Bound(Document document, TimeExpression time)
    {
        if (time.Mod is TimeMod.Before or TimeMod.After or TimeMod.OnOrBefore or TimeMod.OnOrAfter)
        {
            return time.Mod;
        }

        int i = time.Span.Start - 1;
        while (i >= 0 && char.IsWhiteSpace(document.Text[i]))
        {
            i--;
        }

        int wordEnd = i + 1;
        while (i >= 0 && char.IsLetter(document.Text[i]))
        {
            i--;
        }

        return document.Text[(i + 1)..wordEnd].ToLowerInvariant() switch
        {
            "until" or "before" or "till" => TimeMod.Before,
            "since" or "after" => TimeMod.After,
            _ => null,
        };
    }
}
