using System.Collections.Immutable;
using Chronicle.Documents;
using Chronicle.Time;

namespace Chronicle.Events;

/// <summary>Merges the mentions of one real-world event within an article: same sentence, "the strike" referring back, or same type, date and participants.</summary>
internal static class EventMerger
{
    public static List<EventCandidate> Merge(Document document, List<EventCandidate> candidates)
    {
        var merged = new List<EventCandidate>();
        foreach (var candidate in candidates)
        {
            int target = candidate.Anaphoric && candidate.Actors.IsEmpty
                ? merged.FindLastIndex(m => m.Trigger.Type == candidate.Trigger.Type && SharesHead(m, candidate) && IsReported(m))
                : -1;
            if (target < 0)
            {
                target = merged.FindLastIndex(m => SameEvent(document, m, candidate));
            }

            if (target < 0 && !candidate.Weak)
            {
                merged.Add(candidate);
            }
            else if (target < 0)
            {
                continue;
            }
            else
            {
                merged[target] = Combine(merged[target], candidate);
            }
        }

        return merged;
    }

    private static bool SameEvent(Document document, EventCandidate a, EventCandidate b)
    {
        if (a.Trigger.Type != b.Trigger.Type)
        {
            return false;
        }

        if (a.Sentence == b.Sentence)
        {
            return a.Modality == b.Modality;
        }

        if (a.Modality != b.Modality || !DatesAgree(a.Date, b.Date) || !PlacesAgree(a.Location, b.Location))
        {
            return false;
        }

        // Shared participants, or a mention too thin to be told apart ("the leader was killed"): an article reports
        // few events of one type on one date in one place, so such a mention is most likely the one already reported.
        bool underspecified = b.Actors.IsEmpty && b.Recipients.IsEmpty;
        return Shares(document, a.Actors, b.Actors) || a.Recipients.Intersect(b.Recipients).Any() || underspecified;
    }

    private static bool PlacesAgree(EventLocation? a, EventLocation? b) =>
        a?.Place is null || b?.Place is null || a.Place.Country == b.Place.Country;

    private static bool IsReported(EventCandidate a) => a.Modality is Modality.Asserted or Modality.Claimed or Modality.Historical;

    // "the strike" refers to an earlier strike or airstrike, "the attacks" to earlier attacks.
    private static bool SharesHead(EventCandidate a, EventCandidate b) =>
        a.Heads.Any(h => b.Heads.Any(k => h.EndsWith(k, StringComparison.Ordinal) || k.EndsWith(h, StringComparison.Ordinal)));

    private static bool DatesAgree(EventDate? a, EventDate? b)
    {
        // A date taken from the publication day is not a statement of the text: it agrees with any date.
        if (a is null || b is null)
        {
            return true;
        }

        if (a.From == DateSource.Published || b.From == DateSource.Published)
        {
            return a.Mod is null && b.Mod is null;
        }

        if (a.Mod != b.Mod || a.Precision == DatePrecision.Vague || b.Precision == DatePrecision.Vague)
        {
            return a.Mod == b.Mod && a.Value == b.Value;
        }

        var (dayA, dayB) = (TimexValue.AnchorOf(a.Value), TimexValue.AnchorOf(b.Value));
        bool dayPrecise = a.Precision <= DatePrecision.Day && b.Precision <= DatePrecision.Day;
        return dayPrecise ? dayA == dayB : a.Value == b.Value;
    }

    // Actors agree when they are the same entity or belong to the same country ("the U.S." and "U.S. forces").
    private static bool Shares(Document document, ImmutableArray<EntityId> a, ImmutableArray<EntityId> b)
    {
        if (a.IsEmpty || b.IsEmpty)
        {
            return false;
        }

        if (a.Intersect(b).Any())
        {
            return true;
        }

        var countriesA = a.Select(id => document.FindEntity(id)?.Country).Where(c => c is not null).ToHashSet();
        return b.Any(id => document.FindEntity(id)?.Country is { } country && countriesA.Contains(country));
    }

    private static EventCandidate Combine(EventCandidate a, EventCandidate b)
    {
        var actors = a.Actors.Union(b.Actors).ToImmutableArray();

        // A later "the attacks" adds its evidence and details, but its sentence does not re-date or re-place the event.
        if (b.Anaphoric)
        {
            b = b with { Date = a.Date, Location = a.Location, Reporter = a.Reporter };
        }

        return a with
        {
            Weak = a.Weak && b.Weak,
            Heads = a.Heads.Union(b.Heads),
            Mode = a.Mode ?? b.Mode,
            Acled = a.Mode is null && b.Mode is not null ? b.Acled : a.Acled,
            Actors = actors,
            Recipients = [.. a.Recipients.Union(b.Recipients).Except(actors)],
            Date = MorePrecise(a.Date, b.Date),
            Location = MoreSpecific(a.Location, b.Location),
            Dead = Max(a.Dead, b.Dead),
            Injured = Max(a.Injured, b.Injured),
            Arrested = Max(a.Arrested, b.Arrested),
            Reporter = a.Reporter ?? b.Reporter,
            Evidence = [.. a.Evidence.Union(b.Evidence).OrderBy(s => s.Start)],
            Confidence = Math.Min(0.99, Math.Max(a.Confidence, b.Confidence) + 0.05),
        };
    }

    private static EventDate? MorePrecise(EventDate? a, EventDate? b)
    {
        if (a is null || (b is not null && a.From == DateSource.Published && b.From == DateSource.Text))
        {
            return b;
        }

        return b is not null && b.From == a.From && b.Precision < a.Precision ? b : a;
    }

    private static EventLocation? MoreSpecific(EventLocation? a, EventLocation? b)
    {
        if (a is null)
        {
            return b;
        }

        if (b is null || a.Place is null || b.Place is null || a.Place.Country != b.Place.Country)
        {
            return a;
        }

        return b.Precision < a.Precision ? b : a;
    }

    private static int? Max(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);
}
