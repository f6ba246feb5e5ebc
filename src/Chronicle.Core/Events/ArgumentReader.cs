using System.Collections.Immutable;
using Chronicle.Documents;
using Chronicle.Language;

namespace Chronicle.Events;

/// <summary>Reads an event's actors and recipients from its clause: subject and object, "by" agents, passive voice, modifiers.</summary>
internal sealed class ArgumentReader(TokenText words, MentionIndex mentions, EnglishLexicon english)
{
    private static readonly HashSet<string> Locatives = new(StringComparer.Ordinal)
    {
        "in", "near", "outside", "at", "across", "around", "inside", "within", "throughout", "into", "toward", "towards",
        "from", "northern", "southern", "eastern", "western", "central",
    };

    private static readonly HashSet<string> BeForms = new(StringComparer.Ordinal)
    {
        "was", "were", "been", "being", "is", "are", "be", "got", "get", "gets", "'s", "'re",
    };

    private static readonly HashSet<string> LightVerbs = new(StringComparer.Ordinal)
    {
        "carried", "carrying", "carry", "carries", "launched", "launching", "launch", "conducted", "conducting", "took",
        "taken", "taking", "staged", "staging", "mounted", "claimed", "led", "leading", "planning", "planned", "ordered",
        "executed", "made", "held", "holding", "imposed", "announced", "signed", "opened", "claim", "claims", "claimed",
        "claiming", "affirmed", "expressed", "voiced", "pledged", "offered", "issued", "providing", "provided", "provide", "provides",
        "delivered", "delivering", "gave", "giving", "sent", "sending",
    };

    // "sites used by the militia": the owner of what was hit is the recipient.
    private static readonly HashSet<string> Ownership = new(StringComparer.Ordinal)
    {
        "used", "operated", "owned", "held", "controlled", "run", "belonging", "manned",
    };

    private static readonly HashSet<string> PatientNouns = new(StringComparer.Ordinal)
    {
        "killing", "assassination", "execution", "arrest", "detention", "kidnapping", "abduction", "release", "custody",
        "imprisonment",
    };

    // Words that end the search for an object before any is found: "killed in what officials describe", "arrested during".
    private static readonly HashSet<string> ObjectStops = new(StringComparer.Ordinal)
    {
        "that", "which", "who", "where", "while", "what", "when", "during", "as", "because", "after", "before",
        "since", "until", "amid", "despite",
    };

    // "met in the C.A.R.'s capital": after a verb, these open where it happened, not whom it was done to.
    private static readonly HashSet<string> PlaceMarkers = new(StringComparer.Ordinal)
    {
        "in", "near", "inside", "outside", "across", "throughout", "within",
    };

    private static readonly HashSet<string> NounTargets = new(StringComparer.Ordinal)
    {
        "against", "on", "of", "at", "targeting", "to", "with", "into", "over", "upon", "for",
    };

    private static readonly HashSet<string> PersonPronouns = new(StringComparer.Ordinal) { "he", "she", "his", "her", "him" };

    private static readonly HashSet<string> GroupPronouns = new(StringComparer.Ordinal) { "they", "it", "its", "their", "them" };

    public TokenText Words => words;

    public (ImmutableArray<EntityId> Actors, ImmutableArray<EntityId> Recipients) Read(
        Sentence sentence, Clause clause, int first, int end, Trigger trigger)
    {
        var pos = trigger.PartOfSpeech;
        var actors = new List<Entity>();
        var recipients = new List<Entity>();
        if (pos == TriggerPos.Verb && IsPassive(first, end))
        {
            AddIfAny(actors, AgentAfterBy(end, clause.End) ?? ExpelledFrom(end, clause.End));
            recipients.AddRange(Subject(sentence, clause, first));
        }
        else if (pos == TriggerPos.Verb)
        {
            // ", killing two", "an airstrike targeting his location": a participle clause shares the subject of the
            // clause or the noun it hangs on, which its own event supplies.
            bool participle = first > sentence.FirstToken && words.Lower(first).EndsWith("ing", StringComparison.Ordinal)
                && (words.Lower(first - 1) == "," || (mentions.At(first - 1) is null && words.IsWord(first - 1) && !BeForms.Contains(words.Lower(first - 1))
                    && english.Find(words.Lower(first - 1)) is { Pos: "NOUN" }));
            if (!participle)
            {
                actors.AddRange(Subject(sentence, clause, first));
            }

            recipients.AddRange(Right(end, clause.End));
        }
        else
        {
            // "the convoy came under attack": the subject is the target; "it came under attack" names none here, and the
            // name before "it" ("was carrying 450 passengers when it came under attack") is not the one attacked.
            if (first > clause.Start && words.Lower(first - 1) == "under")
            {
                if (!Enumerable.Range(Math.Max(clause.Start, first - 4), first - Math.Max(clause.Start, first - 4)).Any(k => words.Lower(k) == "it"))
                {
                    AddIfAny(recipients, Left(sentence, clause, first));
                }
            }

            // "al-Rufay'i's killing", "Mhlanga's arrest": the possessive of an act done to someone is its target, unless
            // the target follows ("Boko Haram's abduction of 276 schoolgirls").
            else if (PatientNouns.Contains(trigger.Lemma) && !(end < clause.End && words.Lower(end) == "of"))
            {
                AddIfAny(actors, AgentAfterBy(end, clause.End) ?? LightVerbSubject(sentence, clause, first));
                AddIfAny(recipients, Modifier(first));
            }
            else
            {
                AddIfAny(actors, AgentAfterBy(end, clause.End) ?? Modifier(first) ?? LightVerbSubject(sentence, clause, first));
            }

            // A noun's target follows a preposition ("strikes on X", "action against X"); a name after it otherwise belongs
            // to something else ("war veteran and politician X").
            if (end < clause.End && (NounTargets.Contains(words.Lower(end)) || NounTargets.Contains(trigger.Words[^1])))
            {
                // "the withdrawal of U.S. and NATO troops": who withdraws is what the withdrawal is of.
                var target = trigger.Type == EventType.Retreat && words.Lower(end) == "of" ? actors : recipients;
                target.AddRange(Right(end, clause.End));
            }
        }

        // "X and Y met" is coded as "X met Y": a meeting is a dyad, whichever way the sentence puts it.
        if (trigger.Type == EventType.Consult && actors.Count > 1)
        {
            recipients.InsertRange(0, actors.Skip(1));
            actors.RemoveRange(1, actors.Count - 1);
        }

        recipients.RemoveAll(r => actors.Contains(r));
        return ([.. actors.Distinct().Select(a => a.Id)], [.. recipients.Distinct().Select(r => r.Id)]);
    }

    private static void AddIfAny(List<Entity> list, Entity? entity)
    {
        if (entity is not null)
        {
            list.Add(entity);
        }
    }

    private static readonly HashSet<string> IrregularParticiples = new(StringComparer.Ordinal)
    {
        "shot", "hit", "struck", "held", "met", "sent", "led", "fought", "caught", "put", "cut", "slain", "overrun", "seen",
    };

    // "were killed", "has been detained", "were either neutralized or captured", but not "are pleading" or "is
    // threatening": only a participle is passive. So is one that opens a clause and takes no object ("X is dead, killed
    // in an airstrike"), unlike "stormed the hotel, killed five".
    private bool IsPassive(int first, int end)
    {
        if (!IsParticiple(words.Lower(first)))
        {
            return false;
        }

        if (first > 0 && words.Lower(first - 1) == "," && (end >= words.Document.Tokens.Length || !words.IsWord(end)
            || words.Lower(end) is "in" or "by" or "on" or "at" or "during" or "near" or "when" or "while" or "after" or "last" or "earlier"))
        {
            return true;
        }

        int limit = Math.Max(0, first - 3);
        for (int t = first - 1; t >= limit; t--)
        {
            string word = words.Lower(t);
            if (BeForms.Contains(word))
            {
                return true;
            }

            if (word is "and" or "or" && t > 0 && IsParticiple(words.Lower(t - 1)))
            {
                limit = Math.Max(0, t - 4);
                t--;
                continue;
            }

            if (!words.IsWord(t))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsParticiple(string verb) =>
        verb.EndsWith("ed", StringComparison.Ordinal) || verb.EndsWith("en", StringComparison.Ordinal)
        || verb.EndsWith("wn", StringComparison.Ordinal) || IrregularParticiples.Contains(verb);

    private static readonly HashSet<string> Expulsions = new(StringComparer.Ordinal)
    {
        "expelled", "deported", "suspended", "dismissed", "ousted", "banned", "barred", "removed", "ejected",
    };

    // "was expelled from the party": who expels is what one is expelled from.
    private Entity? ExpelledFrom(int end, int stop)
    {
        if (end + 1 >= stop || words.Lower(end) != "from" || !Expulsions.Contains(words.Lower(end - 1)))
        {
            return null;
        }

        int t = words.Lower(end + 1) == "the" ? end + 2 : end + 1;
        return t < stop && mentions.At(t) is { Type: EntityType.Org or EntityType.Gpe or EntityType.Person } body ? body : null;
    }

    // "attacked by Iranian proxies", "targeted by a U.S. strike".
    private Entity? AgentAfterBy(int end, int stop)
    {
        for (int t = end; t < stop && t < end + 4; t++)
        {
            if (words.Lower(t) != "by")
            {
                continue;
            }

            return CandidateWithin(t + 1, stop);
        }

        return null;
    }

    private Entity? CandidateWithin(int start, int stop)
    {
        for (int a = start; a < stop && a < start + 5; a++)
        {
            if (Candidate(a) is { } entity)
            {
                return entity;
            }
        }

        return null;
    }

    // "hit a compound in Hodeidah used by Liwa al-Bahr", "bases belonging to the militia": a participle phrase after a
    // place that was hit names who uses it, and the user is the recipient rather than the place.
    private Entity? UserOfSite(int after, int stop)
    {
        for (int t = after; t + 1 < stop && t < after + 6; t++)
        {
            string word = words.Lower(t);
            if (Ownership.Contains(word))
            {
                return words.Lower(t + 1) == "by" || (word == "belonging" && words.Lower(t + 1) == "to") ? CandidateWithin(t + 2, stop) : null;
            }

            if (word is "," or "that" or "which" or "and" || IsVerb(t))
            {
                return null;
            }
        }

        return null;
    }

    // "a U.S. strike", "Israeli airstrikes", "the BLA's attack".
    private Entity? Modifier(int first)
    {
        for (int t = first - 1; t >= Math.Max(0, first - 4); t--)
        {
            // "a Turkish offensive": a nationality acting stands for its country when the text names it.
            if (Candidate(t) is { } entity)
            {
                return entity is { Type: EntityType.Norp, Country: { } country } && mentions.Country(country) is { } named ? named : entity;
            }

            // "Boko Haram's 2014 abduction": a year between the owner and the act.
            string word = words.Lower(t);
            if (words.Document.Tokens[t].Kind != TokenKind.Number
                && word is not ("a" or "an" or "the" or "'s" or "new" or "latest" or "deadly" or "recent" or "overnight" or "joint"))
            {
                return null;
            }
        }

        return null;
    }

    // "U.S. forces carried out a series of airstrikes": the subject of the light verb before the noun.
    private Entity? LightVerbSubject(Sentence sentence, Clause clause, int first)
    {
        for (int t = first - 1; t >= clause.Start; t--)
        {
            // "Intelligence ... led to the arrest": a cause, not someone who arrested.
            if (LightVerbs.Contains(words.Lower(t)) && words.Lower(t + 1) != "to")
            {
                return Left(sentence, clause, t);
            }
        }

        return null;
    }

    /// <summary>The subject before a verb with the names coordinated with it: "Cameroon and C.A.R. officials met", "he and his colleague X were arrested".</summary>
    private List<Entity> Subject(Sentence sentence, Clause clause, int before)
    {
        // "U.S. officials have blamed the Taliban and called on ...": the second verb shares the first one's subject.
        int and = before - 1;
        while (and > clause.Start && words.Lower(and) is "also" or "then" or "later" or "subsequently")
        {
            and--;
        }

        if (and > clause.Start && words.Lower(and) == "and")
        {
            for (int verb = and - 1; verb > clause.Start; verb--)
            {
                if (mentions.At(verb) is null && english.Find(words.Lower(verb)) is { Pos: "VERB" } && !words.Lower(verb).EndsWith("ing", StringComparison.Ordinal))
                {
                    return Subject(sentence, clause, verb);
                }
            }
        }

        var subject = new List<Entity>();
        if (Left(sentence, clause, before, out int start) is not { } head)
        {
            return subject;
        }

        subject.Add(head);
        while (start > clause.Start && subject.Count < 8)
        {
            // "his colleague X": a possessive and a noun before the name are part of it.
            int t = start - 1;
            if (t - 1 > clause.Start && words.Lower(t - 1) is "his" or "her" or "their" or "its" && words.IsWord(t) && mentions.At(t) is null)
            {
                t -= 2;
            }

            while (t > clause.Start && words.Lower(t) is "the" or "a" or "an")
            {
                t--;
            }

            if (t <= clause.Start || words.Lower(t) is not ("and" or ","))
            {
                break;
            }

            string word = words.Lower(t - 1);
            if (PersonPronouns.Contains(word) || GroupPronouns.Contains(word))
            {
                AddIfAny(subject, ResolvePronoun(word, t - 1));
                break;
            }

            if (Participant(t - 1, clause.Start) is not { } conjunct)
            {
                break;
            }

            if (PrepositionBefore(mentions.MentionStart(t - 1), clause.Start) is { } preposition && !StandsFor(preposition))
            {
                // "104 passengers, including 58 men, 31 women and 15 children, were rescued": the list gives examples of
                // the subject before it.
                int whole = words.Lower(preposition - 1) == "," ? preposition - 2 : preposition - 1;
                if (words.Lower(preposition) == "including" && whole > clause.Start && Participant(whole, clause.Start) is { } included)
                {
                    subject = [included];
                }

                break;
            }

            subject.Insert(0, conjunct);
            start = mentions.MentionStart(t - 1);
        }

        return subject;
    }

    private Entity? Left(Sentence sentence, Clause clause, int before) => Left(sentence, clause, before, out _);

    /// <summary>The nearest actor-like mention left of a position in the clause, a relative pronoun's antecedent, or a resolved pronoun.</summary>
    private Entity? Left(Sentence sentence, Clause clause, int before, out int at)
    {
        at = -1;

        for (int t = before - 1; t >= clause.Start; t--)
        {
            // "the banned separatist militant outfit said": the group it refers back to.
            if (GroupHeads.Contains(words.Lower(t)))
            {
                for (int the = t - 1; the >= clause.Start && the >= t - 5; the--)
                {
                    if (Described(the) is { } described && described.End == t + 1)
                    {
                        at = the;
                        return described.Entity;
                    }
                }
            }

            if (Participant(t, clause.Start) is { } entity)
            {
                int start = mentions.MentionStart(t);

                // "In a statement to media, the group said": the object of a preposition is not the subject, unless
                // what it is of stands for it ("leaders from China will meet").
                if (PrepositionBefore(start, clause.Start) is { } preposition && !StandsFor(preposition))
                {
                    t = start;
                    continue;
                }

                // "Al-Shabab, a U.S.-designated terrorist group, claimed": the subject is before the apposition.
                at = start;
                if (AppositionHead(clause, t, before) is { } head)
                {
                    at = mentions.MentionStart(head.Start);
                    return head.Entity;
                }

                return NameOf(entity, start, t);
            }

            string word = words.Lower(t);
            if (PersonPronouns.Contains(word) || GroupPronouns.Contains(word))
            {
                return ResolvePronoun(word, t);
            }
        }

        // "the headquarters ... which was targeted": the relative clause's antecedent ("that" is too often "noted that").
        if (clause.Opener >= 0 && words.Lower(clause.Opener) is "which" or "who")
        {
            for (int t = clause.Opener - 1; t >= sentence.FirstToken; t--)
            {
                if (Candidate(t) is { } entity)
                {
                    return entity;
                }
            }
        }

        return null;
    }

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "to", "in", "from", "with", "at", "on", "for", "of", "against", "into", "near", "over", "about", "including",
        "like", "than", "toward", "towards", "among", "between", "during", "through", "via", "without", "inside", "outside",
        "across", "upon", "within",
    };

    // The preposition a mention is the object of ("to the media", "including Amnesty International"), if any.
    private int? PrepositionBefore(int start, int limit)
    {
        int p = start - 1;
        while (p > limit && words.Lower(p) is "the" or "a" or "an")
        {
            p--;
        }

        return p >= limit && p >= 0 && Prepositions.Contains(words.Lower(p)) ? p : null;
    }

    // A candidate, or a country or city that a description is from ("leaders from Kenya"), though named as a location.
    private Entity? Participant(int token, int limit) =>
        Candidate(token) ?? (mentions.At(token) is { Place: not null } place && PrepositionBefore(mentions.MentionStart(token), limit) is { } preposition
            && StandsFor(preposition) ? place : null);

    // "leaders from China", "members of Hamas": a plain noun of or from a name stands for the name.
    private bool StandsFor(int preposition) =>
        words.Lower(preposition) is "of" or "from" && preposition > 0 && (mentions.At(preposition - 1) is { } described
            ? !IsNamed(described)
            : words.IsWord(preposition - 1) && char.IsLower(words.First(preposition - 1)) && english.Find(words.Lower(preposition - 1)) is { Pos: "NOUN" });

    // "Hamas", "U.S. forces" name someone; "militants", "security officials" describe them.
    private static bool IsNamed(Entity entity) =>
        entity.Name.LastIndexOf(' ') + 1 is var head && head < entity.Name.Length && !char.IsLower(entity.Name[head]);

    // What a description subject stands for, when the sentence names it: "his administration" (whom the possessive stands
    // for), "BLA insurgents" (a name right before it), "a militia called the anti-Balaka" (a name it is called).
    private Entity NameOf(Entity entity, int start, int last)
    {
        // "his administration", "its forces": the one the possessive stands for.
        if (words.Lower(start) is "his" or "her" or "its" or "their" && ResolvePronoun(words.Lower(start), start) is { } owner)
        {
            return owner;
        }

        if (IsNamed(entity))
        {
            return entity;
        }

        if (start > 0 && mentions.At(start - 1) is { Type: EntityType.Org } modifier && IsNamed(modifier))
        {
            return modifier;
        }

        int after = last + 1;
        while (after < words.Document.Tokens.Length && mentions.At(after) == entity)
        {
            after++;
        }

        if (after + 1 < words.Document.Tokens.Length && words.Lower(after) is "called" or "named")
        {
            int name = words.Lower(after + 1) == "the" ? after + 2 : after + 1;
            if (name < words.Document.Tokens.Length && Candidate(name) is { } called)
            {
                return called;
            }
        }

        return entity;
    }

    private (Entity Entity, int Start)? AppositionHead(Clause clause, int found, int before)
    {
        int open = mentions.MentionStart(found) - 1;
        while (open > clause.Start && words.Lower(open) is "a" or "an" or "the")
        {
            open--;
        }

        bool closed = Enumerable.Range(found + 1, Math.Max(0, before - found - 1)).Any(t => words.Lower(t) == ",");
        if (open <= clause.Start || words.Lower(open) != "," || !closed)
        {
            return null;
        }

        return Candidate(open - 1) is { } head ? (head, open - 1) : null;
    }

    private Entity? ResolvePronoun(string pronoun, int at)
    {
        bool person = PersonPronouns.Contains(pronoun);
        for (int t = at - 1; t >= 0 && t > at - 80; t--)
        {
            if (Candidate(t) is { } entity && (person ? entity.Type == EntityType.Person : entity.Type is EntityType.Org or EntityType.Gpe))
            {
                // "they" refers back to a subject or an object, not to a name in a prepositional phrase or a possessive.
                int start = mentions.MentionStart(t);
                if (PrepositionBefore(start, 0) is null && words.Lower(t + 1) != "'s")
                {
                    return entity;
                }

                t = start;
            }
        }

        return null;
    }

    private IEnumerable<Entity> Right(int after, int stop)
    {
        var found = new List<Entity>();

        // "threatened to close or suspend U.S. operations": the target of an act announced is the object of the verbs after "to".
        int end = after;
        if (end + 1 < stop && words.Lower(end) == "to" && IsVerb(end + 1))
        {
            end += 2;
            while (end + 1 < stop && words.Lower(end) is "or" or "and" && IsVerb(end + 1))
            {
                end += 2;
            }
        }

        // Before any preposition, the object may be a place or a building: "attacked villages", "stormed the hotel".
        bool direct = true;
        for (int t = end; t < stop && t < end + 15; t++)
        {
            string word = words.Lower(t);

            // "killed and injured 1,000 fighters": the object follows both verbs.
            if (t == end && word is "and" or "or" && t + 1 < stop && english.Find(words.Lower(t + 1)) is { Pos: "VERB" })
            {
                t++;
                continue;
            }

            // A name is never a verb that ends the object, though it may be spelled as one ("strikes against IS"), and
            // neither is a participle after an article ("the continuing brutality of the military").
            bool named = mentions.At(t) is not null;
            bool modifier = t > end && words.Lower(t - 1) is "the" or "a" or "an" or "its" or "their" or "his" or "her";
            // "the abduction of 276 schoolgirls from Chibok": after the object, "from" tells where they were.
            if (word is "that" or "which" or "who" or "where" or "while"
                || (found.Count == 0 && !named && (ObjectStops.Contains(word) || (t > end + 1 && word == "from")
                    || (t > end && !modifier && !Ownership.Contains(word) && english.Find(word) is { Pos: "VERB" or "AUX" }))))
            {
                break;
            }

            if (word == "by")
            {
                if (found.Count == 0 && t > end && Ownership.Contains(words.Lower(t - 1)) && AgentAfterBy(t, stop) is { } owner)
                {
                    found.Add(owner);
                }

                break;
            }

            if (found.Count == 0 && Described(t) is { } described)
            {
                found.Add(described.Entity);
                t = described.End - 1;
                break;
            }

            if ((Candidate(t) ?? (direct ? Site(t) : null)) is { } entity)
            {
                t = SkipMention(t);
                if (entity.Type is EntityType.Loc or EntityType.Fac && UserOfSite(t + 1, stop) is { } user)
                {
                    found.Add(user);
                    break;
                }

                // "the Syrian Kurdish militia, the YPG": a description, or a nationality qualifying one, gives way to the name
                // the description is given in apposition.
                found.Add((entity.Type == EntityType.Norp || !IsNamed(entity)) && Apposed(t + 1, stop) is { } apposed ? apposed : entity);

                // "against X and Y" keeps both; anything else ends the object.
                if (t + 1 < stop && words.Lower(t + 1) is "and" or "," && t + 2 < stop && Candidate(t + 2) is not null)
                {
                    continue;
                }

                break;
            }

            direct &= t == end || !Prepositions.Contains(word);

            // "arrested seven IS members", "killed \"1,000\" fighters": a count or a quotation mark before the object does
            // not end it.
            if (found.Count == 0 && !words.IsWord(t) && words.Document.Tokens[t].Kind != TokenKind.Number
                && words.First(t) is not ('\u2019' or '\'' or ',' or '"' or '\u201C' or '\u201D'))
            {
                break;
            }
        }

        return found;
    }

    private static readonly HashSet<string> GroupHeads = new(StringComparer.Ordinal)
    {
        "group", "militia", "outfit", "organization", "organisation", "movement", "faction", "insurgency",
    };

    // "the insurgent group", "the banned separatist militant outfit": a definite description of an armed or political
    // group refers back to the last group the text named.
    private (Entity Entity, int End)? Described(int t)
    {
        if (words.Lower(t) != "the")
        {
            return null;
        }

        for (int k = t + 1; k < words.Document.Tokens.Length && k <= t + 5 && words.IsWord(k); k++)
        {
            if (mentions.At(k) is { } entity && IsNamed(entity))
            {
                return null;
            }

            if (GroupHeads.Contains(words.Lower(k)))
            {
                for (int a = t - 1; a >= 0 && a > t - 150; a--)
                {
                    if (mentions.At(a) is { Type: EntityType.Org } named && IsNamed(named))
                    {
                        return (named, k + 1);
                    }
                }

                return null;
            }
        }

        return null;
    }

    // The name after the rest of a description and a comma: "(the Syrian) Kurdish militia, the YPG".
    private Entity? Apposed(int t, int stop)
    {
        for (int k = t; k < stop && k < t + 4; k++)
        {
            if (words.Lower(k) == ",")
            {
                int name = k + 1 < stop && words.Lower(k + 1) == "the" ? k + 2 : k + 1;
                return name < stop && Candidate(name) is { } apposed && IsNamed(apposed) ? apposed : null;
            }
        }

        return null;
    }

    // After "to", a plain lower-case word that opens no noun phrase is a verb ("to close", "to suspend").
    private bool IsVerb(int token) =>
        mentions.At(token) is null && words.IsWord(token) && char.IsLower(words.First(token))
        && english.Find(words.Lower(token)) is not { Pos: "DET" or "PRON" or "NUM" or "ADP" or "NOUN" or "PROPN" };

    private Entity? Site(int token) => mentions.At(token) is { Type: EntityType.Loc or EntityType.Fac } site ? site : null;

    private int SkipMention(int t)
    {
        var entity = mentions.At(t);
        while (t + 1 < words.Document.Tokens.Length && mentions.At(t + 1) == entity)
        {
            t++;
        }

        return t;
    }

    /// <summary>The entity at a token if it can take part in an event: not a place named as a location ("in Baghdad").</summary>
    private Entity? Candidate(int token)
    {
        if (mentions.At(token) is not { } entity || entity.Type is EntityType.Loc or EntityType.Fac)
        {
            return null;
        }

        // A region or a spot ("Middle Shabelle", "Kalat district") is where things happen, not who acts; a country or a
        // city can stand for its government ("Turkey", "Washington").
        return entity.Place is { } place && (IsLocative(token) || place.Precision is PlacePrecision.Admin1 or PlacePrecision.Point) ? null : entity;
    }

    /// <summary>
    /// True when a place mention at this token follows a locative preposition ("in Baghdad", "outside of Baghdad"),
    /// also through a possessive place ("in Iraq's Anbar desert") and the place's descriptors ("in the central town of X").
    /// </summary>
    public bool IsLocative(int token)
    {
        int start = mentions.MentionStart(token);
        for (int t = start - 1, steps = 0; t >= 0 && steps < 6; t--, steps++)
        {
            string word = words.Lower(t);
            if (Locatives.Contains(word))
            {
                return true;
            }

            if (word == "'s" && t > 0 && mentions.At(t - 1) is { } possessor)
            {
                // "in Iraq's Anbar desert", "in the C.A.R.'s capital": the possessor is in the same phrase.
                if (possessor.Place is not null)
                {
                    return IsLocative(t - 1);
                }

                t = mentions.MentionStart(t - 1);
                continue;
            }

            // "in Zimbabwe's capital, Harare": the name in apposition is where the description is.
            if (word == "," && t > 0 && words.Lower(t - 1) is "capital" or "city" or "town" or "village" or "province" or "region" or "district")
            {
                continue;
            }

            if (word is not ("the" or "of" or "town" or "city" or "village" or "region" or "province" or "district" or "state" or "capital"
                or "restive" or "northern" or "southern" or "eastern" or "western" or "central" or "northwestern" or "northeastern"
                or "southwestern" or "southeastern"))
            {
                return false;
            }
        }

        return false;
    }
}
