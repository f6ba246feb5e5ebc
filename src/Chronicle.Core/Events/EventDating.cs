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
        bool narrated = IsNarratedPast(triggerPosition);
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
            else if (span.End <= sentence.Span.Start && span.Start >= paragraph)
            {
                earlier = date;
            }
        }

        // The last date before the sentence sets its time frame; when that frame is background, an older date does not
        // take its place.
        if (earlier is { } frame && !CarriesOver(frame.Time, frame.Precision, narrated))
        {
            earlier = null;
        }

        // "Now" and "currently" (PRESENT_REF) are the publication day.
        if ((best ?? earlier) is { } chosen && chosen.Time.Value != "PRESENT_REF")
        {
            return new EventDate(chosen.Time.Value, chosen.Precision, DateSource.Text, Bound(_document, chosen.Time));
        }

        return _published;
    }

    // A date in an earlier sentence of the paragraph dates what follows when it pins a day the story is about, or when
    // the story goes on narrating in the simple past ("in 2013, rebels seized power. A militia fought back"); a year
    // or a month before a present or perfect tense sets the background ("In 2022, he was arrested. Groups have
    // condemned his arrest"), and a day after publication is a deadline.
    private bool CarriesOver(TimeExpression time, DatePrecision precision, bool narrated) =>
        (precision is DatePrecision.Day or DatePrecision.Hour || (narrated && precision is not DatePrecision.Vague))
        && Bound(_document, time) is null
        && (_document.Article.Published is not { } published || TimexValue.AnchorOf(time.Value) is not { } day
            || day <= published.Date);

    private static readonly HashSet<string> IrregularPasts = new(StringComparer.Ordinal)
    {
        "fought", "took", "struck", "shot", "held", "met", "led", "began", "overran", "fled", "seized", "sent", "made",
        "gave", "broke", "drove", "threw", "fell", "left", "came", "won", "lost", "stole", "rose", "hit",
    };

    private static readonly HashSet<string> PresentAuxiliaries = new(StringComparer.Ordinal)
    {
        "has", "have", "'s", "'ve", "is", "are", "am", "will", "would", "to", "can", "may", "might", "must", "should",
    };

    // "fought back", "were arrested", but not "have condemned", "is accused" or "will attack".
    private bool IsNarratedPast(int position)
    {
        var tokens = _document.Tokens;
        int t = _document.TokenAtOrAfter(position);
        if (t >= tokens.Length)
        {
            return false;
        }

        string word = _document[tokens[t].Span].ToLowerInvariant();
        if (!word.EndsWith("ed", StringComparison.Ordinal) && !IrregularPasts.Contains(word))
        {
            return false;
        }

        for (int k = t - 1; k >= Math.Max(0, t - 3); k--)
        {
            if (PresentAuxiliaries.Contains(_document[tokens[k].Span].ToLowerInvariant().Replace('\u2019', '\'')))
            {
                return false;
            }
        }

        return true;
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
