using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Chronicle.Documents;
using Chronicle.Pipeline;

namespace Chronicle.Time;

/// <summary>Finds dates, clock times, durations and sets and gives each a TIMEX3 value normalised against the publication date.</summary>
/// <remarks>
/// Every rule proposes expressions over the whole text; the leftmost, then longest, proposal wins, and proposals may not
/// cross a sentence boundary. A clock time then takes its day from a date written next to it ("January 4 at 12 P.M.",
/// which becomes one expression), else from the nearest day of its sentence, else from the publication date.
/// Without a publication date relative expressions keep unknown digits ("XXXX-XX-XX"). A zone is an offset when the
/// text names it ("Iraq time", "GMT", "Kharkiv time") or says "local time" in a sentence that names a resolved place.
/// </remarks>
public sealed class TimeTagger(CountryTimeZones zones) : IStage
{
    /// <summary>A tagger with the time zone table installed with Chronicle.</summary>
    public TimeTagger()
        : this(CountryTimeZones.Default)
    {
    }

    public string Name => "time";

    public Layer Requires => Layer.Article | Layer.Sentences | Layer.Tokens | Layer.Entities | Layer.Places;

    public Layer Assigns => Layer.Times;

    public Document Annotate(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var context = new TimeContext(document, document.Article.Published?.Date);
        var chosen = Choose(document, Propose(context));
        var resolved = ResolveClocks(document, context.Published, chosen);
        var times = ImmutableArray.CreateBuilder<TimeExpression>(resolved.Count);
        foreach (var candidate in resolved)
        {
            times.Add(new TimeExpression
            {
                Id = new TimeId(times.Count + 1),
                Span = candidate.Span,
                Type = candidate.Type,
                Value = candidate.Value,
                Mod = candidate.Mod,
            });
        }

        return document.WithTimes(times.MoveToImmutable());
    }

    private static List<TimeCandidate> Propose(TimeContext context)
    {
        var text = context.Document.Text;
        var proposals = new List<TimeCandidate>();
        for (int rule = 0; rule < TimeRules.All.Length; rule++)
        {
            var current = TimeRules.All[rule];
            foreach (var m in current.Matches(text))
            {
                if (current.Normalise(m, context, rule) is { } candidate && !candidate.Span.IsEmpty)
                {
                    proposals.Add(candidate);
                }
            }
        }

        return proposals;
    }

    private static List<TimeCandidate> Choose(Document document, List<TimeCandidate> proposals)
    {
        proposals.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start)
            : a.Span.Length != b.Span.Length ? b.Span.Length.CompareTo(a.Span.Length)
            : a.Rule.CompareTo(b.Rule));
        var chosen = new List<TimeCandidate>();
        int end = 0;
        foreach (var candidate in proposals)
        {
            if (candidate.Span.Start < end || document.SentenceAt(candidate.Span.Start) != document.SentenceAt(candidate.Span.End - 1))
            {
                continue;
            }

            chosen.Add(candidate);
            end = candidate.Span.End;
        }

        return chosen;
    }

    /// <summary>Gives each clock time its day and its zone's offset, joining it with a day written right next to it.</summary>
    private List<TimeCandidate> ResolveClocks(Document document, DateOnly? published, List<TimeCandidate> chosen)
    {
        var result = new List<TimeCandidate>(chosen.Count);
        for (int i = 0; i < chosen.Count; i++)
        {
            var candidate = chosen[i];
            if (!candidate.IsClock)
            {
                result.Add(candidate);
                continue;
            }

            TimeCandidate? day = null;
            if (result.Count > 0 && IsDay(result[^1]) && AreAdjacent(document.Text, result[^1].Span, candidate.Span))
            {
                day = result[^1];
                result.RemoveAt(result.Count - 1);
            }
            else if (i + 1 < chosen.Count && IsDay(chosen[i + 1]) && AreAdjacent(document.Text, candidate.Span, chosen[i + 1].Span))
            {
                day = chosen[i + 1];
                i++;
            }

            string dayValue = day?.Value ?? SentenceDay(document, chosen, candidate)
                ?? (published is { } p ? Calendar.Day(p) : Calendar.UnknownDay);
            string value = dayValue + candidate.Value;
            if (OffsetOf(document, candidate, Calendar.TryParseDay(dayValue, out var date) ? date : null) is { } offset)
            {
                value += TimeZones.Format(offset);
            }

            result.Add(candidate with
            {
                Span = day is null ? candidate.Span : candidate.Span.Union(day.Span),
                Value = value,
                Mod = candidate.Mod ?? day?.Mod,
            });
        }

        return result;
    }

    private TimeSpan? OffsetOf(Document document, TimeCandidate clock, DateOnly? day)
    {
        TimeSpan offset = default;
        bool known = clock.Zone is { } zone ? TimeZones.TryGetOffset(zone, day, out offset)
            : clock.ZonePlace is { } place ? zones.TryGetOffset(place, day, out offset)
            : clock.IsLocal && LocalOffset(document, clock.Span, day, out offset);
        return known ? offset : null;
    }

    /// <summary>
    /// The offset of "local time": the zone of the resolved place named nearest to the clock in its sentence, else of the
    /// country of a nationality or group named there ("Iraqi officials"); none when the sentence names neither.
    /// </summary>
    private bool LocalOffset(Document document, Span clock, DateOnly? day, out TimeSpan offset)
    {
        offset = default;
        var sentence = document.Sentences[document.SentenceAt(clock.Start)].Span;
        Entity? place = null, country = null;
        int placeDistance = int.MaxValue, countryDistance = int.MaxValue;
        foreach (var entity in document.Entities)
        {
            if (entity.Place is null && entity.Country is null)
            {
                continue;
            }

            foreach (var mention in entity.Mentions)
            {
                if (!sentence.Contains(mention) || mention.Overlaps(clock))
                {
                    continue;
                }

                int distance = Math.Abs(mention.Start - clock.Start);
                if (entity.Place is not null && distance < placeDistance)
                {
                    (place, placeDistance) = (entity, distance);
                }
                else if (entity.Place is null && distance < countryDistance)
                {
                    (country, countryDistance) = (entity, distance);
                }
            }
        }

        return place is { Place: { } geo } ? zones.TryGetOffset(geo, day, out offset)
            : country is { Country: { } code } && zones.TryGetOffset(code, day, out offset);
    }

    /// <summary>The nearest date of a whole day in the clock time's sentence, if any.</summary>
    private static string? SentenceDay(Document document, List<TimeCandidate> chosen, TimeCandidate clock)
    {
        int sentence = document.SentenceAt(clock.Span.Start);
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var candidate in chosen)
        {
            if (!IsDay(candidate) || document.SentenceAt(candidate.Span.Start) != sentence)
            {
                continue;
            }

            int distance = Math.Abs(candidate.Span.Start - clock.Span.Start);
            if (distance < bestDistance)
            {
                best = candidate.Value;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static bool IsDay(TimeCandidate candidate) =>
        candidate.Type == TimeType.Date && DayValue.IsMatch(candidate.Value);

    private static readonly Regex DayValue = new(@"^(?:\d{4}|XXXX)-(?:(?:\d\d|XX)-(?:\d\d|XX)|WXX-\d)$", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // "January 4 at 12 P.M.", "noon Friday", "15:00 GMT, Saturday", "3 p.m. on Monday".
    private static readonly Regex Connector = new(@"^[\s,]*(?:(?:at|on)\s*)?$", RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private static bool AreAdjacent(string text, Span first, Span second) =>
        first.End <= second.Start && second.Start - first.End <= 6
        && Connector.IsMatch(text.AsSpan(first.End, second.Start - first.End));
}
