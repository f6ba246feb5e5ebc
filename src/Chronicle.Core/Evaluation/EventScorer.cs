using System.Collections.Immutable;
using Chronicle.Documents;
using Chronicle.Events;
using Chronicle.Time;

namespace Chronicle.Evaluation;

/// <summary>
/// Scores coded events against gold: a system event matches a gold event of the same type whose evidence clause its
/// evidence overlaps (one to one); attributes are then compared on the matched pairs.
/// </summary>
/// <remarks>
/// Names match when one contains the other as whole words or they share a content word, after case folding, across the
/// entity's name and aliases, so "U.S." matches "U.S. forces" (but "IS" does not match "Islamabad") and "Iraqi
/// intelligence service" matches "Iraq's intelligence service" only through a shared word. A date matches when every
/// day the system's value covers is within the gold date, which is at the precision the text supports ("2024-W26" is
/// within "2024-06"). A place matches by name (any alias) or, when gold names no place, by country.
/// For each attribute, a matched pair adds to "correct" when both agree, to "system" when the system gives a value and
/// to "gold" when gold does; lists (actors, recipients) count item by item.
/// The gold guidelines list negated, hypothetical and future events "so that a coder that reports them as asserted can
/// be caught": a system event matches a gold one only when both say alike whether it took place (asserted, claimed and
/// historical events did; negated, hypothetical and future ones did not), and every system event that matches none is
/// a false alarm, whatever its modality. How many of those are negated or hypothetical is reported apart, for reading.
/// </remarks>
public static class EventScorer
{
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "of", "in", "on", "and", "at", "to", "for", "by", "with", "its", "his", "her", "their", "'s",
        "forces", "force", "group", "groups", "members", "people", "officials", "government", "state", "security",
    };

    public static EventScore Score(Document document, EventGoldStory gold)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(gold);
        var score = new EventScoreBuilder();
        var unmatched = document.Events.ToList();
        foreach (var goldEvent in gold.Events)
        {
            var evidence = Locate(document.Text, goldEvent.Evidence);
            var match = unmatched
                .Where(e => e.Type == goldEvent.Type && TookPlace(e.Modality) == TookPlace(goldEvent.Modality)
                    && evidence is { } span && e.Evidence.Any(s => s.Overlaps(span)))
                .OrderByDescending(e => e.Evidence.Max(s => evidence is { } span ? Overlap(s, span) : 0))
                .FirstOrDefault();
            score.Gold(goldEvent.Type);
            if (match is null)
            {
                score.Missed(goldEvent);
                continue;
            }

            unmatched.Remove(match);
            score.Matched(goldEvent, match, CompareAttributes(document, goldEvent, match));
        }

        foreach (var spurious in unmatched)
        {
            score.Spurious(spurious);
        }

        return score.Build();
    }

    private static bool TookPlace(Modality modality) => modality is Modality.Asserted or Modality.Claimed or Modality.Historical;

    /// <summary>Where a gold evidence clause is in the text, tolerating typographic quote marks.</summary>
    internal static Span? Locate(string text, string evidence)
    {
        int at = text.IndexOf(evidence, StringComparison.Ordinal);
        if (at < 0)
        {
            at = Normalise(text).IndexOf(Normalise(evidence), StringComparison.Ordinal);
        }

        return at < 0 || evidence.Length == 0 ? null : new Span(at, at + evidence.Length);
    }

    private static string Normalise(string text) =>
        text.Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"');

    private static int Overlap(Span a, Span b) => Math.Max(0, Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start));

    private static AttributeCounts CompareAttributes(Document document, EventGoldEvent gold, Event system)
    {
        var actors = CompareNames(document, gold.Actors, system.Actors);
        var recipients = CompareNames(document, gold.Recipients, system.Recipients);
        var date = Compare(gold.Date, system.Date?.Value, DateWithin);
        var place = ComparePlace(document, gold, system);
        var counts = Compare(gold.Dead, system.Dead) + Compare(gold.Injured, system.Injured) + Compare(gold.Arrested, system.Arrested);
        return new AttributeCounts(actors, recipients, date, place, counts, gold.Modality == system.Modality);
    }

    private static Counts CompareNames(Document document, ImmutableArray<string> gold, ImmutableArray<EntityId> system)
    {
        var systemNames = system.Select(id => document.FindEntity(id)).OfType<Entity>().ToList();
        int correct = 0;
        var used = new HashSet<Entity>();
        foreach (var name in gold)
        {
            var hit = systemNames.FirstOrDefault(e => !used.Contains(e) && e.Aliases.Prepend(e.Name).Any(n => NamesMatch(name, n)));
            if (hit is not null)
            {
                used.Add(hit);
                correct++;
            }
        }

        return new Counts(correct, systemNames.Count, gold.Length);
    }

    internal static bool NamesMatch(string gold, string system)
    {
        var g = gold.ToLowerInvariant();
        var s = system.ToLowerInvariant();
        if (ContainsWords(g, s) || ContainsWords(s, g))
        {
            return true;
        }

        var goldWords = ContentWords(g);
        return ContentWords(s).Any(goldWords.Contains);
    }

    // "u.s." in "u.s. forces", but not "is" in "islamabad".
    private static bool ContainsWords(string text, string part)
    {
        for (int at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal))
        {
            int end = at + part.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    private static HashSet<string> ContentWords(string name) =>
        name.Split([' ', ',', '-', '\'', '\u2019', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 2 && !StopWords.Contains(w))
            .ToHashSet(StringComparer.Ordinal);

    // The system's date is right when every day it covers is in the gold date, which is at the precision the text
    // supports: "2025-03-13" and "2025-W11" are in "2025-03", "2025-W09" (straddling February and March) is not.
    internal static bool DateWithin(string gold, string system)
    {
        if (system.StartsWith(gold, StringComparison.Ordinal))
        {
            return true;
        }

        return TimexValue.PrecisionOf(gold) is { } goldPrecision && TimexValue.PrecisionOf(system) is { } systemPrecision
            && EventDays.Of(gold, goldPrecision) is { } g && EventDays.Of(system, systemPrecision) is { } s
            && g.First <= s.First && s.Last <= g.Last;
    }

    private static Counts ComparePlace(Document document, EventGoldEvent gold, Event system)
    {
        if (gold.Place is null)
        {
            return gold.Country is null || system.Location?.Place is null
                ? new Counts(0, 0, 0)
                : new Counts(system.Location.Place.Country == gold.Country ? 1 : 0, 1, 1);
        }

        if (system.Location is not { } location)
        {
            return new Counts(0, 0, 1);
        }

        var names = new List<string> { location.Name };
        if (location.Place is { } place)
        {
            names.Add(place.Name);
            if (place.Admin1 is { } admin1)
            {
                names.Add(admin1);
            }
        }

        names.AddRange(document.Entities.Where(e => e.Place is not null && e.Place.GeonameId == location.Place?.GeonameId && e.Place.Name == location.Place?.Name).SelectMany(e => e.Aliases));
        return new Counts(names.Any(n => NamesMatch(gold.Place, n)) ? 1 : 0, 1, 1);
    }

    private static Counts Compare(string? gold, string? system, Func<string, string, bool> equal) =>
        new(gold is not null && system is not null && equal(gold, system) ? 1 : 0, system is null ? 0 : 1, gold is null ? 0 : 1);

    private static Counts Compare(int? gold, int? system) =>
        new(gold is not null && gold == system ? 1 : 0, system is null ? 0 : 1, gold is null ? 0 : 1);
}
