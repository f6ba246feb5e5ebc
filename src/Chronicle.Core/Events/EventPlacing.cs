using Chronicle.Documents;

namespace Chronicle.Events;

/// <summary>Finds where an event happened: the most specific place named in its sentence, locative phrases first, else the article's main place.</summary>
internal sealed class EventPlacing(Document document, MentionIndex mentions, ArgumentReader arguments)
{
    private readonly EventLocation? _focus = Focus(document, mentions, arguments);

    /// <summary>The event's place; a place that is one of its actors or recipients ("the U.S. responded") is not where it happened.</summary>
    public EventLocation? Place(Sentence sentence, IReadOnlyCollection<EntityId> participants)
    {
        (Entity Entity, int Token, bool Locative)? best = null;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (mentions.At(t) is not { Place: not null } entity || (t > 0 && mentions.At(t - 1) == entity))
            {
                continue;
            }

            // A country not named as a location ("U.S. President Donald Trump", "Iraqi officials said") qualifies
            // someone rather than placing the event.
            bool locative = arguments.IsLocative(t);
            if (!locative && (participants.Contains(entity.Id) || entity.Place.Precision == PlacePrecision.Country))
            {
                continue;
            }

            if (best is null || Better(entity, locative, best.Value.Entity, best.Value.Locative))
            {
                best = (entity, t, locative);
            }
        }

        if (best is { } found)
        {
            int start = document.Tokens[found.Token].Span.Start;
            var mention = found.Entity.Mentions.First(m => m.Contains(start));
            return new EventLocation(document[mention], found.Entity.Place, found.Entity.Place!.Precision);
        }

        return _focus;
    }

    // The most specific place wins ("Iraq's Anbar desert" is in Anbar); at equal precision, one named as a location.
    private static bool Better(Entity candidate, bool locative, Entity current, bool currentLocative)
    {
        if (candidate.Place!.Precision != current.Place!.Precision)
        {
            return candidate.Place.Precision < current.Place.Precision;
        }

        return locative && !currentLocative;
    }

    // The article's country, the one its places and their people are most often named for, and within it the place most
    // often named as a location ("in Kalat"): the fallback when a sentence names no place. A neighbour named only as a
    // location ("near the Cameroon border") does not outweigh the country the story is about.
    private static EventLocation? Focus(Document document, MentionIndex mentions, ArgumentReader arguments)
    {
        var locativeMentions = new Dictionary<EntityId, int>();
        foreach (var entity in document.Entities)
        {
            if (entity.Place is null)
            {
                continue;
            }

            foreach (var mention in entity.Mentions)
            {
                int t = MentionIndex.TokenAt(document, mention.Start);
                if (t < document.Tokens.Length && mentions.At(t) == entity && arguments.IsLocative(t))
                {
                    locativeMentions[entity.Id] = locativeMentions.GetValueOrDefault(entity.Id) + 1;
                }
            }
        }

        var byCountry = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entity in document.Entities)
        {
            if ((entity.Place?.Country ?? entity.Country) is { } country)
            {
                byCountry[country] = byCountry.GetValueOrDefault(country) + entity.Mentions.Length + locativeMentions.GetValueOrDefault(entity.Id);
            }
        }

        string? main = byCountry.Count == 0 ? null : byCountry.MaxBy(kv => kv.Value).Key;
        var focus = document.Entities
            .Where(e => e.Place is not null && (main is null || e.Place.Country == main))
            .OrderByDescending(e => locativeMentions.GetValueOrDefault(e.Id))
            .ThenByDescending(e => e.Mentions.Length)
            .ThenBy(e => e.Place!.Precision)
            .FirstOrDefault();
        return focus is null ? null : new EventLocation(focus.Name, focus.Place, focus.Place!.Precision);
    }
}
