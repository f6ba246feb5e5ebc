using Chronicle.Documents;
using Chronicle.Entities;

namespace Chronicle.Events;

/// <summary>Finds where an event happened: the most specific place named in its sentence, locative phrases first, else the article's main place.</summary>
internal sealed class EventPlacing(Document document, MentionIndex mentions, ArgumentReader arguments)
{
    private readonly EventLocation? _focus = Focus(document, mentions, arguments);

    /// <summary>The event's place; a place that is one of its actors or recipients ("the U.S. responded") is not where it happened.</summary>
    public EventLocation? Place(Sentence sentence, IReadOnlyCollection<EntityId> participants)
    {
        (EventLocation Location, bool Locative)? best = null;
        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (mentions.At(t) is not { } entity || (t > 0 && mentions.At(t - 1) == entity))
            {
                continue;
            }

            bool locative = arguments.IsLocative(t);
            EventLocation? location;
            if (entity.Place is { } place)
            {
                // A country not named as a location ("U.S. President Donald Trump", "Iraqi officials said") qualifies
                // someone rather than placing the event.
                if (!locative && (participants.Contains(entity.Id) || place.Precision == PlacePrecision.Country))
                {
                    continue;
                }

                int start = document.Tokens[t].Span.Start;
                var mention = entity.Mentions.First(m => m.Contains(start));
                location = new EventLocation(document[mention], place, place.Precision);
            }
            else
            {
                location = Unresolved(entity, t, locative);
            }

            if (location is not null && (best is null || Better(location, locative, best.Value.Location, best.Value.Locative)))
            {
                best = (location, locative);
            }
        }

        return best?.Location ?? _focus;
    }

    private static readonly HashSet<string> Settlements = new(StringComparer.Ordinal)
    {
        "town", "towns", "village", "villages", "city", "hamlet", "camp", "neighborhood", "neighbourhood", "district",
    };

    // "in the village of Jangebe", "in Somalia's Puntland region", "between the towns of X and Y": a place the gazetteer
    // does not know is still the most specific one the text names, so its name is kept, without coordinates.
    private EventLocation? Unresolved(Entity entity, int t, bool locative)
    {
        if (entity.Type is not (EntityType.Loc or EntityType.Other))
        {
            return null;
        }

        var words = arguments.Words;
        int end = t;
        while (end < document.Tokens.Length && mentions.At(end) == entity)
        {
            end++;
        }

        int first = t;
        while (first < end && !(words.IsWord(first) && char.IsUpper(words.First(first))))
        {
            first++;
        }

        int last = first;
        while (last < end && (char.IsUpper(words.First(last)) || words.First(last) == '-'))
        {
            last++;
        }

        bool settlement = Enumerable.Range(Math.Max(0, t - 3), end - Math.Max(0, t - 3)).Any(k => Settlements.Contains(words.Lower(k)));
        // A name of another kind ("in the Russia-Ukraine war") is a place only where the text says it is a settlement.
        if (first == end || !(settlement || (locative && entity.Type == EntityType.Loc)))
        {
            return null;
        }

        var name = document.Text[document.Tokens[first].Span.Start..document.Tokens[last - 1].Span.End];
        return new EventLocation(name, null, settlement ? PlacePrecision.Point : PlacePrecision.Admin1);
    }

    // The most specific place wins ("Iraq's Anbar desert" is in Anbar); at equal precision, one named as a location, then
    // one the gazetteer knows.
    private static bool Better(EventLocation candidate, bool locative, EventLocation current, bool currentLocative)
    {
        if (candidate.Precision != current.Precision)
        {
            return candidate.Precision < current.Precision;
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
                int t = document.TokenAtOrAfter(mention.Start);
                if (t < document.Tokens.Length && mentions.At(t) == entity && arguments.IsLocative(t) && !PronounLinker.IsPronoun(document.Slice(mention)))
                {
                    locativeMentions[entity.Id] = locativeMentions.GetValueOrDefault(entity.Id) + 1;
                }
            }
        }

        var countries = document.Entities
            .Where(e => e.Place is { Precision: PlacePrecision.Country })
            .SelectMany(e => e.Aliases.Prepend(e.Name).Select(name => (Name: name, Country: (string?)e.Place!.Country)))
            .ToList();
        var byCountry = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entity in document.Entities)
        {
            if ((entity.Place?.Country ?? entity.Country ?? NamedCountry(entity, countries)) is { } country)
            {
                byCountry[country] = byCountry.GetValueOrDefault(country) + entity.Mentions.Count(m => !PronounLinker.IsPronoun(document.Slice(m)))
                    + locativeMentions.GetValueOrDefault(entity.Id);
            }
        }

        string? main = byCountry.Count == 0 ? null : byCountry.MaxBy(kv => kv.Value).Key;
        var focus = document.Entities
            .Where(e => e.Place is not null && (main is null || e.Place.Country == main))
            .OrderByDescending(e => locativeMentions.GetValueOrDefault(e.Id) > 0)
            .ThenBy(e => e.Place!.Precision)
            .ThenByDescending(e => locativeMentions.GetValueOrDefault(e.Id))
            .ThenByDescending(e => e.Mentions.Length)
            .FirstOrDefault();
        return focus is null ? null : new EventLocation(focus.Name, focus.Place, focus.Place!.Precision);
    }

    // "the government of the Central African Republic", "Iraq's intelligence service": a body whose name holds a
    // country's is that country's.
    private static string? NamedCountry(Entity entity, List<(string Name, string? Country)> countries) =>
        countries.FirstOrDefault(c => c.Name.Length < entity.Name.Length && ContainsWords(entity.Name, c.Name)).Country;

    private static bool ContainsWords(string text, string part)
    {
        int at = text.IndexOf(part, StringComparison.Ordinal);
        int end = at + part.Length;
        return at >= 0 && (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]));
    }
}
