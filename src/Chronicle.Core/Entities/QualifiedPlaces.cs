using Chronicle.Documents;
using Chronicle.Places;

namespace Chronicle.Entities;

/// <summary>Joins a place and the region or country after its comma into one mention ("Palmyra, Syria", "Woodbridge,
/// Virginia"): the second name says where the first is, and is not a place of its own in the sentence.</summary>
internal static class QualifiedPlaces
{
    /// <summary>Merges each "place, region" pair of the mentions (in text order) where the gazetteer has the place in that region,
    /// or where the place is a name no list knows.</summary>
    public static void Merge(Document document, List<Mention> mentions, Gazetteer gazetteer)
    {
        for (int i = 0; i + 1 < mentions.Count; i++)
        {
            var (place, region) = (mentions[i], mentions[i + 1]);
            if (region.FirstToken != place.EndToken + 1 || document.Slice(document.Tokens[place.EndToken].Span) is not ","
                || region.Type != EntityType.Gpe || region.Kind != MentionKind.Known || IsPossessive(document, region.EndToken)
                || document.Slice(new Span(place.Span.Start, region.Span.End)).Contains('\n'))
            {
                continue;
            }

            bool known = place.Type == EntityType.Gpe && place.Kind == MentionKind.Known && place.Key is null;
            bool unknown = place.Kind is MentionKind.ShortName || (place.Kind == MentionKind.Name && place.Titles.IsEmpty && place.Type != EntityType.Org);
            if (!(known ? Within(gazetteer, place.Name, region.Name) is not null : unknown))
            {
                continue;
            }

            mentions[i] = place with
            {
                Span = new Span(place.Span.Start, region.Span.End),
                Type = place.Type == EntityType.Gpe ? place.Type : EntityType.Loc,
                Kind = MentionKind.Known,
                Country = region.Country ?? Within(gazetteer, place.Name, region.Name)?.Country,
                EndToken = region.EndToken,
            };
            mentions.RemoveAt(i + 1);
        }
    }

    /// <summary>The place of this name that lies in the named country or first-level region, or null.</summary>
    public static GazetteerEntry? Within(Gazetteer gazetteer, string name, string region)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        var regions = gazetteer.Find(region);
        GazetteerEntry? best = null;
        foreach (var candidate in gazetteer.Find(name))
        {
            foreach (var container in regions)
            {
                bool inside = container.Kind switch
                {
                    PlaceKind.Country => candidate.Country == container.Country && candidate.Kind != PlaceKind.Country,
                    PlaceKind.Admin1 => candidate.Kind == PlaceKind.City && candidate.Country == container.Country && candidate.Admin1 == container.Name,
                    _ => false,
                };
                if (inside && (best is null || candidate.Population > best.Population))
                {
                    best = candidate;
                }
            }
        }

        return best;
    }

    private static bool IsPossessive(Document document, int token) =>
        token < document.Tokens.Length && document.Slice(document.Tokens[token].Span) is "'s" or "\u2019s" or "'" or "\u2019";
}
