using System.Globalization;
using Chronicle.Documents;
using Chronicle.Time;

namespace Chronicle.Events;

/// <summary>Gives an event the date of the time expression nearest it in its sentence, else the nearest before it in the paragraph, else the publication date.</summary>
internal sealed class EventDating
{
    private readonly Document _document;
    private readonly (TimeExpression Time, DatePrecision Precision)[] _dates;
    private readonly EventDate? _published;

    /// <summary>Reads once per document which time expressions can date an event, and how precisely.</summary>
    public EventDating(Document document)
    {
        _document = document;
        _dates = [.. document.Times
            .Where(t => t.Type is TimeType.Date or TimeType.Time)
            .Select(t => (Time: t, Precision: Precision(t.Value)))
            .Where(t => t.Precision is not null)
            .Select(t => (t.Time, t.Precision!.Value))];
        _published = document.Article.Published is { } published
            ? new EventDate(published.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), DatePrecision.Day, DateSource.Published)
            : null;
    }

    public EventDate? Date(Sentence sentence, int triggerPosition)
    {
        // The paragraph begins after the last line break before the sentence.
        int paragraph = sentence.Span.Start == 0 ? 0 : _document.Text.LastIndexOf('\n', sentence.Span.Start - 1) + 1;
        (TimeExpression Time, DatePrecision Precision)? best = null, earlier = null;
        int bestDistance = int.MaxValue;
        foreach (var date in _dates)
        {
            var span = date.Time.Span;
            if (sentence.Span.Contains(span))
            {
                int distance = Math.Abs(span.Start - triggerPosition);
                if (distance < bestDistance)
                {
                    (best, bestDistance) = (date, distance);
                }
            }
            else if (span.End <= sentence.Span.Start && span.Start >= paragraph && CarriesOver(date.Time, date.Precision))
            {
                earlier = date;
            }
        }

        // "Now" and "currently" (PRESENT_REF) are the publication day.
        if ((best ?? earlier) is { } chosen && chosen.Time.Value != "PRESENT_REF")
        {
            return new EventDate(chosen.Time.Value, chosen.Precision, DateSource.Text, Bound(_document, chosen.Time));
        }

        return _published;
    }

    // A date in an earlier sentence of the paragraph dates what follows only when it pins a day the story is about: a
    // year or a month there sets the background ("In 2022, he was arrested", "fighting since 2009"), and a day after
    // publication is a deadline.
    private bool CarriesOver(TimeExpression time, DatePrecision precision) =>
        precision is DatePrecision.Day or DatePrecision.Hour && Bound(_document, time) is null
        && (_document.Article.Published is not { } published || TimexValue.AnchorOf(time.Value) is not { } day
            || day <= published.Date);

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
