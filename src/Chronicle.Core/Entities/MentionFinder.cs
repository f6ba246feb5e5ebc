using System.Collections.Immutable;
using Chronicle.Documents;
using Chronicle.Language;
using Chronicle.Places;
using Chronicle.Quantities;

namespace Chronicle.Entities;

/// <summary>Finds names in a document's sentences: known actors and places, nationality groups, and capitalised names classified by their words.</summary>
internal sealed class MentionFinder(EntityLexicon lexicon, EnglishLexicon english, ActorList actors, Gazetteer gazetteer)
{
    private const int MaxNameWords = 7;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Connectors = new HashSet<string>(StringComparer.Ordinal)
    {
        "al", "el", "bin", "ibn", "bint", "bu", "de", "da", "van", "von", "der", "del", "la", "le", "of", "the", "al-",
        // The Arabic article assimilated to the next sound: "Dayr az Zawr", "Salah ad Din".
        "ad", "adh", "ar", "ash", "ath", "az",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "A.M.", "P.M.", "AM", "PM",
        "GMT", "UTC", "EST", "EDT", "PST", "PDT", "ET", "I", "OK", "TV", "FILE", "PHOTO", "AP", "CEO",
        "Christmas", "Easter", "Ramadan", "Eid", "Thanksgiving", "Hanukkah", "Passover", "Diwali", "Nowruz", "B.C.", "A.D.",
        "God", "Allah",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // Weapons and craft written as acronyms: things, not organisations, and no part of a name.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DeviceAcronyms = new HashSet<string>(StringComparer.Ordinal)
    {
        "IED", "IEDs", "VBIED", "VBIEDs", "SVBIED", "SVBIEDs", "UAV", "UAVs", "UAS", "RPG", "RPGs", "MANPADS", "ATGM", "ATGMs",
        "SAM", "SAMs", "ICBM", "ICBMs", "APC", "APCs", "MRAP", "MRAPs", "HIMARS", "MLRS",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] ModifierSuffixes =
        ["-backed", "-led", "-aligned", "-allied", "-supported", "-sponsored", "-funded", "-linked", "-affiliated", "-based"];

    public List<Mention> Find(Document document)
    {
        var mentions = new List<Mention>();
        var words = new TokenWords(english, lexicon, document);
        foreach (var sentence in document.Sentences)
        {
            FindInSentence(document, sentence, words, mentions);
        }

        Coordinates.Find(document, mentions);
        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        JoinPossessors(document, mentions);
        MarkRulers(mentions);
        QualifiedPlaces.MergeHeads(mentions);
        QualifiedPlaces.MergeDirections(document, lexicon, mentions);
        QualifiedPlaces.Merge(document, mentions, gazetteer);
        CountryRoles.Mark(document, english, mentions);
        PlacePhrases.Merge(document, english, lexicon, mentions);
        return mentions;
    }

    private void FindInSentence(Document document, Sentence sentence, TokenWords words, List<Mention> mentions)
    {
        int i = sentence.FirstToken;
        int end = sentence.EndToken;
        bool headlineCase = IsHeadlineCase(document, sentence);
        while (i < end)
        {
            if (TryModifiedGroup(document, i, end, mentions, out int next)
                || (!headlineCase && TryBareGroup(document, sentence, words, i, end, mentions, out next))
                || (!headlineCase && TryDescription(document, sentence, words, i, end, mentions, out next))
                || TryRun(document, sentence, i, end, headlineCase, mentions, out next))
            {
                i = next;
                continue;
            }

            i++;
        }
    }

    // "Iran-backed militias": the country before the hyphen, and the group it backs.
    private bool TryModifiedGroup(Document document, int i, int end, List<Mention> mentions, out int next)
    {
        next = i;
        var token = document.Tokens[i];
        var word = document.Slice(token.Span);
        // Every suffix starts with a hyphen: most words have none and need no comparison.
        if (!word.Contains('-'))
        {
            return false;
        }

        if (TryPrefixedNationality(word, token.Span.Start, i, mentions))
        {
            next = i + 1;
            return true;
        }

        foreach (var suffix in ModifierSuffixes)
        {
            if (!word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) || word.Length == suffix.Length)
            {
                continue;
            }

            var head = word[..^suffix.Length];
            var headSpan = new Span(token.Span.Start, token.Span.Start + head.Length);
            var known = Known(head);
            if (known is null)
            {
                return false;
            }

            // "the U.S.-led coalition" is one organisation; "Iran-backed" alone still names Iran.
            if (GroupNounAfter(document, i + 1, end) is { } group)
            {
                var span = new Span(token.Span.Start, document.Tokens[group.Token].Span.End);
                mentions.Add(new Mention
                {
                    Span = span,
                    Type = EntityType.Org,
                    Kind = MentionKind.Group,
                    Name = document[span],
                    Country = known.Country,
                    Sector = suffix == "-backed" || suffix == "-sponsored" || suffix == "-funded" ? Sector.Reb : group.Sector,
                    FirstToken = i,
                    EndToken = group.Token + 1,
                });
                next = group.Token + 1;
            }
            else
            {
                mentions.Add(known with { Span = headSpan, FirstToken = i, EndToken = i + 1 });
                next = i + 1;
            }

            return true;
        }

        return false;
    }

    // "The Doha-based Al Jazeera": a known name before a modifier suffix is a mention of its own (TryModifiedGroup), so
    // the word ends a capitalised run rather than joining the name after it.
    private bool IsModifiedByName(Document document, int token)
    {
        var word = document.Slice(document.Tokens[token].Span);
        if (!word.Contains('-'))
        {
            return false;
        }

        foreach (var suffix in ModifierSuffixes)
        {
            if (word.Length > suffix.Length && word.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return Known(word[..^suffix.Length]) is not null;
            }
        }

        return false;
    }

    private static readonly string[] NationalityPrefixes = ["intra-", "inter-", "pro-", "anti-"];

    // "intra-Syrian talks", "pro-Russian separatists": the nationality after the prefix is named.
    private bool TryPrefixedNationality(ReadOnlySpan<char> word, int start, int token, List<Mention> mentions)
    {
        foreach (var prefix in NationalityPrefixes)
        {
            if (word.Length > prefix.Length && word.StartsWith(prefix, StringComparison.Ordinal)
                && Known(word[prefix.Length..]) is { Kind: MentionKind.Nationality } nationality)
            {
                mentions.Add(nationality with { Span = new Span(start + prefix.Length, start + word.Length), FirstToken = token, EndToken = token + 1 });
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Anaphoric = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "our", "their", "its", "his", "her", "my", "your", "these", "those",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // Determiners that belong to a group ("our partners", "all parties", "these terrorists"); "his forces" and "their
    // families" are the forces and families of someone named, who is the actor.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GroupDeterminers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "our", "its", "all", "both", "this", "these", "those",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // "Al-Shabab, a U.S.-designated terrorist group, claimed": a description in apposition to a name is that name, which is
    // the participant.
    private static bool InApposition(Document document, Sentence sentence, int i)
    {
        for (int t = i - 1; t >= sentence.FirstToken + 2 && t >= i - MaxDescriptionModifiers; t--)
        {
            if (document.Slice(document.Tokens[t].Span) is "a" or "an")
            {
                var name = document.Slice(document.Tokens[t - 2].Span);
                return document.Slice(document.Tokens[t - 1].Span) is "," && char.IsUpper(name[0]);
            }
        }

        return false;
    }

    // A plural nationality in [first, end) ("young Iraqis", "all Syrians").
    private bool PeopleWithin(Document document, int first, int end)
    {
        for (int k = first; k < end; k++)
        {
            var word = document.Slice(document.Tokens[k].Span);
            if (document.Tokens[k].Kind == TokenKind.Word && char.IsUpper(word[0]) && word.EndsWith('s') && IsPeople(Known(word), word))
            {
                return true;
            }
        }

        return false;
    }

    // "Iraqis", "Kurds": a people named by a plural demonym or identity word.
    private static bool IsPeople(Mention? known, ReadOnlySpan<char> word) =>
        known is { Kind: MentionKind.Group, Key: { } key } ? key.StartsWith("people:", StringComparison.Ordinal)
            : known is { Kind: MentionKind.Nationality } && word.EndsWith('s');

    // Quantities that the lexicon tags as adjectives but that leave the people named: "Many Syrians returned".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Quantifiers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "many", "most", "some", "several", "few", "numerous",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // Only adjectives, determiners and counts after a determiner in [first, end): "senior", "all", "the two", not "support"
    // or "training", which take the group after them as their object ("continues to support Iraqi forces"), nor "many";
    // a bare count leaves the people named ("arrested 14 Somali refugees").
    private static bool DescribesOnly(Document document, TokenWords words, int first, int end)
    {
        for (int t = first; t < end; t++)
        {
            var word = document.Slice(document.Tokens[t].Span);
            bool describes = (IsCount(document, t) && FollowsDeterminer(document, t)) || GroupDeterminers.Contains(word) || words.Find(t) is { Pos: "ADJ" } || word is "and" or "or";
            if (!describes || Quantifiers.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    private static void AddGroup(Document document, List<Mention> mentions, int first, int last, Sector? sector, string? country)
    {
        var span = new Span(document.Tokens[first].Span.Start, document.Tokens[last].Span.End);
        mentions.Add(new Mention
        {
            Span = span,
            Type = EntityType.Org,
            Kind = MentionKind.Group,
            Name = document[span],
            Sector = sector,
            Country = country,
            FirstToken = first,
            EndToken = last + 1,
        });
    }

    // "the G7 countries": a collective noun right after a name no list knows is that name's head, left to the name.
    private bool AfterUnknownName(Document document, Sentence sentence, int i)
    {
        var before = document.Slice(document.Tokens[i - 1].Span);
        return document.Tokens[i - 1].Kind == TokenKind.Word && char.IsUpper(before[0]) && !IsSentenceStart(document, sentence, i - 1)
            && Known(before) is null && char.IsLower(document.Slice(document.Tokens[i].Span)[0]);
    }

    // "Rebels attacked", "security forces", "passengers": participants named by a collective noun and its modifiers.
    // A determiner before the noun belongs to the group ("our partners", "all parties", "these terrorists"); a bare
    // count does not ("killed 11 civilians" names the civilians), one after a determiner does ("the two leaders").
    private bool TryBareGroup(Document document, Sentence sentence, TokenWords words, int i, int end, List<Mention> mentions, out int next)
    {
        next = i;
        var first = document.Slice(document.Tokens[i].Span);
        if (i > sentence.FirstToken && (Anaphoric.Contains(document.Slice(document.Tokens[i - 1].Span)) || AfterUnknownName(document, sentence, i)))
        {
            return false;
        }

        bool determined = document.Tokens[i].Kind == TokenKind.Word && GroupDeterminers.Contains(first);
        int reach = determined || (i + 1 < end && document.Slice(document.Tokens[i + 1].Span) is "and" or "or") ? 4 : 3;
        if (!words.HeadWithin(i, Math.Min(end, i + reach)) && !PeopleWithin(document, i + 1, Math.Min(end, i + reach)))
        {
            return false;
        }

        bool lower = char.IsLower(first[0]);
        bool commonOpener = IsCommonOpener(document, sentence, i, first);
        bool count = IsCount(document, i);
        if ((!count && (document.Tokens[i].Kind != TokenKind.Word || !(lower || commonOpener || determined))) || InApposition(document, sentence, i))
        {
            return false;
        }

        string? country = null;
        for (int k = i; k < end && k < i + reach; k++)
        {
            var word = document.Slice(document.Tokens[k].Span);
            // "its Coalition" is a name after a determiner; "other Coalition forces" and "these total force Airmen" are groups.
            if (lexicon.GroupNounSector(word) is { } sector && !(determined && k == i + 1 && char.IsUpper(word[0])))
            {
                // "security forces" ends at the last collective noun; "army base" is a base, not an army.
                while (k + 1 < end && lexicon.GroupNounSector(document.Slice(document.Tokens[k + 1].Span)) is { } last)
                {
                    (k, sector) = (k + 1, last);
                }

                // "both tactical units and the oil infrastructure": "both" pairs the group with what follows; "military
                // barracks" is a place.
                if ((k + 1 < end && (IsCompoundHead(document, words, k + 1) || IsPlaceHead(document, k + 1))) || IsDomainNoun(document, sentence, k) || BeginsName(document, k, end)
                    || (first is "both" or "Both" && k + 1 < end && document.Slice(document.Tokens[k + 1].Span) is "and"))
                {
                    return false;
                }

                k = CoordinatedHeads(document, words, k, end) ?? k;

                // "residents of Mosul": the name after "of" is also found on its own; "the victims" in "families of the
                // victims" is part of the one group.
                int? name = OfNameAfter(document, k + 1, end);
                int? members = name is null && TakesMembers(document, words, k) ? OfGroupAfter(document, words, k + 1, end) : null;
                if (name is null && members is null && NeedsMembers(document, k, end))
                {
                    return false;
                }

                AddGroup(document, mentions, i, name ?? members ?? k, sector, country);
                next = (members ?? k) + 1;
                return true;
            }

            // "senior Iraqi officials", "our Coalition partners": after a lower-case modifier or a determiner, a nationality
            // is one of the modifiers, and so is a capitalised common word right after the determiner; a name ("all G7
            // ministers") is found on its own. A plural nationality ends the group ("young Iraqis", "all Syrians").
            if (k > i && char.IsUpper(word[0]) && document.Tokens[k].Kind == TokenKind.Word && Known(word) is var named
                && (((named?.Kind == MentionKind.Nationality || IsPeople(named, word)) && DescribesOnly(document, words, i, k))
                    || (determined && k == i + 1 && english.IsCommonWord(LowerFirst(word)))))
            {
                country ??= named?.Country;
                if (IsPeople(named, word) && !(k + 1 < end && words.HeadWithin(k + 1, Math.Min(end, k + 3))))
                {
                    AddGroup(document, mentions, i, k, null, country);
                    next = k + 1;
                    return true;
                }

                continue;
            }

            bool modifier = (k == i && (count || determined))
                || (k > i && IsCount(document, k) && (FollowsDeterminer(document, k) || IsCount(document, k - 1)))
                || IsAllThe(document, i, k)
                || (k > i && IsCoordinatedModifier(document, words, k, end))
                || (document.Tokens[k].Kind == TokenKind.Word && (k == i || char.IsLower(word[0]))
                    && (words.Find(k) is { Pos: "ADJ" or "NOUN" } || (IsRareWord(words, k, word) && (k > i || FollowsArticle(document, k))))
                    && (k > i || !OpensAsVerb(document, words, k)));
            if (!modifier)
            {
                return false;
            }
        }

        return false;
    }

    // Words that open a description and belong to it ("our partners", "all parties", "this location").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DescriptionOpeners = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "our", "their", "its", "his", "her", "my", "your", "all", "both", "this", "these", "those",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int MaxDescriptionModifiers = 3;

    // "the city", "residents of Mosul", "our partners", "two bridges": a common noun that mostly names a place, an
    // organisation or a group of people, with its modifiers and an "of" and a name after it.
    private bool TryDescription(Document document, Sentence sentence, TokenWords words, int i, int end, List<Mention> mentions, out int next)
    {
        next = i;
        if (!words.HeadWithin(i, Math.Min(end, i + MaxDescriptionModifiers + 1)))
        {
            return false;
        }

        var tokens = document.Tokens;
        var first = document.Slice(tokens[i].Span);
        // An acronym may open one too ("VBIED facility", "UAV launch site").
        bool opener = tokens[i].Kind == TokenKind.Number || DescriptionOpeners.Contains(first)
            || (tokens[i].Kind == TokenKind.Word && (char.IsLower(first[0]) || IsCommonOpener(document, sentence, i, first)
                || (IsAcronym(first) && Known(first) is null && i + 1 < end && char.IsLower(document.Slice(tokens[i + 1].Span)[0]))));
        if (!opener)
        {
            return false;
        }

        for (int k = i; k < end && k <= i + MaxDescriptionModifiers; k++)
        {
            var word = document.Slice(tokens[k].Span);
            if (k > i && tokens[k].Kind == TokenKind.Word && char.IsUpper(word[0]))
            {
                return false;
            }

            if (lexicon.DescriptionType(k == i ? LowerFirst(word) : word) is { } type
                && !(k + 1 < end && (IsCompoundHead(document, words, k + 1) || IsPlaceHead(document, k + 1))))
            {
                // "at least 28 people" and "struck two bridges" start at the count; "hundreds" alone is a count, not a group.
                if (HasBareCount(document, i, k) || (type == EntityType.Org && IsCount(document, k)))
                {
                    return false;
                }

                k = type == EntityType.Org ? CoordinatedHeads(document, words, k, end) ?? k : k;
                int last = OfNameAfter(document, k + 1, end) ?? (type == EntityType.Org && TakesMembers(document, words, k) ? OfGroupAfter(document, words, k + 1, end) : null) ?? k;
                var span = new Span(tokens[i].Span.Start, tokens[last].Span.End);
                mentions.Add(new Mention
                {
                    Span = span,
                    Type = type,
                    Kind = MentionKind.Description,
                    Name = document[span],
                    FirstToken = i,
                    EndToken = last + 1,
                });

                // A name after "of" is still found as a name of its own.
                next = k + 1;
                return true;
            }

            // A participle first is mostly a verb ("killed 11 people"), unless a determiner comes before it ("the besieged areas");
            // so is one after a plural noun ("rains affecting districts").
            bool modifier = tokens[k].Kind == TokenKind.Number || (k == i && (DescriptionOpeners.Contains(word) || IsAcronym(word))) || IsAllThe(document, i, k)
                || (IsModifier(words, k, word) && (k > i ? !FollowsPluralSubject(document, words, k) : !OpensAsVerb(document, words, k)));
            if (!modifier)
            {
                return false;
            }
        }

        return false;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "these", "those", "our", "their", "its", "his", "her", "my", "your",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Modals = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "will", "would", "can", "could", "shall", "should", "may", "might", "must",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // A first word that is mostly a verb or a participle takes the phrase as its object ("killed 11 people", "targeting
    // mourners"), unless a determiner comes before it ("the besieged areas"), though "that" before a verb is a relative
    // pronoun ("bombings that targeted bus stations"); after a modal, any word is the verb ("will close borders").
    private static bool OpensAsVerb(Document document, TokenWords words, int k)
    {
        var word = document.Slice(document.Tokens[k].Span);
        if (FollowsDeterminer(document, k) && !document.Slice(document.Tokens[k - 1].Span).Equals("that", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        bool participle = HasParticipleEnding(word) && words.Find(k) is not { Pos: "ADJ" or "NOUN" };
        return participle || words.Find(k) is { Pos: "VERB" } || (k > 0 && Modals.Contains(document.Slice(document.Tokens[k - 1].Span)));
    }

    // "rains affecting districts", "fighters holding villages": a participle the lexicon does not know as a modifier,
    // after a plural noun, is that noun's verb.
    private static bool FollowsPluralSubject(Document document, TokenWords words, int k)
    {
        var word = document.Slice(document.Tokens[k].Span);
        var before = document.Slice(document.Tokens[k - 1].Span);
        return HasParticipleEnding(word) && words.Find(k) is not { Pos: "ADJ" or "NOUN" }
            && before.Length > 3 && before[^1] == 's' && words.Find(k - 1) is { Pos: "NOUN" };
    }

    // "the terrorist group", "an extremist group": an article, not "that" or "this", which may open a clause.
    private static bool FollowsArticle(Document document, int i) =>
        i > 0 && document.Slice(document.Tokens[i - 1].Span) is "the" or "The" or "a" or "A" or "an" or "An";

    private static bool FollowsDeterminer(Document document, int i) =>
        i > 0 && Determiners.Contains(document.Slice(document.Tokens[i - 1].Span));

    // An adjective, a noun, a number word, a participle ("besieged areas"), or a word too rare for the lexicon.
    private static bool IsModifier(TokenWords words, int k, ReadOnlySpan<char> word) => words.Find(k) switch
    {
        null => word.Length > 2 && char.IsLower(word[0]),
        { Pos: "ADJ" or "NOUN" or "NUM" } => true,
        { Pos: "VERB" } => HasParticipleEnding(word),
        _ => false,
    };

    // "28 people", "five million people", "hundreds": a number or a vague count ("dozens", "hundreds").
    private static bool IsCount(Document document, int k) =>
        document.Tokens[k].Kind == TokenKind.Number
        || (document.Tokens[k].Kind == TokenKind.Word && NumberWords.IsNumberWord(document.Slice(document.Tokens[k].Span)));

    // A count inside (first, head) with no determiner before it: the phrase starts at the count ("at least 28 people"
    // is "28 people").
    private static bool HasBareCount(Document document, int first, int head)
    {
        for (int t = first + 1; t < head; t++)
        {
            if (IsCount(document, t) && !FollowsDeterminer(document, t) && !(t > first && IsCount(document, t - 1)))
            {
                return true;
            }
        }

        return false;
    }

    // "all the parties", "both the countries": the article after "all" or "both" belongs to the phrase.
    private static bool IsAllThe(Document document, int first, int k) =>
        k == first + 1 && document.Slice(document.Tokens[k].Span) is "the"
        && document.Slice(document.Tokens[first].Span) is "all" or "All" or "both" or "Both";

    // A lower-case word the lexicon lacks ("shabiha militias", "counter-ISIL coalition"), not a number word.
    private static bool IsRareWord(TokenWords words, int k, ReadOnlySpan<char> word) =>
        words.Find(k) is null && word.Length > 2 && char.IsLower(word[0]) && !NumberWords.IsNumberWord(word);

    // "religious and civic leaders", "foreign and defense ministers": two adjectives joined before one head.
    private static bool IsCoordinatedModifier(Document document, TokenWords words, int k, int end)
    {
        if (k == 0 || k + 1 >= end || document.Slice(document.Tokens[k].Span) is not ("and" or "or"))
        {
            return false;
        }

        // "long and officials warn": the word after "and" is a modifier only when a head follows it.
        var after = document.Slice(document.Tokens[k + 1].Span);
        return words.Find(k - 1) is { Pos: "ADJ" } && document.Tokens[k + 1].Kind == TokenKind.Word && char.IsLower(after[0])
            && words.Find(k + 1) is { Pos: "ADJ" or "NOUN" } && !words.HeadWithin(k + 1, k + 2);
    }

    // Mass nouns that name an actor only before another collective noun ("security forces") or after a nationality
    // ("Iraqi security"); alone they name the domain ("food security", "intelligence gathering").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DomainNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "security", "intelligence",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // "allies and partners", "developers, proliferators and users": plural people nouns joined with no determiner or
    // modifier between them are one group ("the government and people of Iraq" are two). The last of them, or null.
    private int? CoordinatedHeads(Document document, TokenWords words, int head, int end)
    {
        if (!IsPlural(document, words, head))
        {
            return null;
        }

        for (int t = head + 1; t + 1 < end; t += 2)
        {
            var join = document.Slice(document.Tokens[t].Span);
            int next = t + 1;
            var word = document.Slice(document.Tokens[next].Span);
            bool people = document.Tokens[next].Kind == TokenKind.Word && char.IsLower(word[0]) && IsPlural(document, words, next)
                && (lexicon.GroupNounSector(word) is not null || lexicon.DescriptionType(word) == EntityType.Org)
                && !(next + 1 < end && IsCompoundHead(document, words, next + 1));
            if (join is not ("and" or ",") || !people)
            {
                return null;
            }

            if (join is "and")
            {
                return next;
            }
        }

        return null;
    }

    // A noun whose lemma differs from its form ("allies", "men", "people"); a word the lexicon lacks counts when it ends in "s".
    private static bool IsPlural(Document document, TokenWords words, int k)
    {
        var word = document.Slice(document.Tokens[k].Span);
        return words.Find(k) is { } entry ? !word.Equals(entry.Lemma, StringComparison.Ordinal) : word.EndsWith('s');
    }

    // Lower-case or opening a sentence: "Homeland Security" is a name.
    private static bool IsDomainNoun(Document document, Sentence sentence, int k)
    {
        var word = document.Slice(document.Tokens[k].Span);
        return (char.IsLower(word[0]) || IsSentenceStart(document, sentence, k)) && DomainNouns.Contains(word);
    }

    // "Doctors Without Borders", "the 15-nation Security Council": a capitalised collective noun before another
    // capitalised word is part of a name.
    private static bool BeginsName(Document document, int k, int end)
    {
        var word = document.Slice(document.Tokens[k].Span);
        return char.IsUpper(word[0]) && k + 1 < end && document.Tokens[k + 1].Kind == TokenKind.Word
            && char.IsUpper(document.Slice(document.Tokens[k + 1].Span)[0]);
    }

    // Collective nouns whose members must be people to make a group ("a group of buildings" is a place).
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SetNouns = new HashSet<string>(StringComparer.Ordinal)
    {
        "group", "groups",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // "families of the victims", "a group of 116 participants": a plural or a set noun takes the people after "of" as its
    // members; "the regime of military rule" and "the movement of people" do not.
    private static bool TakesMembers(Document document, TokenWords words, int head) =>
        IsPlural(document, words, head) || SetNouns.Contains(document.Slice(document.Tokens[head].Span));

    private static bool NeedsMembers(Document document, int head, int end) =>
        SetNouns.Contains(document.Slice(document.Tokens[head].Span))
        && head + 1 < end && document.Slice(document.Tokens[head + 1].Span) is "of";

    // "of the victims", "of 116 participants", "of professional businessmen": the last token of a group of people after
    // "of", which completes a collective noun ("families of the victims", "a group of 116 participants"), or null.
    private int? OfGroupAfter(Document document, TokenWords words, int k, int end)
    {
        if (k + 1 >= end || document.Slice(document.Tokens[k].Span) is not "of")
        {
            return null;
        }

        int t = k + 1;
        if (Determiners.Contains(document.Slice(document.Tokens[t].Span)))
        {
            t++;
        }

        for (int modifiers = 0; t < end && modifiers <= MaxDescriptionModifiers; t++, modifiers++)
        {
            var word = document.Slice(document.Tokens[t].Span);
            bool head = lexicon.GroupNounSector(word) is not null || lexicon.DescriptionType(word) == EntityType.Org;
            if (head && !IsCount(document, t))
            {
                return t + 1 < end && IsCompoundHead(document, words, t + 1) ? null : t;
            }

            bool modifier = IsCount(document, t)
                || (document.Tokens[t].Kind == TokenKind.Word && char.IsLower(word[0]) && IsModifier(words, t, word))
                || Known(word) is { Kind: MentionKind.Nationality };
            if (!modifier)
            {
                return null;
            }
        }

        return null;
    }

    private static bool HasParticipleEnding(ReadOnlySpan<char> word) =>
        word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal);

    // A description's head noun at the start of a sentence is capitalised ("Residents fled").
    private static ReadOnlySpan<char> LowerFirst(ReadOnlySpan<char> word) =>
        char.IsUpper(word[0]) && word.Length > 1 && char.IsLower(word[1]) ? string.Concat(char.ToLowerInvariant(word[0]).ToString(), word[1..]) : word;

    // "of Mosul", "of the Syrian Arab Republic": the last token of a capitalised name after "of", or null.
    private int? OfNameAfter(Document document, int k, int end)
    {
        if (k + 1 >= end || document.Slice(document.Tokens[k].Span) is not "of")
        {
            return null;
        }

        int name = k + 1;
        if (name + 1 < end && document.Slice(document.Tokens[name].Span) is "the")
        {
            name++;
        }

        int last = -1;
        for (int t = name; t < end && t < name + MaxNameWords && IsNameToken(document, t); t++)
        {
            last = t;
        }

        // "headquarters of Iraq's forces", "security of U.S. personnel": the name belongs to the phrase after it.
        bool modifies = last + 1 < end && (IsPossessive(document, last + 1) || IsLowerNoun(document.Slice(document.Tokens[last + 1].Span)));
        return last < 0 || modifies ? null : last;
    }

    private bool IsLowerNoun(ReadOnlySpan<char> word) => char.IsLower(word[0]) && english.Find(word) is { Pos: "NOUN" };

    /// <summary>True for the possessive ending at a token ("Iraq's", "Assad’s").</summary>
    internal static bool IsPossessive(Document document, int token) =>
        token < document.Tokens.Length && document.Slice(document.Tokens[token].Span) is "'s" or "\u2019s" or "'" or "\u2019";

    // A capitalised common word that opens the sentence ("Residents fled"), not a name ("Iraqi officials").
    // A collective noun the lexicon lacks ("Gunmen opened fire") opens a sentence as well as a common word.
    private bool IsCommonOpener(Document document, Sentence sentence, int i, ReadOnlySpan<char> first) =>
        IsSentenceStart(document, sentence, i) && (english.IsCommonWord(first) || lexicon.GroupNounSector(first) is not null) && Known(first) is null;

    // Days relative to now, which follow a phrase as adverbs ("told reporters today").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DayAdverbs = new HashSet<string>(StringComparer.Ordinal)
    {
        "today", "yesterday", "tomorrow", "tonight",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // A common noun after a noun makes that noun a modifier of a compound ("army base"); "reporters today" is no compound.
    // "barracks", "checkpoints": a place noun the English lexicon may not list as a noun.
    private bool IsPlaceHead(Document document, int k)
    {
        var word = document.Slice(document.Tokens[k].Span);
        return document.Tokens[k].Kind == TokenKind.Word && char.IsLower(word[0]) && lexicon.DescriptionType(word) == EntityType.Loc;
    }

    private static bool IsCompoundHead(Document document, TokenWords words, int k) =>
        IsCommonNoun(document, words, k) && !DayAdverbs.Contains(document.Slice(document.Tokens[k].Span));

    private static bool IsCommonNoun(Document document, TokenWords words, int k)
    {
        var word = document.Slice(document.Tokens[k].Span);
        return document.Tokens[k].Kind == TokenKind.Word && char.IsLower(word[0]) && words.Find(k) is { Pos: "NOUN" };
    }

    private bool TryRun(Document document, Sentence sentence, int i, int end, bool headlineCase, List<Mention> mentions, out int next)
    {
        next = i;
        if (!IsNameToken(document, i) && !OpensKnownActor(document, i, end))
        {
            return false;
        }

        int runEnd = i + 1;
        while (runEnd < end && !LineBreakBefore(document, runEnd) && !IsModifiedByName(document, runEnd))
        {
            if (IsNameToken(document, runEnd))
            {
                runEnd++;
            }
            else if (IsConnector(document, runEnd) && runEnd + 1 < end && IsNameToken(document, runEnd + 1)
                && document.Slice(document.Tokens[runEnd].Span) is not "the")
            {
                runEnd += 2;
            }
            else if (document.Slice(document.Tokens[runEnd].Span) is "of" && runEnd + 2 < end
                && document.Slice(document.Tokens[runEnd + 1].Span) is "the" && IsNameToken(document, runEnd + 2))
            {
                // "Minister of the Interior"; but "in Paris the Foreign Secretary" is two names.
                runEnd += 3;
            }
            else if (PortfolioAfterTitle(document, runEnd, end) is int portfolio)
            {
                runEnd = portfolio;
            }
            else if (IsRankClass(document, runEnd) && runEnd + 1 < end)
            {
                // "Petty Officer 2nd Class Jane Doe": the rate's class is part of the title.
                runEnd += 2;
            }
            else if (NicknameEnd(document, i, runEnd, end) is int nicknameEnd)
            {
                runEnd = nicknameEnd;
            }
            else if (IsLastFieldOfOrganisation(document, i, runEnd, end))
            {
                // "the State Board of Antiquities and Heritage", "the Ministry of Culture and Tourism".
                runEnd += 2;
            }
            else if (KnownActorThrough(document, i, runEnd, end) is int knownEnd)
            {
                runEnd = knownEnd;
            }
            else
            {
                break;
            }
        }

        int runStart = i;
        // "Yesterday Joseph Mwangi": a common word opening the sentence is not part of the name, unless a title
        // follows it ("Navy Spokesperson Elena Ruiz").
        bool titleFollows = runStart + 1 < runEnd && lexicon.IsTitle(document.Slice(document.Tokens[runStart + 1].Span))
            && english.Find(document.Slice(document.Tokens[runStart].Span)) is null or { Pos: "NOUN" or "ADJ" or "PROPN" };
        // "Exercise Eager Lion" keeps its head word.
        bool nameHead = lexicon.NameHeadType(document.Slice(document.Tokens[runStart].Span)) is not null;
        if (IsSentenceStart(document, sentence, runStart) && IsCommonCapitalised(document, runStart) && !titleFollows && !nameHead
            && !(runEnd - runStart == 1 && english.Find(document.Slice(document.Tokens[runStart].Span)) is { Pos: "NOUN" or "VERB" }
                && IsEarlierSurname(mentions, document.Slice(document.Tokens[runStart].Span))))
        {
            runStart++;
            // "Ships of Task Force 88": the connector after the dropped word opens no name.
            while (runStart < runEnd - 1 && IsConnector(document, runStart) && !OpensKnownActor(document, runStart, runEnd))
            {
                runStart++;
            }
        }

        // “In Brussels and Paris alike”: a quotation opens its own sentence, whose first word may be a function word.
        if (runStart < runEnd && runStart > 0 && OpeningQuotes.Contains(document.Slice(document.Tokens[runStart - 1].Span))
            && english.Find(document.Slice(document.Tokens[runStart].Span)) is { Pos: "ADP" or "DET" or "PRON" or "CCONJ" or "SCONJ" or "AUX" })
        {
            runStart++;
        }

        next = runEnd;
        if (runStart < runEnd && IsDocumentTitle(document, runEnd, end))
        {
            // "UN Security Council Resolution 2254" names a text, not the council.
            return true;
        }

        if (runStart < runEnd && !headlineCase && Dateline(document, sentence, runStart, runEnd, end) is { } dateline)
        {
            if (dateline.Type != EntityType.Other)
            {
                mentions.Add(dateline);
            }

            return true;
        }

        if (runStart < runEnd)
        {
            // A name can run on past the capitals ("U.S. forces").
            next = Math.Max(runEnd, Segment(document, runStart, runEnd, end, headlineCase, mentions));
            next = Math.Max(next, WithFranchisePlace(document, mentions, runEnd, end));
        }

        return true;
    }

    // A name that ends in "Resolution" or "Resolutions" and a number.
    private static bool IsDocumentTitle(Document document, int runEnd, int end) =>
        runEnd < end && document.Tokens[runEnd].Kind == TokenKind.Number
        && document.Slice(document.Tokens[runEnd - 1].Span) is "Resolution" or "Resolutions";

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DatelineDashes = new HashSet<string>(StringComparer.Ordinal)
    {
        "\u2014", "\u2013", "-", "--",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"BAGHDAD —": a sentence that opens with a name in capitals and a dash gives the place the story was filed
    /// from; the place, or an OTHER mention when no list knows it, or null when the run is no dateline.</summary>
    private Mention? Dateline(Document document, Sentence sentence, int start, int runEnd, int end)
    {
        var tokens = document.Tokens;
        if (runEnd >= end || !IsSentenceStart(document, sentence, start) || !DatelineDashes.Contains(document.Slice(tokens[runEnd].Span)))
        {
            return null;
        }

        for (int k = start; k < runEnd; k++)
        {
            if (!IsAcronym(document.Slice(tokens[k].Span)))
            {
                return null;
            }
        }

        var span = new Span(tokens[start].Span.Start, tokens[runEnd - 1].Span.End);
        var capitals = document.Slice(span);
        Span<char> written = stackalloc char[capitals.Length];
        capitals.ToLowerInvariant(written);
        for (int c = 0; c < written.Length; c++)
        {
            if (c == 0 || !char.IsLetter(written[c - 1]))
            {
                written[c] = char.ToUpperInvariant(written[c]);
            }
        }

        var place = Known(written) is { Type: EntityType.Gpe or EntityType.Loc } known ? known : null;
        return (place ?? Unplaced(written, EntityType.Other, MentionKind.Name, null, null)) with { Span = span, FirstToken = start, EndToken = runEnd };
    }

    /// <summary>"al-Qaeda in Iraq", "Islamic State in Libya": an armed group's name and "in" a place name its branch there,
    /// an organisation of its own. Returns the token after the branch's name, or 0.</summary>
    private int WithFranchisePlace(Document document, List<Mention> mentions, int runEnd, int end)
    {
        var tokens = document.Tokens;
        if (mentions.Count == 0 || mentions[^1] is not { Kind: MentionKind.Known, Type: EntityType.Org, Sector: Sector.Reb } group
            || group.EndToken != runEnd || runEnd + 1 >= end || document.Slice(tokens[runEnd].Span) is not "in")
        {
            return 0;
        }

        int first = runEnd + 1;
        if (document.Slice(tokens[first].Span) is "the")
        {
            first++;
        }

        int last = first;
        while (last < end && last < first + MaxNameWords && IsNameToken(document, last))
        {
            last++;
        }

        if (last == first || Known(document.Slice(new Span(tokens[first].Span.Start, tokens[last - 1].Span.End))) is not { Type: EntityType.Gpe or EntityType.Loc } place)
        {
            return 0;
        }

        // "ISIL in Iraq" is mostly the group acting there: only a branch given its own acronym ("al-Qaeda in Iraq (AQI)"),
        // or named so before in the article, is an organisation of its own.
        var span = new Span(group.Span.Start, tokens[last - 1].Span.End);
        var name = document[span];
        bool named = last + 2 < end && document.Slice(tokens[last].Span) is "(" && IsAcronym(document.Slice(tokens[last + 1].Span))
            && document.Slice(tokens[last + 2].Span) is ")"
            && char.ToUpperInvariant(document.Slice(tokens[last + 1].Span)[^1]) == char.ToUpperInvariant(place.Name[0]);
        if (!named && !mentions.Exists(m => m.Kind == MentionKind.Name && m.Name == name))
        {
            return 0;
        }

        mentions[^1] = new Mention
        {
            Span = span,
            Type = EntityType.Org,
            Kind = MentionKind.Name,
            Name = name,
            Country = place.Country,
            Sector = Sector.Reb,
            FirstToken = group.FirstToken,
            EndToken = last,
        };
        return last;
    }

    // A heading without a full stop ends at its line: "... against ISIL\n\nMinister Ellwood said" holds two names.
    private static bool LineBreakBefore(Document document, int token) =>
        document.Text.AsSpan(document.Tokens[token - 1].Span.End, document.Tokens[token].Span.Start - document.Tokens[token - 1].Span.End).Contains('\n');

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PortfolioJoins = new HashSet<string>(StringComparer.Ordinal)
    {
        "for", "of",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The first capitalised token of a title's portfolio ("Minister for the Middle East", "Minister of the Interior"),
    /// when position k holds its "for" or "of" right after a title, or null.</summary>
    private int? PortfolioAfterTitle(Document document, int k, int end)
    {
        if (k == 0 || !PortfolioJoins.Contains(document.Slice(document.Tokens[k].Span))
            || !lexicon.IsTitle(document.Slice(document.Tokens[k - 1].Span)))
        {
            return null;
        }

        int name = k + 1;
        if (name < end && document.Slice(document.Tokens[name].Span) is "the")
        {
            name++;
        }

        return name < end && IsNameToken(document, name) ? name : null;
    }

    /// <summary>The end of a known actor's name that starts in the run and goes on past a lower-case word
    /// ("Islamic State of Iraq and the Levant"), or null.</summary>
    private int? KnownActorThrough(Document document, int runStart, int runEnd, int sentenceEnd)
    {
        var tokens = document.Tokens;
        if (tokens[runEnd].Kind != TokenKind.Word || !actors.IsInnerWord(document.Slice(tokens[runEnd].Span)))
        {
            return null;
        }

        for (int first = Math.Max(runStart, runEnd - actors.MaxNameWords + 1); first < runEnd; first++)
        {
            for (int last = Math.Min(sentenceEnd, first + actors.MaxNameWords) - 1; last > runEnd; last--)
            {
                if (IsNameToken(document, last) && actors.Find(document.Slice(new Span(tokens[first].Span.Start, tokens[last].Span.End))) is not null)
                {
                    return last + 1;
                }
            }
        }

        return null;
    }

    /// <summary>Splits a run of capitalised tokens into known names and the unknown stretches between them.</summary>
    /// <returns>The token after the last one the mentions cover.</returns>
    private int Segment(Document document, int start, int end, int sentenceEnd, bool headlineCase, List<Mention> mentions)
    {
        int covered = end;
        int unknownStart = start;
        Mention? portfolio = null;
        int k = start;
        while (k < end)
        {
            if (LongestKnown(document, k, end, start) is { } known)
            {
                if (!headlineCase && NameOfPlace(document, unknownStart, known) is { } named)
                {
                    mentions.Add(named);
                    k = known.EndToken;
                    unknownStart = k;
                    continue;
                }

                // "Minister for the Middle East", "Minister of Foreign Affairs of Iraq": the place is the title's portfolio.
                if (!headlineCase && portfolio is null && known.Type != EntityType.Person && IsPortfolioOf(document, unknownStart, k))
                {
                    portfolio = known;
                    k = known.EndToken;
                    continue;
                }

                if (unknownStart < k && !headlineCase)
                {
                    ClassifyUnknown(document, unknownStart, k, mentions, portfolio);
                    JoinKnownPrefix(document, start, mentions);
                }

                portfolio = null;

                var mention = WithPlaceHead(document, WithGroup(document, known, sentenceEnd), end);
                mentions.Add(mention);
                if (!headlineCase && mention.Kind == MentionKind.Known && mention.Key?.StartsWith("actor:", StringComparison.Ordinal) == true)
                {
                    JoinKnownPrefix(document, start, mentions);
                    JoinNamedPrefix(document, start, mentions);
                }
                else if (!headlineCase && mention.Kind == MentionKind.Group)
                {
                    JoinKnownPrefix(document, start, mentions);
                    JoinCoordinatedNations(document, mentions);
                }
                else if (!headlineCase && mention.Kind == MentionKind.Nationality)
                {
                    JoinAdjacentNationalities(document, mentions);
                }

                covered = Math.Max(covered, mentions[^1].EndToken);
                k = mentions[^1].EndToken;
                unknownStart = k;
            }
            else
            {
                k++;
            }
        }

        if (unknownStart < end && !headlineCase)
        {
            ClassifyUnknown(document, unknownStart, end, mentions, portfolio);
            JoinKnownPrefix(document, start, mentions);
            // "Coalition military forces": an organisation's name at the end of the run takes the members named after it.
            if (mentions.Count > 0 && mentions[^1].EndToken == end && mentions[^1].FirstToken >= start)
            {
                mentions[^1] = WithGroup(document, mentions[^1], sentenceEnd);
            }

            if (mentions.Count > 0 && mentions[^1].EndToken > start)
            {
                covered = Math.Max(covered, mentions[^1].EndToken);
            }
        }

        return OrganisationRole(document, mentions, start, covered, sentenceEnd);
    }

    /// <summary>"a Foreign Office spokesman", "the CJTF-OIR commanding general": an organisation's name before a lower-case
    /// role noun stands, with the noun, for the role's holder, unless the holder's name follows; the organisation keeps
    /// its own mention inside.</summary>
    /// <returns>The token after the mention.</returns>
    private int OrganisationRole(Document document, List<Mention> mentions, int runStart, int covered, int sentenceEnd)
    {
        var tokens = document.Tokens;
        if (mentions.Count == 0 || mentions[^1] is not { Type: EntityType.Org, Kind: MentionKind.Known or MentionKind.Acronym or MentionKind.Name } org
            || org.EndToken != covered || org.EndToken <= runStart || IsPossessive(document, covered - 1))
        {
            return covered;
        }

        int role = covered;
        // One lower-case word may come between ("commanding general", "press secretary").
        if (role + 1 < sentenceEnd && IsLowerWordAt(document, role) && !lexicon.IsRoleNoun(document.Slice(tokens[role].Span))
            && english.Find(document.Slice(tokens[role].Span)) is null or { Pos: "ADJ" or "NOUN" or "VERB" })
        {
            role++;
        }

        // "the U.N. general assembly", "State Department official Ann Lee": the role noun must end the phrase.
        if (role >= sentenceEnd || !IsLowerWordAt(document, role) || !lexicon.IsRoleNoun(document.Slice(tokens[role].Span))
            || (role + 1 < sentenceEnd && (IsNameToken(document, role + 1) || lexicon.IsTitle(document.Slice(tokens[role + 1].Span))
                || (IsLowerWordAt(document, role + 1) && english.Find(document.Slice(tokens[role + 1].Span)) is { Pos: "NOUN" }))))
        {
            return covered;
        }

        if (DescribesNamedPerson(document, mentions, org.FirstToken))
        {
            return covered;
        }

        // The organisation stays named on its own too: whose spokesman it is tells who a quoted "we" is.
        var span = new Span(org.Span.Start, tokens[role].Span.End);
        mentions.Add(WithPossessiveDeterminer(document, new Mention
        {
            Span = span,
            Type = EntityType.Person,
            Kind = MentionKind.Role,
            Name = document[span],
            Titles = [document[span]],
            Country = org.Country,
            FirstToken = org.FirstToken,
            EndToken = role + 1,
        }));
        return role + 1;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Predicators = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "is", "was", "are", "were", "be", "been", "became", "becomes", "as",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // "Abu Taqwa, who was a Harakat al-Nujaba leader", "Abu Jandal, an ISIL gang leader": a role with "a" after a copula,
    // or after a comma that ends a person's name, says what a person named before is, and names no one new.
    private static bool DescribesNamedPerson(Document document, List<Mention> mentions, int first)
    {
        if (first < 2 || document.Slice(document.Tokens[first - 1].Span) is not ("a" or "an"))
        {
            return false;
        }

        var before = document.Slice(document.Tokens[first - 2].Span);
        return Predicators.Contains(before)
            || (before is "," && mentions.Count > 1 && mentions[^2] is { Type: EntityType.Person } person && person.EndToken == first - 2);
    }

    private static bool IsLowerWordAt(Document document, int k) =>
        document.Tokens[k].Kind == TokenKind.Word && char.IsLower(document.Slice(document.Tokens[k].Span)[0]);

    /// <summary>"Assad has been dependent on Russia": a one-word name no list knows is a person when the article names a
    /// regime or an administration after it ("the Assad regime").</summary>
    private static void MarkRulers(List<Mention> mentions)
    {
        HashSet<string>? rulers = null;
        foreach (var m in mentions)
        {
            if (m is { Type: EntityType.Org, Kind: MentionKind.Name } && m.Name.IndexOf(' ', StringComparison.Ordinal) is > 0 and var space
                && RuleNouns.Contains(m.Name.AsSpan(m.Name.LastIndexOf(' ') + 1)))
            {
                var ruler = m.Name[..space];
                (rulers ??= new(StringComparer.Ordinal)).Add(ruler.EndsWith("'s", StringComparison.Ordinal) || ruler.EndsWith("\u2019s", StringComparison.Ordinal) ? ruler[..^2] : ruler);
            }
        }

        if (rulers is null)
        {
            return;
        }

        for (int i = 0; i < mentions.Count; i++)
        {
            if (mentions[i] is { Kind: MentionKind.ShortName, Type: EntityType.Other } named && rulers.Contains(named.Name))
            {
                mentions[i] = named with { Type = EntityType.Person };
            }
        }
    }

    /// <summary>"Kurdish and Yezidi fighters", "U.S., German, and Canadian companies": nationalities or countries joined by
    /// "and" or commas before a group's noun all belong to the group.</summary>
    private static void JoinCoordinatedNations(Document document, List<Mention> mentions)
    {
        var group = mentions[^1];
        if (!char.IsUpper(group.Name[0]) || group.EndToken - group.FirstToken < 2)
        {
            return;
        }

        int first = group.FirstToken;
        string? country = group.Country;
        int joined = 0;
        for (int j = mentions.Count - 2; j >= 0; j--)
        {
            var nation = mentions[j];
            // A country joins only as the modifier it is in "U.S. companies"; "Turkey and Turkish officials" are two.
            bool isNation = nation.Kind == MentionKind.Nationality
                || (nation.Key?.StartsWith("country:", StringComparison.Ordinal) == true && IsAcronym(nation.Name));
            // "Sunni Arab tribes": one identity right before another qualifies it.
            bool adjacent = nation.Kind == MentionKind.Nationality && nation.EndToken == first && joined == 0;
            if (!isNation || !(adjacent || IsCoordination(document, nation.EndToken, first)))
            {
                break;
            }

            (first, joined) = (nation.FirstToken, joined + 1);
            country = nation.Country == country ? country : null;
        }

        if (joined == 0)
        {
            return;
        }

        var span = new Span(document.Tokens[first].Span.Start, group.Span.End);
        mentions.RemoveRange(mentions.Count - 1 - joined, joined);
        mentions[^1] = group with { Span = span, FirstToken = first, Name = document[span], Country = country };
    }

    /// <summary>"predominantly Shia Arab": an identity right before another makes one nationality mention.</summary>
    private static void JoinAdjacentNationalities(Document document, List<Mention> mentions)
    {
        if (mentions.Count < 2 || mentions[^2] is not { Kind: MentionKind.Nationality } first || first.EndToken != mentions[^1].FirstToken)
        {
            return;
        }

        var last = mentions[^1];
        var span = new Span(first.Span.Start, last.Span.End);
        mentions.RemoveAt(mentions.Count - 1);
        mentions[^1] = last with
        {
            Span = span,
            FirstToken = first.FirstToken,
            Name = document[span],
            Key = "identity:" + document[span],
            Country = last.Country ?? first.Country,
        };
    }

    // "and", "," or ", and" between two tokens.
    private static bool IsCoordination(Document document, int from, int to) => (to - from) switch
    {
        1 => document.Slice(document.Tokens[from].Span) is "and" or ",",
        2 => document.Slice(document.Tokens[from].Span) is "," && document.Slice(document.Tokens[from + 1].Span) is "and",
        _ => false,
    };

    /// <summary>"the Coalition's Small Group", "the Treasury's Office of Foreign Assets Control": an organisation or a
    /// country and "'s" before an organisation's name make one name, the part of the one that the other is.</summary>
    private static void JoinPossessors(Document document, List<Mention> mentions)
    {
        for (int i = mentions.Count - 2; i >= 0; i--)
        {
            var (owner, part) = (mentions[i], mentions[i + 1]);
            // "the U.S. federal government's Office of Foreign Assets Control": a known office is named by its owner too.
            bool owns = owner.Type is EntityType.Org or EntityType.Gpe
                && (owner.Kind is MentionKind.Known or MentionKind.Name or MentionKind.Acronym || (owner.Kind == MentionKind.Group && owner.Country is not null))
                && part is { Type: EntityType.Org } && (part.Kind == MentionKind.Name || (part.Kind == MentionKind.Known && owner.Type == EntityType.Org))
                && part.FirstToken == owner.EndToken + 1
                && IsPossessive(document, owner.EndToken);
            if (!owns)
            {
                continue;
            }

            var span = new Span(owner.Span.Start, part.Span.End);
            mentions[i] = part with
            {
                Span = span,
                FirstToken = owner.FirstToken,
                Name = part.Kind == MentionKind.Known ? part.Name : document[span],
                Country = part.Country ?? owner.Country,
            };
            mentions.RemoveAt(i + 1);
        }
    }

    /// <summary>"Naval Forces Central Command": an organisation's name right before a known organisation in one capitalised
    /// run makes one name with it.</summary>
    private static void JoinNamedPrefix(Document document, int runStart, List<Mention> mentions)
    {
        if (mentions.Count < 2 || mentions[^1] is not { Type: EntityType.Org } known
            || mentions[^2] is not { Type: EntityType.Org, Kind: MentionKind.Name } prefix
            || prefix.EndToken != known.FirstToken || prefix.FirstToken < runStart)
        {
            return;
        }

        var span = new Span(prefix.Span.Start, known.Span.End);
        mentions.RemoveAt(mentions.Count - 1);
        mentions[^1] = prefix with
        {
            Span = span,
            EndToken = known.EndToken,
            Name = document[span],
            Country = prefix.Country ?? known.Country,
            Sector = prefix.Sector ?? known.Sector,
        };
    }

    /// <summary>"Syrian Electronic Army", "U.S. Department of State", "International Syria Support Group": a country, a
    /// nationality or a place right before an organisation's name in one capitalised run is part of that name, and so are the
    /// capitalised words before it that no mention took.</summary>
    private void JoinKnownPrefix(Document document, int runStart, List<Mention> mentions)
    {
        // "Syrian Arab forces": a group named by another nationality is one too.
        if (mentions.Count < 2 || mentions[^1] is not { Type: EntityType.Org } organisation
            || (organisation.Kind is not (MentionKind.Name or MentionKind.Known) && !(organisation.Kind == MentionKind.Group && mentions[^2].Kind == MentionKind.Nationality))
            || mentions[^2] is not { Kind: MentionKind.Known or MentionKind.Nationality } prefix
            || prefix.EndToken != organisation.FirstToken || prefix.FirstToken < runStart)
        {
            return;
        }

        int first = prefix.FirstToken;
        int taken = mentions.Count > 2 ? Math.Max(runStart, mentions[^3].EndToken) : runStart;
        while (first > taken && IsNameToken(document, first - 1))
        {
            first--;
        }

        // A known organisation before a short name ("Pentagon Press Office") stays itself unless words before it open a
        // longer name ("Counter ISIL Coalition"); one before a long name is its parent ("U.S. Army Special Operations Command").
        if (prefix.Key?.StartsWith("actor:", StringComparison.Ordinal) == true && first == prefix.FirstToken
            && organisation.EndToken - organisation.FirstToken < 3)
        {
            return;
        }

        var span = new Span(document.Tokens[first].Span.Start, organisation.Span.End);
        mentions.RemoveAt(mentions.Count - 1);
        mentions[^1] = organisation with
        {
            Span = span,
            FirstToken = first,
            Name = organisation.Kind == MentionKind.Known ? organisation.Name : document[span],
            Country = organisation.Country ?? prefix.Country,
        };
    }

    // A title and the "for" or "of" of its portfolio end right before k ("Minister for the", "Minister of Foreign Affairs of").
    private bool IsPortfolioOf(Document document, int start, int k)
    {
        int join = k - 1;
        if (join > start && document.Slice(document.Tokens[join].Span) is "the")
        {
            join--;
        }

        if (join <= start || !PortfolioJoins.Contains(document.Slice(document.Tokens[join].Span)))
        {
            return false;
        }

        for (int t = start; t < join; t++)
        {
            if (lexicon.IsTitle(document.Slice(document.Tokens[t].Span)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Government of Iraq", "University of Mosul", "Gulf of Oman": organisation words and "of" before a known place
    /// make one organisation of that place's country, and a place word and "of" make one place.</summary>
    private Mention? NameOfPlace(Document document, int start, Mention place)
    {
        int of = place.FirstToken - 1;
        if (of <= start || place.Type is not (EntityType.Gpe or EntityType.Loc) || document.Slice(document.Tokens[of].Span) is not "of")
        {
            return null;
        }

        EntityType type;
        if (place.Type == EntityType.Gpe && HasOrgWord(document, start, of))
        {
            type = EntityType.Org;
        }
        else if (NameHeadType(document, start, of) is EntityType.Loc or EntityType.Gpe)
        {
            type = EntityType.Loc;
        }
        else
        {
            return null;
        }

        var span = new Span(document.Tokens[start].Span.Start, place.Span.End);
        return new Mention
        {
            Span = span,
            Type = type,
            Kind = MentionKind.Name,
            Name = document[span],
            Country = place.Country,
            FirstToken = start,
            EndToken = place.EndToken,
        };
    }

    /// <summary>"Diyala Province", "Kurdistan Region": a capitalised place word after a known place that is not a country
    /// belongs to its name.</summary>
    private Mention WithPlaceHead(Document document, Mention place, int runEnd)
    {
        int head = place.EndToken;
        if (head >= runEnd || place.Type is not (EntityType.Gpe or EntityType.Loc) || place.Key?.StartsWith("country:", StringComparison.Ordinal) == true
            || lexicon.NameHeadType(document.Slice(document.Tokens[head].Span)) is not (EntityType.Loc or EntityType.Gpe))
        {
            return place;
        }

        return place with { Span = new Span(place.Span.Start, document.Tokens[head].Span.End), EndToken = head + 1 };
    }

    private Mention? LongestKnown(Document document, int k, int runEnd, int runStart)
    {
        var tokens = document.Tokens;
        // Paul "Dutch" Brenner: a run goes on through quotes only for a nickname.
        if (k > runStart && OpeningQuotes.Contains(document.Slice(tokens[k - 1].Span)))
        {
            return null;
        }

        for (int last = Math.Min(runEnd, k + MaxNameWords) - 1; last >= k; last--)
        {
            var span = new Span(tokens[k].Span.Start, tokens[last].Span.End);
            var name = document.Slice(span);
            if (name.Contains('\n'))
            {
                continue;
            }

            var mention = Known(name);
            if (mention is null)
            {
                continue;
            }

            // A lone city or region name inside a longer name ("Jordan Peterson") is part of that name.
            bool wholeRun = k == runStart && last == runEnd - 1;
            bool singleWordPlace = last == k && mention.Kind == MentionKind.Known && mention.Type == EntityType.Gpe
                && mention.Key is null;
            if (singleWordPlace && !wholeRun && !IsPlaceInRun(document, k, runEnd))
            {
                continue;
            }

            // "Davis said": a town's name that speaks is a surname.
            if (singleWordPlace && IsSpeaker(document, k, last + 1))
            {
                continue;
            }

            return mention with { Span = span, FirstToken = k, EndToken = last + 1 };
        }

        return null;
    }

    private bool IsPlaceInRun(Document document, int k, int runEnd)
    {
        // "Baghdad Province", "Anbar Governorate": followed by an organisation or administrative word.
        if (k + 1 < runEnd)
        {
            var after = document.Slice(document.Tokens[k + 1].Span);
            return lexicon.IsOrgWord(after) || lexicon.IsTitle(after) || after is "Province" or "Governorate" or "City";
        }

        return false;
    }

    // In a headline every word is capitalised, so capitalisation says nothing: only known names count there.
    private static bool IsHeadlineCase(Document document, Sentence sentence)
    {
        foreach (var section in document.Article.Sections)
        {
            if (section.Kind == SectionKind.Title && section.Span.Contains(sentence.Span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A known actor, country, region, city or nationality with exactly this name; its position is set by the caller.</summary>
    private Mention? Known(ReadOnlySpan<char> name)
    {
        if (NotNames.Contains(name))
        {
            return null;
        }

        if (actors.Find(name) is { } actor)
        {
            return Unplaced(name, actor.Type, MentionKind.Known, actor.Country, "actor:" + actor.Name) with { Sector = actor.Sector };
        }

        if (!char.IsUpper(name[0]))
        {
            return null;
        }

        if (gazetteer.CountryByName(name) is { } country)
        {
            return Unplaced(name, EntityType.Gpe, MentionKind.Known, country.Iso3, "country:" + country.Iso3);
        }

        if (gazetteer.CountryByDemonym(name) is { } nation)
        {
            // "Syrians" are a group of people, "Syrian" a nationality.
            return name.Length > 1 && name[^1] == 's' && gazetteer.CountryByDemonym(name[..^1]) is not null
                ? Unplaced(name, EntityType.Org, MentionKind.Group, nation.Iso3, "people:" + nation.Iso3)
                : Unplaced(name, EntityType.Norp, MentionKind.Nationality, nation.Iso3, "nationality:" + nation.Iso3);
        }

        if (lexicon.IsIdentityWord(name))
        {
            return Unplaced(name, EntityType.Norp, MentionKind.Nationality, country: null, string.Concat("identity:", name));
        }

        // "The Summit", "the Camp": a word for an event or a facility alone is no town of that name.
        var places = gazetteer.Find(name);
        if (places.Count == 0 || (!name.Contains(' ') && (english.IsCommonWord(name) || lexicon.NameHeadType(name) is EntityType.Other or EntityType.Fac)))
        {
            return null;
        }

        return Unplaced(name, EntityType.Gpe, MentionKind.Known, country: null, key: null);
    }

    private static Mention Unplaced(ReadOnlySpan<char> name, EntityType type, MentionKind kind, string? country, string? key) => new()
    {
        Span = default,
        Type = type,
        Kind = kind,
        Name = name.ToString(),
        Country = country,
        Key = key,
        FirstToken = 0,
        EndToken = 0,
    };

    /// <summary>Extends a country or nationality mention into a group actor when a collective noun follows ("U.S. forces"),
    /// and a known organisation over the noun that names its members ("Hamas militants", "Coalition military forces").</summary>
    private Mention WithGroup(Document document, Mention known, int sentenceEnd)
    {
        // "Hamas militants" are Hamas; "Counter ISIL Coalition" is another organisation.
        bool organisation = known.Key?.StartsWith("actor:", StringComparison.Ordinal) == true || (known.Kind == MentionKind.Name && known.Key is null);
        if (organisation && known.Type == EntityType.Org
            && GroupNounAfter(document, known.EndToken, sentenceEnd) is { } members
            && (char.IsLower(document.Slice(document.Tokens[members.Token].Span)[0])
                || !lexicon.IsOrgWord(document.Slice(document.Tokens[members.Token].Span))))
        {
            return WithPossessiveDeterminer(document, known with
            {
                Span = new Span(known.Span.Start, document.Tokens[members.Token].Span.End),
                EndToken = members.Token + 1,
            });
        }

        bool nation = known.Kind == MentionKind.Nationality
            || known.Key?.StartsWith("country:", StringComparison.Ordinal) == true;
        if (!nation)
        {
            return known;
        }

        if (GroupNounAfter(document, known.EndToken, sentenceEnd) is not { } group)
        {
            return known.Kind == MentionKind.Nationality ? WithRole(document, known, sentenceEnd) : known;
        }

        var span = new Span(known.Span.Start, document.Tokens[group.Token].Span.End);
        return WithPossessiveDeterminer(document, new Mention
        {
            Span = span,
            Type = EntityType.Org,
            Kind = MentionKind.Group,
            Name = document[span],
            Country = known.Country,
            Sector = group.Sector,
            FirstToken = known.FirstToken,
            EndToken = group.Token + 1,
        });
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PossessiveDeterminers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "his", "her", "its", "their", "our", "my", "your",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"our Kurdish partners", "his Chief of Staff": a group or a role is told by whose it is, so the mention takes
    /// the possessive determiner before it; the name stays without it.</summary>
    private static Mention WithPossessiveDeterminer(Document document, Mention mention)
    {
        int before = mention.FirstToken - 1;
        if (before < 0 || document.Tokens[before].Kind != TokenKind.Word || !PossessiveDeterminers.Contains(document.Slice(document.Tokens[before].Span)))
        {
            return mention;
        }

        return mention with { Span = new Span(document.Tokens[before].Span.Start, mention.Span.End), FirstToken = before };
    }

    /// <summary>"a senior Iraqi general", "the Iraqi commander": a nationality before a lower-case role noun, with the
    /// lower-case titles before it, stands for the person who holds the role.</summary>
    private Mention WithRole(Document document, Mention nationality, int sentenceEnd)
    {
        var tokens = document.Tokens;
        int role = nationality.EndToken;
        // One lower-case modifier may come between ("an Iraqi tribal sheikh").
        if (role + 1 < sentenceEnd && !lexicon.IsRoleNoun(document.Slice(tokens[role].Span)) && english.Find(document.Slice(tokens[role].Span)) is null or { Pos: "ADJ" })
        {
            role++;
        }

        if (role >= sentenceEnd || tokens[role].Kind != TokenKind.Word || !char.IsLower(document.Slice(tokens[role].Span)[0])
            || !lexicon.IsRoleNoun(document.Slice(tokens[role].Span)) || (role + 1 < sentenceEnd && IsNameToken(document, role + 1)))
        {
            return nationality;
        }

        int first = nationality.FirstToken;
        while (first > 0 && tokens[first - 1].Kind == TokenKind.Word && char.IsLower(document.Slice(tokens[first - 1].Span)[0])
            && lexicon.IsTitle(document.Slice(tokens[first - 1].Span)))
        {
            first--;
        }

        var span = new Span(tokens[first].Span.Start, tokens[role].Span.End);
        return WithPossessiveDeterminer(document, new Mention
        {
            Span = span,
            Type = EntityType.Person,
            Kind = MentionKind.Role,
            Name = document[span],
            Titles = [document[span]],
            Country = nationality.Country,
            FirstToken = first,
            EndToken = role + 1,
        });
    }

    /// <summary>A collective noun right after position i, allowing two lower-case modifiers ("Iraqi security forces").</summary>
    private (int Token, Sector? Sector)? GroupNounAfter(Document document, int i, int end)
    {
        for (int k = i; k < end && k < i + 3; k++)
        {
            var word = document.Slice(document.Tokens[k].Span);
            if (lexicon.GroupNounSector(word) is { } sector)
            {
                // "Iraqi security forces" ends at the last collective noun.
                while (k + 1 < end && lexicon.GroupNounSector(document.Slice(document.Tokens[k + 1].Span)) is { } last)
                {
                    (k, sector) = (k + 1, last);
                }

                return (k, sector);
            }

            // "U.S. companies", "Syrian universities": a noun that names an organisation or a group of people.
            if (lexicon.DescriptionType(word) == EntityType.Org && !(k + 1 < end && IsLowerNoun(document.Slice(document.Tokens[k + 1].Span))))
            {
                return (k, null);
            }

            // "Daesh targeted families": an unknown participle after a name is its verb.
            bool modifier = document.Tokens[k].Kind == TokenKind.Word && char.IsLower(word[0])
                && english.Find(word) switch { null => !HasParticipleEnding(word), { Pos: "ADJ" or "NOUN" } => true, _ => false };
            if (!modifier)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Classifies a capitalised stretch that no list knows: titles peeled off, then person, organisation or other.
    /// A known place or organisation inside the stretch may be the portfolio of a title ("Minister for the Middle East").</summary>
    private void ClassifyUnknown(Document document, int start, int end, List<Mention> mentions, Mention? portfolio = null)
    {
        var tokens = document.Tokens;

        // [organisation words] [titles] [name]: "Navy Spokesperson Rear Admiral Elena Ruiz".
        int nameStart = end;
        while (nameStart > start && !IsTitleAt(document, nameStart - 1))
        {
            nameStart--;
        }

        // [titles] for|of [portfolio] [name]: "Minister for Foreign Affairs Julie Bishop".
        int? join = PortfolioStart(document, start, end);
        bool hasPortfolio = join is not null;
        if (join is { } portfolioJoin)
        {
            nameStart = PortfolioEnd(document, portfolioJoin, end, portfolio);
        }

        int titleStart = join ?? nameStart;
        while (titleStart > start && IsTitleAt(document, titleStart - 1))
        {
            titleStart--;
        }

        // "the Foreign Secretary", "Pentagon Spokesperson", "Minister for the Middle East": a role with no name after it
        // stands for its holder.
        if (nameStart == end && (hasPortfolio || lexicon.IsRoleNoun(document.Slice(tokens[end - 1].Span))))
        {
            // "Later the Foreign Secretary": the run may have come on through "the".
            while (start < end - 1 && IsConnector(document, start))
            {
                start++;
            }

            var (roleStart, roleCountry) = WithTitlePrefix(document, mentions, start, out _);
            // "507th Maintenance Group Commander": the unit's number is part of the role.
            if (roleStart == start && start > 0 && IsOrdinal(document.Slice(tokens[start - 1].Span)))
            {
                roleStart--;
            }

            var role = document.Text[tokens[start].Span.Start..tokens[end - 1].Span.End];
            AddName(document, roleStart, end, EntityType.Person, MentionKind.Role, [role], mentions, start, roleCountry ?? portfolio?.Country);
            mentions[^1] = WithPossessiveDeterminer(document, mentions[^1]);
            return;
        }

        bool titled = titleStart < nameStart && nameStart < end && (hasPortfolio || !HasOrgWord(document, nameStart, end));
        if (!titled)
        {
            // "Mosul University Hospital": a place word at the end names a building, whatever organisation runs it.
            if (end - start > 1 && HasOrgWord(document, start, end - 1)
                && lexicon.NameHeadType(document.Slice(tokens[end - 1].Span)) is { } building && building is EntityType.Fac or EntityType.Loc)
            {
                AddName(document, start, end, building, MentionKind.Name, [], mentions);
                return;
            }

            if (HasOrgWord(document, start, end))
            {
                // "such a Government" is a common noun written with a capital; "3rd Battalion" keeps its number.
                if (end - start == 1 && start > 0 && document.Slice(tokens[start - 1].Span) is "a" or "an")
                {
                    return;
                }

                int numbered = start > 0 && IsOrdinal(document.Slice(tokens[start - 1].Span)) ? start - 1 : start;
                string? unitCountry = null;
                if (numbered < start && mentions.Count > 0 && mentions[^1] is { Kind: MentionKind.Nationality or MentionKind.Known } owner
                    && owner.EndToken == numbered && (owner.Kind == MentionKind.Nationality || owner.Key?.StartsWith("country:", StringComparison.Ordinal) == true))
                {
                    // "the Jordanian 71st Counter Terrorism Battalion", "the U.S. 5th Fleet": the country's numbered unit.
                    mentions.RemoveAt(mentions.Count - 1);
                    (numbered, unitCountry) = (owner.FirstToken, owner.Country);
                }

                AddName(document, numbered, DesignatorEnd(document, end), EntityType.Org, MentionKind.Name, [], mentions, country: unitCountry);
                return;
            }

            nameStart = start;
            if (IsGloss(document, start, end))
            {
                return;
            }

            if (KindWordAfter(document, end) is { } kind)
            {
                // "the Al Bu Nimr tribe", "the Al Salem hospital": a lower-case word after the name says what it names.
                AddName(document, start, end + 1, kind, MentionKind.Name, [], mentions);
                return;
            }

            if (end - start > 1 && NameHeadType(document, start, end) is { } head)
            {
                // "Tabqa Dam" is a place, "Operation Inherent Resolve" no entity at all.
                if (head != EntityType.Other)
                {
                    AddName(document, start, end, head, MentionKind.Name, [], mentions);
                }

                return;
            }
        }

        // The mention covers the titles and what qualifies them ("Foreign Office Minister Tobias Ellwood"), and a
        // nationality right before them ("Russian Foreign Minister Sergei Lavrov"), which gives the person's country.
        // A known organisation before the titles ("Pentagon Press Secretary Peter Cook") is part of the titles and the mention.
        var titles = titled ? TitlesOf(document, mentions, start, nameStart) : [];
        int mentionStart = start;
        string? country = portfolio?.Country;
        if (titled)
        {
            (mentionStart, var prefixCountry) = WithTitlePrefix(document, mentions, start, out bool nationality);
            country = prefixCountry ?? country;
            if (nationality)
            {
                titles = TitlesOf(document, mentions, start, nameStart);
            }
        }
        if (NamesAGroup(document, nameStart, end, titled))
        {
            // "Defence Secretaries", "the Foreign Ministers of Iran", "ANG Airmen": a plural names a group of people.
            AddName(document, titled ? mentionStart : nameStart, end, EntityType.Org, MentionKind.Name, [], mentions);
            return;
        }

        int words = end - nameStart;
        var first = document.Slice(tokens[nameStart].Span);
        if (words == 1)
        {
            if (NotNames.Contains(first) || (!titled && lexicon.IsTitle(first)))
            {
                return;
            }

            if (titled)
            {
                // "General Ryder": the titles stay in the mention, the surname is the name.
                AddName(document, mentionStart, end, EntityType.Person, MentionKind.TitledSurname, titles, mentions, nameStart, country);
            }
            else if (IsAcronym(first))
            {
                // "the 407th AEG" keeps its number, like "3rd Battalion".
                int numbered = nameStart > 0 && IsOrdinal(document.Slice(tokens[nameStart - 1].Span)) ? nameStart - 1 : nameStart;
                AddName(document, numbered, DesignatorEnd(document, end), EntityType.Org, MentionKind.Acronym, [], mentions, nameStart);
            }
            else if (english.Find(first) is { Pos: "NOUN" or "VERB" } && IsEarlierSurname(mentions, first))
            {
                // "said Burns": a common word is the surname of "Andrew Burns" named before.
                AddName(document, nameStart, end, EntityType.Person, MentionKind.ShortName, [], mentions);
            }
            else if (!english.IsCommonWord(first))
            {
                if (RuledBy(document, end) is int regimeEnd)
                {
                    // "the Asad regime": the name of its leader names the organisation.
                    AddName(document, nameStart, regimeEnd, EntityType.Org, MentionKind.Name, [], mentions);
                    return;
                }

                // "fighting in Rawah": a name no list knows, after a preposition of place, is a place; one that speaks is a person.
                var type = IsPlaceSlot(document, nameStart, end) ? EntityType.Loc : IsSpeaker(document, nameStart, end) ? EntityType.Person : EntityType.Other;
                AddName(document, nameStart, end, type, MentionKind.ShortName, [], mentions);
            }

            return;
        }

        // "Cessation of Hostilities", "On December": a person's name has no "of" or "the" in it, nor only common words.
        if (!titled && (AllCommon(document, nameStart, end) || HasArticleOrOf(document, nameStart, end)))
        {
            return;
        }

        if (!titled && IsOperationNamedBefore(document, nameStart, end))
        {
            return;
        }

        // "Near Al Huwayjah", "the town of Tal Abyad": a name no list knows where a place goes is a place.
        var nameType = !titled && IsPlaceSlot(document, nameStart, end) ? EntityType.Loc : EntityType.Person;
        AddName(document, titled ? mentionStart : nameStart, end, nameType, MentionKind.Name, titles, mentions, nameStart, country);
    }

    /// <summary>True when a capitalised stretch names a group of people rather than a person: a title in the plural
    /// ("Ministers of Foreign Affairs"), or, with no title, a plural noun after words none of which is a given name
    /// ("Reserve Airmen", "ANG Airmen"; not "Maxine Waters").</summary>
    private bool NamesAGroup(Document document, int nameStart, int end, bool titled)
    {
        // "Envoys of the Counter Hamas Coalition" are the envoys of a name that goes on past the stretch.
        bool article = false;
        for (int k = nameStart; k < end; k++)
        {
            article |= document.Slice(document.Tokens[k].Span) is "the" or "The";
        }

        for (int k = nameStart; k < end && !article; k++)
        {
            if (IsPluralTitle(document.Slice(document.Tokens[k].Span)))
            {
                return true;
            }
        }

        if (titled || end - nameStart < 2 || !IsPluralNoun(document.Slice(document.Tokens[end - 1].Span)))
        {
            return false;
        }

        for (int k = nameStart; k < end - 1; k++)
        {
            var word = document.Slice(document.Tokens[k].Span);
            if (!IsCommonOrNumberWord(word) && !IsAcronym(word) && Known(word) is not { Key: not null })
            {
                return false;
            }
        }

        return true;
    }

    // "Ninety-Four": every part of a hyphenated word is common or a number.
    private bool IsCommonOrNumberWord(ReadOnlySpan<char> word)
    {
        foreach (var part in word.Split('-'))
        {
            if (!english.IsCommonWord(word[part]) && !Quantities.NumberWords.IsNumberWord(word[part]))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsPluralTitle(ReadOnlySpan<char> word)
    {
        if (word.Length < 4 || !char.IsUpper(word[0]) || lexicon.IsTitle(word))
        {
            return false;
        }

        return word.EndsWith("ies", StringComparison.Ordinal) ? lexicon.IsRoleNoun(string.Concat(word[..^3], "y"))
            : word.EndsWith("men", StringComparison.Ordinal) ? lexicon.IsRoleNoun(string.Concat(word[..^3], "man"))
            : word[^1] == 's' && lexicon.IsRoleNoun(word[..^1]);
    }

    private bool IsPluralNoun(ReadOnlySpan<char> word) =>
        (word[^1] == 's' || word.EndsWith("men", StringComparison.Ordinal))
        && (lexicon.GroupNounSector(word) is not null || IsPluralTitle(word) || (word.Length > 2 && IsAcronym(word[..^1]))
            || (english.Find(word) is { Pos: "NOUN" } info && !word.Equals(info.Lemma, StringComparison.OrdinalIgnoreCase)));

    /// <summary>"Operation Steel Curtain … during Steel Curtain": a name the document gave before after a word that makes
    /// names operations or events is that operation again.</summary>
    private bool IsOperationNamedBefore(Document document, int start, int end)
    {
        var tokens = document.Tokens;
        var name = document.Text.AsSpan(tokens[start].Span.Start, tokens[end - 1].Span.End - tokens[start].Span.Start);
        var before = document.Text.AsSpan(0, tokens[start].Span.Start);
        for (int at = before.LastIndexOf(name); at > 0; at = before[..at].LastIndexOf(name))
        {
            var head = before[..at].TrimEnd();
            if (head.Length < before[..at].Length && lexicon.NameHeadType(head[(head.LastIndexOfAny(' ', '\n') + 1)..]) == EntityType.Other)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a person named in full earlier in the document has this surname.</summary>
    private static bool IsEarlierSurname(List<Mention> mentions, ReadOnlySpan<char> word)
    {
        foreach (var m in mentions)
        {
            if (m is { Type: EntityType.Person, Kind: MentionKind.Name } && m.Name.LastIndexOf(' ') is > 0 and var space
                && m.Name.AsSpan(space + 1).Equals(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The "for" or "of" that follows the first title of a stretch and opens its portfolio, or null.</summary>
    private int? PortfolioStart(Document document, int start, int end)
    {
        for (int k = start + 1; k < end - 1; k++)
        {
            if (PortfolioJoins.Contains(document.Slice(document.Tokens[k].Span)) && lexicon.IsTitle(document.Slice(document.Tokens[k - 1].Span)))
            {
                return k;
            }
        }

        return null;
    }

    /// <summary>Where a title's portfolio ends and the holder's name begins: past a known place or organisation in it, then
    /// past capitalised common words ("for Foreign Affairs", "of the Office of Museums").</summary>
    private int PortfolioEnd(Document document, int join, int end, Mention? portfolio)
    {
        int k = join + 1;
        if (portfolio is not null && portfolio.EndToken > k)
        {
            k = portfolio.EndToken;
        }

        while (k < end)
        {
            var word = document.Slice(document.Tokens[k].Span);
            bool common = english.IsCommonWord(word) || lexicon.IsTitle(word);
            bool joins = IsConnector(document, k) && k + 1 < end && english.IsCommonWord(document.Slice(document.Tokens[k + 1].Span));
            if (!common && !joins)
            {
                break;
            }

            k++;
        }

        return k;
    }

    /// <summary>Takes the nationality, country or organisation named right before a person's titles into the person's
    /// mention ("Russian Foreign Minister Sergei Lavrov", "U.S. Secretary of State", "Pentagon Press Secretary Peter Cook"):
    /// the start of the mention and the country it gives. The organisation stays in the person's titles.</summary>
    private static (int Start, string? Country) WithTitlePrefix(Document document, List<Mention> mentions, int start, out bool nationality)
    {
        nationality = false;
        if (mentions.Count == 0 || mentions[^1] is not { } prefix || prefix.EndToken != start || LineBreakBefore(document, start))
        {
            return (start, null);
        }

        // "flew to Iraq Minister Tobias Ellwood said": a country after a preposition of place ends the phrase before.
        nationality = prefix.Kind == MentionKind.Nationality;
        bool country = prefix.Key?.StartsWith("country:", StringComparison.Ordinal) == true && !CountryRoles.FollowsLocative(document, prefix.FirstToken);
        // "Navy Senior Chief Petty Officer Scott Dayton": a capitalised collective noun opening a sentence is the service.
        bool organisation = prefix.Type == EntityType.Org && (prefix.Kind is MentionKind.Known or MentionKind.Acronym or MentionKind.Name
            || (prefix.Kind is MentionKind.Group or MentionKind.Description && prefix.EndToken - prefix.FirstToken == 1 && char.IsUpper(prefix.Name[0])));
        if (!nationality && !country && !organisation)
        {
            return (start, null);
        }

        mentions.RemoveAt(mentions.Count - 1);
        return (prefix.FirstToken, prefix.Country);
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlacePrepositions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "in", "near", "outside", "around", "inside", "across", "into", "toward", "towards", "throughout", "within",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // After a preposition of place ("near Rawah") or a place noun and "of" ("the town of Jabla"), and not owning anything;
    // or a later name of a list that opens so ("in Qamenas, Sarmin and Talamenes").
    private bool IsPlaceSlot(Document document, int token, int end)
    {
        if (token == 0 || IsPossessive(document, end))
        {
            return false;
        }

        var before = document.Slice(document.Tokens[token - 1].Span);
        return PlacePrepositions.Contains(before)
            || (before is "of" && token > 1 && lexicon.DescriptionType(document.Slice(document.Tokens[token - 2].Span)) == EntityType.Loc)
            || (ListOpening(document, token, end) is int opening && opening > 0 && PlacePrepositions.Contains(document.Slice(document.Tokens[opening - 1].Span)));
    }

    private const int MaxListTokens = 12;

    /// <summary>The first token of the list of names this name ends or stands inside ("Qamenas, Sarmin and Talamenes"), or
    /// null when it is no later name of one: after "and" or "or", or after a comma with another name to come ("in Baghdad,
    /// Ali said" lists nothing).</summary>
    private int? ListOpening(Document document, int token, int end)
    {
        var tokens = document.Tokens;
        var before = document.Slice(tokens[token - 1].Span);
        bool more = end + 1 < tokens.Length && document.Slice(tokens[end].Span) is "," or "and" or "or" && IsNameToken(document, end + 1);
        // "the Quadrilateral Security Dialogue, or Quad": a comma and "or" give another name of the same thing.
        bool alias = before is "or" && token > 1 && document.Slice(tokens[token - 2].Span) is ",";
        if (alias || !(before is "and" or "or" || (before is "," && more)))
        {
            return null;
        }

        int opening = token;
        for (int k = token - 1; k >= 0 && k > token - MaxListTokens; k--)
        {
            var word = document.Slice(tokens[k].Span);
            if (IsNameToken(document, k) && !NotNames.Contains(word))
            {
                opening = k;
            }
            else if (word is not ("," or "and" or "or") && (word is "the" || !IsConnector(document, k)))
            {
                break;
            }
        }

        return opening < token ? opening : null;
    }

    private EntityType? NameHeadType(Document document, int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            if (lexicon.NameHeadType(document.Slice(document.Tokens[k].Span)) is { } type)
            {
                return type;
            }
        }

        return null;
    }

    private bool HasOrgWord(Document document, int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            if (lexicon.IsOrgWord(document.Slice(document.Tokens[k].Span)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The title words before a name, grouped at role nouns, with a directly preceding organisation ("Pentagon Spokesperson").</summary>
    private ImmutableArray<string> TitlesOf(Document document, List<Mention> mentions, int start, int end)
    {
        var tokens = document.Tokens;
        var titles = ImmutableArray.CreateBuilder<string>();
        int groupStart = start;
        string? prefix = null;
        if (mentions.Count > 0 && mentions[^1].EndToken == start && mentions[^1].Type is EntityType.Org or EntityType.Gpe or EntityType.Norp)
        {
            prefix = document[mentions[^1].Span];
        }

        for (int k = start; k < end; k++)
        {
            var word = document.Slice(tokens[k].Span);
            if (lexicon.IsRoleNoun(word) || k + 1 == end)
            {
                var title = document.Text[tokens[groupStart].Span.Start..tokens[k].Span.End];
                titles.Add(prefix is null ? title : prefix + " " + title);
                prefix = null;
                groupStart = k + 1;
            }
        }

        return titles.ToImmutable();
    }

    private void AddName(Document document, int start, int end, EntityType type, MentionKind kind,
        ImmutableArray<string> titles, List<Mention> mentions, int? nameStart = null, string? country = null)
    {
        var tokens = document.Tokens;
        var span = new Span(tokens[start].Span.Start, tokens[end - 1].Span.End);
        var name = document.Text[tokens[nameStart ?? start].Span.Start..tokens[end - 1].Span.End];
        mentions.Add(new Mention
        {
            Span = span,
            Type = type,
            Kind = kind,
            Name = name,
            Titles = titles,
            Country = country,
            FirstToken = start,
            EndToken = end,
        });
    }

    private bool IsNameToken(Document document, int i)
    {
        var token = document.Tokens[i];
        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        var word = document.Slice(token.Span);
        if (char.IsUpper(word[0]))
        {
            return !DeviceAcronyms.Contains(word) && !(word.Contains('-') && NamesADevice(word));
        }

        // Arabic names written with a lower-case article: "al-Nujaba", "al-Sudani".
        return word.Length > 3 && word[2] == '-' && word.StartsWith("al", StringComparison.Ordinal) && char.IsUpper(word[3]);
    }

    // "al Qaeda in Iraq": the press writes some listed names with a separate lower-case Arabic article, which opens
    // no run by itself.
    private bool OpensKnownActor(Document document, int i, int end)
    {
        var tokens = document.Tokens;
        return i + 1 < end && tokens[i].Kind == TokenKind.Word && IsConnector(document, i) && IsNameToken(document, i + 1)
            && actors.Find(document.Slice(new Span(tokens[i].Span.Start, tokens[i + 1].Span.End))) is not null;
    }

    // "Counter-IED", "C-UAS": a hyphenated word about a weapon.
    private static bool NamesADevice(ReadOnlySpan<char> word)
    {
        foreach (var part in word.Split('-'))
        {
            if (DeviceAcronyms.Contains(word[part]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsConnector(Document document, int i) =>
        Connectors.Contains(document.Slice(document.Tokens[i].Span));

    private static bool IsSentenceStart(Document document, Sentence sentence, int i)
    {
        for (int k = sentence.FirstToken; k < i; k++)
        {
            if (document.Tokens[k].Kind == TokenKind.Word || document.Tokens[k].Kind == TokenKind.Number)
            {
                return false;
            }
        }

        return true;
    }

    private bool IsCommonCapitalised(Document document, int i)
    {
        var word = document.Slice(document.Tokens[i].Span);
        return english.Find(word) is { } info && info.Pos != "PROPN" && !lexicon.IsTitle(word) && Known(word) is null;
    }

    private bool AllCommon(Document document, int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            var word = document.Slice(document.Tokens[k].Span);
            if (!english.IsCommonWord(word) && !Connectors.Contains(word) && !NotNames.Contains(word))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A name's transliteration or translation: after a language and a colon ("Arabic: ...") or after words in
    /// another script, or before "in" and a language ("Kitab Al Jilwah in Kurdish").</summary>
    private bool IsGloss(Document document, int start, int end)
    {
        var tokens = document.Tokens;
        bool labelled = start >= 2 && document.Slice(tokens[start - 1].Span) is ":" && lexicon.IsIdentityWord(document.Slice(tokens[start - 2].Span));
        bool afterScript = start >= 1 && IsOtherScript(document.Slice(tokens[start - 1].Span));
        bool inLanguage = end + 2 < tokens.Length && document.Slice(tokens[end].Span) is "in"
            && lexicon.IsIdentityWord(document.Slice(tokens[end + 1].Span)) && tokens[end + 2].Kind == TokenKind.Punctuation;
        return labelled || afterScript || inLanguage;
    }

    // Letters outside the Latin, Greek and Cyrillic blocks (Arabic, Hebrew, Persian...).
    private static bool IsOtherScript(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (c >= '\u0590' && char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    // In lower case these mostly say where a name was heard ("the White House press", "Reuters news"), not what it names.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MediaWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "press", "news", "media", "magazine", "network", "times", "post", "radio", "television",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>ORG, LOC or FAC when the word after a name is a lower-case organisation or place word ("tribe", "hospital").</summary>
    private EntityType? KindWordAfter(Document document, int end)
    {
        if (end >= document.Tokens.Length || document.Tokens[end].Kind != TokenKind.Word)
        {
            return null;
        }

        var word = document.Slice(document.Tokens[end].Span);
        if (!char.IsLower(word[0]))
        {
            return null;
        }

        if (lexicon.IsOrgWord(word) && !MediaWords.Contains(word))
        {
            return EntityType.Org;
        }

        var head = lexicon.NameHeadType(word);
        return head is EntityType.Loc or EntityType.Fac ? head : null;
    }

    // "3rd", "507th", "1st".
    /// <summary>A title word, or the ordinal and "Class" of a rate ("Operator 1st Class", "Airman First Class").</summary>
    private bool IsTitleAt(Document document, int k) =>
        lexicon.IsTitle(document.Slice(document.Tokens[k].Span))
        || IsRankClass(document, k)
        || (k > 0 && document.Slice(document.Tokens[k].Span) is "Class" && IsRankClass(document, k - 1));

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpelledOrdinals = new HashSet<string>(StringComparer.Ordinal)
    {
        "First", "Second", "Third",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // "1st Class", "Second Class": an ordinal followed by "Class".
    private static bool IsRankClass(Document document, int k)
    {
        var word = document.Slice(document.Tokens[k].Span);
        return k + 1 < document.Tokens.Length && document.Slice(document.Tokens[k + 1].Span) is "Class"
            && (IsOrdinal(word) || SpelledOrdinals.Contains(word));
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OpeningQuotes = new HashSet<string>(StringComparer.Ordinal)
    {
        "\"", "\u201C", "'", "\u2018",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ClosingQuotes = new HashSet<string>(StringComparer.Ordinal)
    {
        "\"", "\u201D", "'", "\u2019",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True at an "and" that joins one last common noun to the fields an organisation's name lists after "of"
    /// ("Board of Antiquities and Heritage"), with no capitalised word after that noun.</summary>
    private bool IsLastFieldOfOrganisation(Document document, int runStart, int k, int end)
    {
        var tokens = document.Tokens;
        if (k + 1 >= end || document.Slice(tokens[k].Span) is not "and" || !IsNameToken(document, k + 1)
            || english.Find(document.Slice(tokens[k + 1].Span)) is not (null or { Pos: "NOUN" }) || Known(document.Slice(tokens[k + 1].Span)) is not null
            || (k + 2 < end && IsNameToken(document, k + 2)))
        {
            return false;
        }

        for (int of = runStart + 1; of < k - 1; of++)
        {
            if (document.Slice(tokens[of].Span) is "of" && lexicon.IsOrgWord(document.Slice(tokens[of - 1].Span)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Richard "Tex" Coe: a nickname of one or two capitalised words in quotes between a given name and a
    /// surname is part of the name; the token after the surname when there is one, else null.</summary>
    private int? NicknameEnd(Document document, int runStart, int runEnd, int end)
    {
        var tokens = document.Tokens;
        if (runEnd - runStart > 3 || !OpeningQuotes.Contains(document.Slice(tokens[runEnd].Span))
            || lexicon.IsTitle(document.Slice(tokens[runEnd - 1].Span)) || lexicon.IsOrgWord(document.Slice(tokens[runEnd - 1].Span)))
        {
            return null;
        }

        for (int close = runEnd + 2; close <= runEnd + 3 && close + 1 < end; close++)
        {
            if (ClosingQuotes.Contains(document.Slice(tokens[close].Span)))
            {
                bool nickname = true;
                for (int k = runEnd + 1; k < close; k++)
                {
                    nickname &= IsNameToken(document, k) || document.Slice(tokens[k].Span) is ['.'];
                }

                // The surname is a name no common word opens, with no space inside the quotes' edges.
                return nickname && IsNameToken(document, close + 1) && !IsCommonCapitalised(document, close + 1)
                    && tokens[runEnd + 1].Span.Start == tokens[runEnd].Span.End && tokens[close].Span.Start == tokens[close - 1].Span.End
                    ? close + 2 : null;
            }
        }

        return null;
    }

    /// <summary>"CTF 50", "Task Force 88": a unit's number after its name is part of it, unless it counts what follows
    /// ("ISIL 20 fighters"); the token after the name.</summary>
    private int DesignatorEnd(Document document, int end)
    {
        var tokens = document.Tokens;
        if (end >= tokens.Length || tokens[end].Kind != TokenKind.Number || tokens[end].Span.Start != tokens[end - 1].Span.End + 1)
        {
            return end;
        }

        var number = document.Slice(tokens[end].Span);
        if (number.Length > 4 || number.ContainsAnyExceptInRange('0', '9'))
        {
            return end;
        }

        bool counts = end + 1 < tokens.Length && (tokens[end + 1].Kind is TokenKind.Number or TokenKind.Symbol
            || (IsLowerWordAt(document, end + 1) && english.Find(document.Slice(tokens[end + 1].Span)) is { Pos: "NOUN" or "NUM" }));
        return counts ? end : end + 1;
    }

    private static bool IsOrdinal(ReadOnlySpan<char> word) =>
        word.Length > 2 && char.IsAsciiDigit(word[0]) && char.IsAsciiDigit(word[^3])
        && word[^2..] is "st" or "nd" or "rd" or "th";

    private static bool HasArticleOrOf(Document document, int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            if (document.Slice(document.Tokens[k].Span) is "of" or "the")
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RuleNouns = new HashSet<string>(StringComparer.Ordinal)
    {
        "regime", "administration", "government",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The token after "regime" in "Asad regime" or "Asad's brutal regime" when a name is followed so, or null.</summary>
    private int? RuledBy(Document document, int after)
    {
        int k = after;
        if (IsPossessive(document, k))
        {
            k++;
        }

        for (int limit = k + 2; k < document.Tokens.Length && k <= limit; k++)
        {
            var word = document.Slice(document.Tokens[k].Span);
            if (RuleNouns.Contains(word))
            {
                return k + 1;
            }

            if (document.Tokens[k].Kind != TokenKind.Word || !char.IsLower(word[0]) || english.Find(word) is not (null or { Pos: "ADJ" }))
            {
                return null;
            }
        }

        return null;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechVerbs = new HashSet<string>(StringComparer.Ordinal)
    {
        "said", "says", "told", "added", "noted", "explained", "stated", "wrote", "asked", "recalled",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>"Davis said", "said Burns.": a one-word name right before or after a verb of saying.</summary>
    private static bool IsSpeaker(Document document, int first, int end)
    {
        var tokens = document.Tokens;
        bool before = first > 0 && SpeechVerbs.Contains(document.Slice(tokens[first - 1].Span))
            && (end >= tokens.Length || tokens[end].Kind == TokenKind.Punctuation);
        bool after = end < tokens.Length && SpeechVerbs.Contains(document.Slice(tokens[end].Span));
        return before || after;
    }

    /// <summary>The lexicon entries of a document's tokens, each looked up once: a bare group is tried from every word,
    /// so a word is otherwise looked up again from each of the words before it.</summary>
    private sealed class TokenWords(EnglishLexicon english, EntityLexicon lexicon, Document document)
    {
        private const byte Unknown = 0, Head = 1, NotHead = 2;

        // The shortest collective or description noun ("men").
        private const int MinHeadLength = 3;

        private readonly WordInfo?[] _entries = new WordInfo?[document.Tokens.Length];
        private readonly bool[] _found = new bool[document.Tokens.Length];
        private readonly byte[] _heads = new byte[document.Tokens.Length];

        public WordInfo? Find(int token)
        {
            if (!_found[token])
            {
                _entries[token] = english.Find(document.Slice(document.Tokens[token].Span));
                _found[token] = true;
            }

            return _entries[token];
        }

        /// <summary>True when a token in [first, end) is a collective or description noun: only then can a group or a
        /// description start at first, so most tokens are passed over after one look at each word.</summary>
        public bool HeadWithin(int first, int end)
        {
            for (int k = first; k < end; k++)
            {
                if (_heads[k] == Unknown)
                {
                    var token = document.Tokens[k];
                    _heads[k] = token.Kind == TokenKind.Word && token.Span.Length >= MinHeadLength && IsHead(document.Slice(token.Span)) ? Head : NotHead;
                }

                if (_heads[k] == Head)
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsHead(ReadOnlySpan<char> word)
        {
            if (lexicon.GroupNounSector(word) is not null)
            {
                return true;
            }

            if (word.Length > 64 || !char.IsUpper(word[0]))
            {
                return lexicon.DescriptionType(word) is not null;
            }

            Span<char> lower = stackalloc char[word.Length];
            word.CopyTo(lower);
            lower[0] = char.ToLowerInvariant(lower[0]);
            return lexicon.DescriptionType(lower) is not null;
        }
    }

    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        int letters = 0;
        foreach (char c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters >= 2;
    }
}
