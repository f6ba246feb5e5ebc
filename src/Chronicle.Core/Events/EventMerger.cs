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

        // Which event each sentence's mentions of a type went to: once "the airstrikes" has joined an earlier strike,
        // the rest of its sentence ("targeted ... and killed") is about that strike too.
        var sentenceEvents = new Dictionary<(int Sentence, EventType Type, bool TookPlace), int>();
        foreach (var candidate in candidates)
        {
            var key = (candidate.Sentence, candidate.Trigger.Type, TookPlace(candidate.Modality));
            // ... unless one is past and the other current ("their abduction, resembling Boko Haram's 2014 abduction").
            if (!sentenceEvents.TryGetValue(key, out int target) || !(candidate.Anaphoric || merged[target].Modality == candidate.Modality))
            {
                target = candidate.Anaphoric ? LastReportedOfType(document, merged, candidate) : -1;
            }

            for (int m = merged.Count - 1; target < 0 && m >= 0; m--)
            {
                target = SameEvent(document, merged[m], candidate) ? m : -1;
            }

            if (target < 0 && candidate.Weak)
            {
                continue;
            }

            if (target < 0)
            {
                merged.Add(candidate);
                target = merged.Count - 1;
            }
            else
            {
                merged[target] = Combine(merged[target], candidate);
            }

            sentenceEvents[key] = target;
        }

        return merged;
    }

    // Nouns that name a state that goes on rather than one act: "the war" is not the strike just reported.
    private static readonly HashSet<string> States = new(StringComparer.Ordinal)
    {
        "war", "conflict", "violence", "cooperation", "partnership", "alliance", "sanctions", "embargo",
    };

    // "the strike", "the killing of the demonstrators", "the signed agreement": a definite act refers back to the last one
    // of its type reported, whatever word reported it; a state ("the war") refers back only to the same word.
    // "The strike" does not refer back to "attacks", but "the attacks" may refer back to "struck" (a verb tells no number).
    // "the BLA claimed responsibility for the attack" names who did the attack told of before ("militants attacked"); "the
    // army's attack" after "rebels attacked" is another attack.
    private static int LastReportedOfType(Document document, List<EventCandidate> merged, EventCandidate candidate)
    {
        // The event mentioned last, not the one first reported last: a caption may name the strike before the attacks
        // that led to it.
        bool state = candidate.Heads.Overlaps(States);
        int found = -1;
        for (int m = 0; m < merged.Count; m++)
        {
            if (merged[m].Trigger.Type == candidate.Trigger.Type && (state ? SharesHead(merged[m], candidate) : !merged[m].Heads.IsSubsetOf(States))
                && (candidate.Plural || !merged[m].Plural) && IsReported(merged[m]) && ActorsFit(document, merged[m], candidate)
                && (found < 0 || merged[m].Evidence[^1].Start >= merged[found].Evidence[^1].Start))
            {
                found = m;
            }
        }

        return found;
    }

    private static bool ActorsFit(Document document, EventCandidate reported, EventCandidate anaphor) =>
        anaphor.Actors.All(a => document.FindEntity(a) is { } actor && (actor.Place is not null || reported.Actors.Contains(a)))
        || (!SharesAny(anaphor.Actors, reported.Recipients) && reported.Actors.All(a => document.FindEntity(a) is { } actor && IsDescription(actor)));

    // "militants", "gunmen": a participant described rather than named, whom a later name may identify.
    private static bool IsDescription(Entity entity) =>
        entity.Country is null && entity.Place is null && entity.Name.Skip(1).All(c => !char.IsUpper(c)) && !entity.Name.Contains(' ', StringComparison.Ordinal);

    private static bool SameEvent(Document document, EventCandidate a, EventCandidate b)
    {
        if (a.Trigger.Type != b.Trigger.Type || TookPlace(a.Modality) != TookPlace(b.Modality))
        {
            return false;
        }

        if (a.Sentence == b.Sentence)
        {
            return true;
        }

        // Where something is said ("in a joint statement from Canada") does not tell one demand from another.
        if (a.Modality != b.Modality && !(TookPlace(a.Modality) && TookPlace(b.Modality))
            || DatesAgree(a.Date, b.Date) is not { } sameDay || (!PlacesAgree(a.Location, b.Location) && !IsSpeech(a.Trigger.Type))
            || (a.Mode is not null && b.Mode is not null && a.Mode != b.Mode))
        {
            return false;
        }

        // One's target acting in the other ("the strike on Abu Taqwa", "Abu Taqwa's attacks") makes two events. Shared
        // participants in the same role, or a mention that names no one who could tell it apart ("the leader was
        // killed"), make one: an article reports few events of one type on one date in one place, so such a mention is
        // most likely the one already reported. Two mentions whose actors differ are two events.
        if (SharesAny(a.Actors, b.Recipients) || SharesAny(a.Recipients, b.Actors))
        {
            return false;
        }

        // What one says is not what another says of the same target: "U.S. officials blamed the Taliban" and "Afghan
        // officials accused the Taliban" are two accusations.
        if (IsSpeech(a.Trigger.Type) && !a.Actors.IsEmpty && !b.Actors.IsEmpty && !SharesAny(a.Actors, b.Actors))
        {
            return false;
        }

        if (SharesAny(a.Actors, b.Actors) || SharesAny(a.Recipients, b.Recipients))
        {
            return true;
        }

        // "Earlier this month" and "Tuesday" may be one day, but only shared participants make them one event.
        if (!sameDay)
        {
            return false;
        }

        return a.Actors.IsEmpty || b.Actors.IsEmpty ? b.Recipients.IsEmpty || a.Recipients.IsEmpty || SameCountry(document, a.Recipients, b.Recipients)
            : SameCountry(document, a.Actors, b.Actors);
    }


    private static bool IsSpeech(EventType type) =>
        type is EventType.Accuse or EventType.Request or EventType.Threaten or EventType.Reject or EventType.Support or EventType.Concede;

    // Reported as having taken place (asserted, claimed, historical) or not (negated, hypothetical, future): a claim of
    // responsibility for an attack and the attack are one event; a threatened attack and an attack are not.
    private static bool TookPlace(Modality modality) => modality is Modality.Asserted or Modality.Claimed or Modality.Historical;

    private static bool PlacesAgree(EventLocation? a, EventLocation? b) =>
        a?.Place is null || b?.Place is null || a.Place.Country == b.Place.Country;

    private static bool IsReported(EventCandidate a) => a.Modality is Modality.Asserted or Modality.Claimed or Modality.Historical;

    // "the strike" refers to an earlier strike or airstrike, "the attacks" to earlier attacks.
    private static bool SharesHead(EventCandidate a, EventCandidate b) =>
        a.Heads.Any(h => b.Heads.Any(k => h.EndsWith(k, StringComparison.Ordinal) || k.EndsWith(h, StringComparison.Ordinal)));

    /// <summary>Null when two dates cannot be one day; true when they are the same day or period (or one is only the
    /// publication day); false when one period contains the other ("this week" and "Thursday").</summary>
    private static bool? DatesAgree(EventDate? a, EventDate? b)
    {
        // A date taken from the publication day is not a statement of the text: it agrees with any date.
        if (a is null || b is null)
        {
            return true;
        }

        if (a.From == DateSource.Published || b.From == DateSource.Published)
        {
            return a.Mod is null && b.Mod is null ? true : null;
        }

        if (a.Value == b.Value && a.Mod == b.Mod)
        {
            return true;
        }

        if (a.Mod != b.Mod || a.Precision == DatePrecision.Vague || b.Precision == DatePrecision.Vague
            || EventDays.Of(a.Value, a.Precision) is not { } x || EventDays.Of(b.Value, b.Precision) is not { } y || x.First > y.Last || y.First > x.Last)
        {
            return null;
        }

        return x == y;
    }

    private static bool SharesAny(ImmutableArray<EntityId> a, ImmutableArray<EntityId> b)
    {
        foreach (var id in a)
        {
            if (b.Contains(id))
            {
                return true;
            }
        }

        return false;
    }

    // Participants of one country agree ("the U.S." and "U.S. forces").
    private static bool SameCountry(Document document, ImmutableArray<EntityId> a, ImmutableArray<EntityId> b)
    {
        foreach (var x in a)
        {
            if (document.FindEntity(x)?.Country is not { } country)
            {
                continue;
            }

            foreach (var y in b)
            {
                if (document.FindEntity(y)?.Country == country)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static EventCandidate Combine(EventCandidate a, EventCandidate b)
    {
        // Every mention adds the participants it names ("the strike killed Abu Taqwa"), but the roles first given stand:
        // a later reading cannot make a target an actor or an actor a target.
        // A mention that could only join (a relative clause, a deal named in passing) adds its evidence, not participants:
        // what it names is about its own clause ("their cease-fire with international forces").
        var actors = b.Weak ? a.Actors : a.Actors.AddRange(b.Actors.Except(a.Actors).Except(a.Recipients));
        var recipients = b.Weak ? a.Recipients : a.Recipients.AddRange(b.Recipients.Except(a.Recipients).Except(actors));

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
            Recipients = recipients,
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
