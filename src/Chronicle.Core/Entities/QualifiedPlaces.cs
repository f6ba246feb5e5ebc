using Chronicle.Documents;
using Chronicle.Places;

namespace Chronicle.Entities;

/// <summary>Joins the words that say which place or which part of it into the place's mention: a region or country after
/// a comma ("Palmyra, Syria": the second name says where the first is, and is not a place of its own in the sentence), a
/// place noun after the name ("Anbar province"), a direction before a country ("northern Iraq").</summary>
internal static class QualifiedPlaces
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Directions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern",
        "north-eastern", "north-western", "south-eastern", "south-western", "northeast", "northwest", "southeast", "southwest",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // "rebel-held", "Kurdish-speaking": who holds or lives in the land the place name stands for.
    private static readonly string[] TerritorialSuffixes = ["-held", "-controlled", "-occupied", "-speaking"];

    /// <summary>Takes the direction before a country or a named region into its mention ("northern Iraq", "southern Kirkuk
    /// Province"): the part of the land the text means. A city keeps its own name ("eastern Baghdad" is still Baghdad where
    /// an event happened). A word for who holds the land ("rebel-held Karabilah", "Arabic-speaking Iraq") joins a place the
    /// same way, and makes a name no list knows a place, even one taken for a person's.</summary>
    public static void MergeDirections(Document document, EntityLexicon lexicon, List<Mention> mentions)
    {
        for (int i = 0; i < mentions.Count; i++)
        {
            var place = mentions[i];
            int before = place.FirstToken - 1;
            if (before < 0)
            {
                continue;
            }

            var word = document.Slice(document.Tokens[before].Span);
            bool land = place.Key?.StartsWith("country:", StringComparison.Ordinal) == true
                || (place is { Kind: MentionKind.Known, Type: EntityType.Gpe or EntityType.Loc }
                    && lexicon.NameHeadType(document.Slice(document.Tokens[place.EndToken - 1].Span)) is EntityType.Loc or EntityType.Gpe);
            bool direction = land && Directions.Contains(word) && !(i > 0 && mentions[i - 1].EndToken > before);
            bool held = IsTerritorial(word) && (place is { Kind: MentionKind.Known, Type: EntityType.Gpe or EntityType.Loc }
                || place is { Kind: MentionKind.ShortName or MentionKind.Name, Type: EntityType.Other or EntityType.Loc or EntityType.Person, Titles.IsEmpty: true });
            if (!direction && !held)
            {
                continue;
            }

            // "Arabic-speaking" may have been found as a word of its own: it is now the place's. A holder ("ISIL-held") stays
            // the actor it is.
            if (held && i > 0 && mentions[i - 1] is { Type: EntityType.Other or EntityType.Norp } speakers && speakers.FirstToken == before)
            {
                mentions.RemoveAt(--i);
            }

            mentions[i] = place with
            {
                Span = new Span(document.Tokens[before].Span.Start, place.Span.End),
                FirstToken = before,
                Type = place.Type is EntityType.Other or EntityType.Person ? EntityType.Loc : place.Type,
            };
        }
    }

    /// <summary>True for a word that says who holds or lives in a land ("rebel-held", "Arabic-speaking").</summary>
    public static bool IsTerritorial(ReadOnlySpan<char> word)
    {
        foreach (var suffix in TerritorialSuffixes)
        {
            if (word.Length > suffix.Length && word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for a lower-case compass direction at the token ("northern", "southeast"); a capitalised one may open a
    /// name ("Central African Republic").</summary>
    public static bool IsDirection(Document document, int token)
    {
        var word = document.Slice(document.Tokens[token].Span);
        return char.IsLower(word[0]) && Directions.Contains(word);
    }

    /// <summary>Joins a place name and the place noun right after it ("Anbar province", "Tigris river", "Wadi Barada area").</summary>
    public static void MergeHeads(List<Mention> mentions)
    {
        for (int i = 0; i + 1 < mentions.Count; i++)
        {
            var (place, head) = (mentions[i], mentions[i + 1]);
            bool named = place.Type is EntityType.Gpe or EntityType.Loc || place.Kind == MentionKind.ShortName;
            if (!named || place.Key?.StartsWith("country:", StringComparison.Ordinal) == true || head.Kind != MentionKind.Description
                || head.Type != EntityType.Loc || head.FirstToken != place.EndToken || head.EndToken != place.EndToken + 1)
            {
                continue;
            }

            mentions[i] = place with
            {
                Span = new Span(place.Span.Start, head.Span.End),
                Type = place.Type == EntityType.Gpe ? place.Type : EntityType.Loc,
                Kind = MentionKind.Known,
                EndToken = head.EndToken,
            };
            mentions.RemoveAt(i + 1);
        }
    }

    /// <summary>Merges each "place, region" pair of the mentions (in text order): a known place that is not a country, or a
    /// name no list knows, then a comma and a country or first-level region.</summary>
    public static void Merge(Document document, List<Mention> mentions, Gazetteer gazetteer)
    {
        for (int i = 0; i + 1 < mentions.Count; i++)
        {
            var (place, region) = (mentions[i], mentions[i + 1]);
            if (region.FirstToken != place.EndToken + 1 || document.Slice(document.Tokens[place.EndToken].Span) is not ","
                || region.Type != EntityType.Gpe || region.Kind != MentionKind.Known || MentionFinder.IsPossessive(document, region.EndToken)
                || document.Slice(new Span(place.Span.Start, region.Span.End)).Contains('\n'))
            {
                continue;
            }

            // A town the gazetteer lacks is still a place when a region follows it ("Sarmada, Syria").
            bool town = (place.Type == EntityType.Gpe && place.Kind == MentionKind.Known && place.Key is null)
                || place.Kind is MentionKind.ShortName || (place.Kind == MentionKind.Name && place.Titles.IsEmpty && place.Type != EntityType.Org);
            if (!town)
            {
                continue;
            }

            mentions[i] = place with
            {
                Span = new Span(place.Span.Start, region.Span.End),
                Type = place.Type == EntityType.Gpe ? place.Type : EntityType.Loc,
                Kind = MentionKind.Known,
                Country = region.Country ?? gazetteer.FindWithin(place.Name, region.Name)?.Country ?? gazetteer.Find(region.Name).FirstOrDefault()?.Country,
                EndToken = region.EndToken,
            };
            mentions.RemoveAt(i + 1);
        }
    }
}
