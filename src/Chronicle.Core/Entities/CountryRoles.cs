using Chronicle.Documents;
using Chronicle.Language;

namespace Chronicle.Entities;

/// <summary>Tells a country named as an actor ("France said", "talks with Russia") from a country named as a place
/// ("in France", "across Syria and Iraq").</summary>
/// <remarks>The preposition before the name decides; a name in a list ("in Syria and Iraq", "France, Britain and the
/// U.S. agreed") takes the role of the name before it.</remarks>
internal static class CountryRoles
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Locatives = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "into", "inside", "outside", "across", "throughout", "within", "near", "from", "to", "on", "onto", "over",
        "around", "toward", "towards", "through", "beyond", "along", "via", "of", "off", "out", "northern", "southern",
        "eastern", "western", "central", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
        "northeastern", "northwestern", "southeastern", "southwestern",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ListJoins = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ",", "and", "or", "&",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // Nouns for a country that, like its name, stand for its state acting ("both countries agreed") or for its land ("in the country").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CountryNouns = new HashSet<string>(StringComparer.Ordinal)
    {
        "country", "countries", "nation", "nations",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The mentions, in text order, with <see cref="Mention.Actor"/> set on countries named as actors; a description
    /// of countries as actors ("both countries agreed", "the two nations") is an organisation.</summary>
    public static void Mark(Document document, EnglishLexicon english, List<Mention> mentions)
    {
        for (int i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (mention.Key?.StartsWith("country:", StringComparison.Ordinal) == true)
            {
                mentions[i] = mention with { Actor = IsActor(document, english, mentions, i) };
            }
            else if (mention is { Kind: MentionKind.Description, Type: EntityType.Loc } && CountryNouns.Contains(document.Slice(document.Tokens[mention.EndToken - 1].Span))
                && !MentionFinder.IsPossessive(document, mention.EndToken) && IsActor(document, english, mentions, i))
            {
                // A group of its own, so that "in the country" elsewhere stays a place.
                mentions[i] = mention with { Type = EntityType.Org, Kind = MentionKind.Group };
            }
        }
    }

    private static bool IsActor(Document document, EnglishLexicon english, List<Mention> mentions, int i)
    {
        var mention = mentions[i];
        int before = TokenBefore(document, mention.FirstToken);
        if (StandsAlone(document, mention) || IsQualifiedPlace(document, mention))
        {
            // "Syria ." as a heading over the strikes in it; "northern Iraq", "Kurdish-speaking Iraq": a part of the land.
            return false;
        }

        if (before < 0)
        {
            return true;
        }

        if (FollowsLocative(document, PhraseStart(document, mention)) || FollowsPlaceModifier(document, english, mention))
        {
            return false;
        }

        if (ListJoins.Contains(document.Slice(document.Tokens[before].Span))
            && i > 0 && mentions[i - 1].EndToken == TokenAfterJoins(document, mentions[i - 1].EndToken, before)
            && mentions[i - 1].Type is EntityType.Gpe or EntityType.Loc)
        {
            return mentions[i - 1].Actor;
        }

        return true;
    }

    private const int MaxNameBefore = 3;

    // "in the North African country": a description's phrase opens before the name that qualifies it.
    private static int PhraseStart(Document document, Mention mention)
    {
        int first = mention.FirstToken;
        if (mention.Kind != MentionKind.Description)
        {
            return first;
        }

        for (int k = first - 1; k >= 0 && k >= mention.FirstToken - MaxNameBefore && document.Tokens[k].Kind == TokenKind.Word; k--)
        {
            var word = document.Slice(document.Tokens[k].Span);
            if (!char.IsUpper(word[0]))
            {
                break;
            }

            first = k;
        }

        return first;
    }

    // A direction or the land's holders or speakers open the mention.
    private static bool IsQualifiedPlace(Document document, Mention mention) =>
        QualifiedPlaces.IsDirection(document, mention.FirstToken) || QualifiedPlaces.IsTerritorial(document.Slice(document.Tokens[mention.FirstToken].Span));

    // The name is all its sentence says: nothing but punctuation before it back to a full stop and after it up to one.
    private static bool StandsAlone(Document document, Mention mention)
    {
        int before = mention.FirstToken - 1;
        int after = mention.EndToken;
        bool openedBefore = before < 0 || IsStop(document, before);
        bool closedAfter = after >= document.Tokens.Length || IsStop(document, after);
        return openedBefore && closedAfter;
    }

    private static bool IsStop(Document document, int token) =>
        document.Tokens[token].Kind != TokenKind.Word && document.Slice(document.Tokens[token].Span) is "." or ":" or "!" or "?";

    // Verbs whose object is a territory: one visits, enters or borders a place, not an actor.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceVerbs = new HashSet<string>(StringComparer.Ordinal)
    {
        "visit", "visits", "visited", "visiting", "tour", "tours", "toured", "touring", "enter", "enters", "entered", "entering",
        "cross", "crosses", "crossed", "crossing", "border", "borders", "bordered", "bordering", "invade", "invades", "invaded",
        "invading", "occupy", "occupies", "occupied", "occupying", "leave", "leaves", "left", "leaving", "flee", "flees", "fled",
        "fleeing", "unite", "unites", "united", "uniting", "rebuild", "rebuilds", "rebuilt", "rebuilding", "rid", "rids", "ridding",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // "a democratic Syria", "visiting Jordan": an adjective before the name describes the land, unless
    // the name itself modifies a noun ("the enduring U.S. commitment"), and some verbs take a territory as their object.
    private static bool FollowsPlaceModifier(Document document, EnglishLexicon english, Mention mention)
    {
        int first = mention.FirstToken;
        if (first == 0 || document.Tokens[first - 1].Kind != TokenKind.Word)
        {
            return false;
        }

        var before = document.Slice(document.Tokens[first - 1].Span);
        bool adjective = char.IsLower(before[0]) && english.Find(before) is { Pos: "ADJ" };
        return (char.IsLower(before[0]) && PlaceVerbs.Contains(before)) || (adjective && !ModifiesNoun(document, english, mention.EndToken));
    }

    // "the enduring U.S. commitment": the country is a modifier of the noun after it, and acts through it.
    private static bool ModifiesNoun(Document document, EnglishLexicon english, int after)
    {
        if (after >= document.Tokens.Length || document.Tokens[after].Kind != TokenKind.Word)
        {
            return false;
        }

        var word = document.Slice(document.Tokens[after].Span);
        return char.IsLower(word[0]) && english.Find(word) is null or { Pos: "NOUN" or "ADJ" };
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "the", "both", "either",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when a preposition of place comes right before the name, or before its determiner ("in the United States").</summary>
    public static bool FollowsLocative(Document document, int first)
    {
        int before = TokenBefore(document, first);
        return before >= 0 && Locatives.Contains(document.Slice(document.Tokens[before].Span));
    }

    // The token before a mention, passing over a determiner ("in the United States", "in both Iraq and Syria").
    private static int TokenBefore(Document document, int first)
    {
        int k = first - 1;
        if (k >= 0 && Determiners.Contains(document.Slice(document.Tokens[k].Span)))
        {
            k--;
        }

        return k;
    }

    // The list's previous name ends right before the joins and an optional "the" that lead to this one.
    private static int TokenAfterJoins(Document document, int previousEnd, int lastJoin)
    {
        int k = lastJoin;
        while (k > previousEnd && ListJoins.Contains(document.Slice(document.Tokens[k - 1].Span)))
        {
            k--;
        }

        return k;
    }
}
