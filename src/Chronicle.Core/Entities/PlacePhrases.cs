using Chronicle.Documents;
using Chronicle.Language;

namespace Chronicle.Entities;

/// <summary>Makes one place mention of a phrase that names a place through another: "the Syrian town of Dabiq", "the
/// northern part of the country", "the Doura district of Baghdad". The phrase is the place the text means, and the name
/// inside it is no place of its own in the sentence.</summary>
internal static class PlacePhrases
{
    // Nouns for a part of a place or the land around it ("the outskirts of Mosul", "other parts of Anbar").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PartNouns = new HashSet<string>(StringComparer.Ordinal)
    {
        "part", "parts", "vicinity", "heart", "outskirts", "edge", "side", "rest", "remainder", "suburbs",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int MaxPartModifiers = 2;

    /// <summary>Joins, in the mentions (in text order), each place phrase into one mention.</summary>
    public static void Merge(Document document, EnglishLexicon english, EntityLexicon lexicon, List<Mention> mentions)
    {
        for (int i = 0; i < mentions.Count; i++)
        {
            if (IsGerund(document, mentions[i]))
            {
                mentions.RemoveAt(i--);
            }
            else if (mentions[i] is { Type: EntityType.Gpe or EntityType.Loc or EntityType.Other } place)
            {
                i = MergeDescribed(document, lexicon, mentions, i, place)
                    ?? MergePart(document, english, mentions, i, place)
                    ?? MergeNamedOf(document, lexicon, mentions, i, place)
                    ?? MergePossessor(document, mentions, i, place)
                    ?? MergeParticiple(document, mentions, i, place)
                    ?? i;
            }
        }
    }

    // "the town of Dabiq", "the Syrian town of Dabiq": a place description that runs over a name after "of" is that place,
    // and a nationality right before it says whose. "the towns of Jabla and Baniyas" names several places, each its own.
    private static int? MergeDescribed(Document document, EntityLexicon lexicon, List<Mention> mentions, int i, Mention place)
    {
        if (i == 0 || mentions[i - 1] is not { Kind: MentionKind.Description, Type: EntityType.Loc } described
            || described.EndToken != place.EndToken || described.FirstToken >= place.FirstToken
            || place is { Type: EntityType.Other, Kind: not (MentionKind.ShortName or MentionKind.Name) }
            || Of(document, place.FirstToken) is not int of || IsPlural(lexicon, document.Slice(document.Tokens[of - 1].Span)))
        {
            return null;
        }

        int first = described.FirstToken;
        int at = i - 1;
        if (at > 0 && mentions[at - 1] is { Kind: MentionKind.Nationality } nationality && nationality.EndToken == first)
        {
            first = nationality.FirstToken;
            at--;
        }

        // A name no list knows stays with its description ("the village of Maranchon"), so that another use of the name
        // ("Maranchon said") cannot make the village a person.
        var span = new Span(document.Tokens[first].Span.Start, place.Span.End);
        mentions[at] = place.Type == EntityType.Other
            ? described with { Span = span, FirstToken = first, Name = document[span] }
            : place with { Span = span, FirstToken = first, Actor = false };
        mentions.RemoveRange(at + 1, i - at);
        return at;
    }

    // "the northern part of the country", "the vicinity of Ayn Issa": a part of a place is a place, named by the place.
    private static int? MergePart(Document document, EnglishLexicon english, List<Mention> mentions, int i, Mention place)
    {
        if (place.Type == EntityType.Other || Of(document, place.FirstToken) is not int of || of == 0
            || !PartNouns.Contains(document.Slice(document.Tokens[of - 1].Span)) || ModifiesNoun(document, english, place.EndToken))
        {
            return null;
        }

        int first = of - 1;
        // "other parts", "the northern part": the words that say which part belong to it.
        while (first > 0 && of - 1 - first < MaxPartModifiers && document.Tokens[first - 1].Kind == TokenKind.Word
            && document.Slice(document.Tokens[first - 1].Span) is var word && char.IsLower(word[0])
            && english.Find(word) is { Pos: "ADJ" })
        {
            first--;
        }

        // "were part of the frontier region" says what the subject belongs to; "the northern part of" names a place.
        bool which = first < of - 1 || (first > 0 && document.Slice(document.Tokens[first - 1].Span) is "the");
        if ((i > 0 && mentions[i - 1].EndToken > first) || (!which && document.Slice(document.Tokens[of - 1].Span) is "part"))
        {
            return null;
        }

        var span = new Span(document.Tokens[first].Span.Start, place.Span.End);
        mentions[i] = place with { Span = span, FirstToken = first, Actor = false };
        return i;
    }

    // "the Doura district of Baghdad": a named place whose last word is a place noun, and "of" the place it lies in, which
    // the gazetteer can place when it lacks the district.
    private static int? MergeNamedOf(Document document, EntityLexicon lexicon, List<Mention> mentions, int i, Mention place)
    {
        if (i == 0 || place.Type == EntityType.Other || Of(document, place.FirstToken) is not int of
            || mentions[i - 1] is not { Type: EntityType.Gpe or EntityType.Loc, Kind: not MentionKind.Description } named
            || named.EndToken != of || lexicon.DescriptionType(document.Slice(document.Tokens[of - 1].Span)) != EntityType.Loc)
        {
            return null;
        }

        var span = new Span(named.Span.Start, place.Span.End);
        mentions[i - 1] = place with { Span = span, FirstToken = named.FirstToken, Actor = false };
        mentions.RemoveAt(i);
        return i - 1;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // "in the interest of building a new Syria": a place noun in "-ing" with a determiner after it is a verb and its object.
    private static bool IsGerund(Document document, Mention mention) =>
        mention is { Kind: MentionKind.Description, Type: EntityType.Loc } && mention.EndToken - mention.FirstToken == 1
        && mention.EndToken < document.Tokens.Length && document.Slice(mention.Span).EndsWith("ing", StringComparison.Ordinal)
        && Determiners.Contains(document.Slice(document.Tokens[mention.EndToken].Span));

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Prepositions = new HashSet<string>(StringComparer.Ordinal)
    {
        "in", "of", "to", "from", "for", "into", "on", "across", "around", "near", "inside", "within", "throughout", "toward", "towards",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // "convoys to besieged areas", "stabilization of liberated areas": after a preposition a participle before a place noun
    // says what befell the place, and belongs to it; elsewhere it may be the verb ("destroyed buildings").
    private static int? MergeParticiple(Document document, List<Mention> mentions, int i, Mention place)
    {
        int participle = place.FirstToken - 1;
        if (place is not { Kind: MentionKind.Description, Type: EntityType.Loc } || participle < 1 || (i > 0 && mentions[i - 1].EndToken > participle)
            || document.Slice(document.Tokens[participle].Span) is not { Length: > 3 } word || !char.IsLower(word[0])
            || !word.EndsWith("ed", StringComparison.Ordinal) || !Prepositions.Contains(document.Slice(document.Tokens[participle - 1].Span)))
        {
            return null;
        }

        var span = new Span(document.Tokens[participle].Span.Start, place.Span.End);
        mentions[i] = place with { Span = span, FirstToken = participle, Name = document[span] };
        return i;
    }

    // "towns", "cities": the plural of a place noun.
    private static bool IsPlural(EntityLexicon lexicon, ReadOnlySpan<char> noun) =>
        (noun.EndsWith("ies", StringComparison.Ordinal) && lexicon.DescriptionType(string.Concat(noun[..^3], "y")) == EntityType.Loc)
        || (noun.EndsWith('s') && lexicon.DescriptionType(noun[..^1]) == EntityType.Loc);

    // "the country's second-largest city": a described owner of a described place belongs to it. A named one ("Iraq's
    // capital") stays a mention of its own, which the events read as the place or actor it is.
    private static int? MergePossessor(Document document, List<Mention> mentions, int i, Mention place)
    {
        if (i == 0 || place is not { Kind: MentionKind.Description, Type: EntityType.Loc }
            || mentions[i - 1] is not { Kind: MentionKind.Description, Type: EntityType.Loc } owner || owner.EndToken + 1 != place.FirstToken
            || !MentionFinder.IsPossessive(document, owner.EndToken))
        {
            return null;
        }

        var span = new Span(owner.Span.Start, place.Span.End);
        mentions[i - 1] = place with { Span = span, FirstToken = owner.FirstToken, Name = document[span] };
        mentions.RemoveAt(i);
        return i - 1;
    }

    // The "of" before a mention, passing over "the", or null.
    private static int? Of(Document document, int first)
    {
        int k = first - 1;
        if (k >= 0 && document.Slice(document.Tokens[k].Span) is "the")
        {
            k--;
        }

        return k >= 0 && document.Slice(document.Tokens[k].Span) is "of" ? k : null;
    }

    // "parts of the Doha agreement": the name is a modifier of the noun after it, not the place.
    private static bool ModifiesNoun(Document document, EnglishLexicon english, int after)
    {
        if (after >= document.Tokens.Length || document.Tokens[after].Kind != TokenKind.Word)
        {
            return false;
        }

        var word = document.Slice(document.Tokens[after].Span);
        return char.IsLower(word[0]) && english.Find(word) is { Pos: "NOUN" };
    }
}
