using System.Collections.Immutable;
using Chronicle.Documents;
using Chronicle.Language;
using Chronicle.Pipeline;
using Chronicle.Quotes;
using Chronicle.Time;

namespace Chronicle.Events;

/// <summary>Codes PLOVER events from trigger words: type, arguments, date, place, counts, modality, reporter and evidence.</summary>
public sealed class EventCoder(TriggerLexicon triggers, EnglishLexicon english) : IStage
{
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "another", "any", "no",
        "further", "new", "recent", "deadly", "latest", "several", "more", "first", "second", "last", "previous",
    };

    // Determiners and possessives that point back to an event already reported ("the strike", "his client's arrest").
    private static readonly HashSet<string> Definite = new(StringComparer.Ordinal)
    {
        "the", "this", "that", "these", "those", "his", "her", "their", "its", "'s",
    };

    private static readonly (string Word, string Mode, AcledType? Acled)[] Weapons =
    [
        ("drones", "aerial", new AcledType("Explosions/Remote violence", "Air/drone strike")),
        ("drone", "aerial", new AcledType("Explosions/Remote violence", "Air/drone strike")),
        ("warplanes", "aerial", new AcledType("Explosions/Remote violence", "Air/drone strike")),
        ("airstrike", "aerial", new AcledType("Explosions/Remote violence", "Air/drone strike")),
        ("airstrikes", "aerial", new AcledType("Explosions/Remote violence", "Air/drone strike")),
        ("suicide", "suicide-attack", new AcledType("Explosions/Remote violence", "Suicide bomb")),
        ("bomb", "explosives", new AcledType("Explosions/Remote violence", "Remote explosive/landmine/IED")),
        ("explosives", "explosives", new AcledType("Explosions/Remote violence", "Remote explosive/landmine/IED")),
        ("rockets", "explosives", new AcledType("Explosions/Remote violence", "Shelling/artillery/missile attack")),
        ("missiles", "explosives", new AcledType("Explosions/Remote violence", "Shelling/artillery/missile attack")),
        ("artillery", "explosives", new AcledType("Explosions/Remote violence", "Shelling/artillery/missile attack")),
        ("gunmen", "firearms", null),
        ("guns", "firearms", null),
        ("gunfire", "firearms", null),
    ];

    public string Name => "events";

    public Layer Requires => Layer.Sentences | Layer.Tokens | Layer.Entities | Layer.Places | Layer.Times | Layer.Quotes | Layer.Quantities;

    public Layer Assigns => Layer.Events;

    public Document Annotate(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var words = new TokenText(document);
        var mentions = new MentionIndex(document);
        var inTime = TimeTokens(document);
        var arguments = new ArgumentReader(words, mentions, english);
        var placing = new EventPlacing(document, mentions, arguments);
        var dating = new EventDating(document);
        var candidates = new List<EventCandidate>();
        for (int s = 0; s < document.Sentences.Length; s++)
        {
            var sentence = document.Sentences[s];
            if (InTitle(document, sentence) || IsQuestion(words, sentence))
            {
                continue;
            }

            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                // Words of names ("Popular Mobilization Forces") and of dates ("March 2") are never event words.
                if (mentions.At(t) is not null || inTime[t] || Match(words, sentence, t) is not { } match)
                {
                    continue;
                }

                if (!IsDenial(words, sentence, t, match) && !IsAggregate(words, sentence, t) && !IsOngoing(words, sentence, t, match) && !IsGeneric(words, sentence, t)
                    && !IsAdjectival(words, sentence, t, match) && !IsOtherSense(words, sentence, t, match))
                {
                    bool charged = candidates.Count > 0 && IsChargedAct(words, candidates[^1], s, t);
                    candidates.Add(Code(words, s, sentence, t, match, arguments, placing, dating, charged));
                }

                t += match.Words.Length - 1;
            }
        }

        var events = EventMerger.Merge(document, candidates)
            .Select((c, i) => ToEvent(c, i + 1))
            .ToImmutableArray();
        return document.WithEvents(events);
    }

    // Words after which an act is named, not done: "came under attack", "carried out attacks", "launched strikes".
    private static readonly HashSet<string> LightVerbs = new(StringComparer.Ordinal)
    {
        "under", "out", "launched", "launching", "launch", "conducted", "conducting", "conduct", "staged", "staging", "mounted",
        "mounting",
    };

    private static readonly HashSet<string> Allegations = new(StringComparer.Ordinal)
    {
        "accusation", "accusations", "allegation", "allegations", "charge", "charges", "claim", "claims", "report", "reports",
        "involvement", "responsibility",
    };

    private static readonly HashSet<string> Denials = new(StringComparer.Ordinal)
    {
        "rejected", "rejects", "denied", "denies", "deny", "dismissed", "dismisses", "refuted", "disputed",
    };

    // "rejected the accusations", "denied the allegations": a denial is a statement, neither a refusal nor an accusation.
    private static bool IsDenial(TokenText words, Sentence sentence, int t, Trigger trigger)
    {
        if (trigger.Type is EventType.Reject or EventType.Accuse && Denials.Contains(words.Lower(t)))
        {
            for (int k = t + 1; k < sentence.EndToken && k < t + 4; k++)
            {
                if (Allegations.Contains(words.Lower(k)))
                {
                    return true;
                }
            }
        }

        return trigger.Type == EventType.Accuse && trigger.PartOfSpeech == TriggerPos.Noun
            && Enumerable.Range(Math.Max(sentence.FirstToken, t - 3), Math.Min(3, t - sentence.FirstToken))
                .Any(k => Denials.Contains(words.Lower(k)));
    }

    private static readonly HashSet<string> LongPeriods = new(StringComparer.Ordinal)
    {
        "year", "years", "decade", "decades",
    };

    // "Since 2009, hundreds of people have been killed", "In the past two years, journalists have been detained": a tally
    // over a period is background, not an event. Weeks are not long enough ("in recent weeks, forces have been attacked"
    // reports a run of events still current).
    private static bool IsAggregate(TokenText words, Sentence sentence, int t)
    {
        bool period = false;
        for (int k = sentence.FirstToken; k < t; k++)
        {
            string word = words.Lower(k);
            period |= (word == "since" && k + 1 < t && words.Document.Tokens[k + 1].Kind == TokenKind.Number) || IsLongPastPeriod(words, k, t);
            if (period && word is "have" or "has" && k + 1 < t && words.Lower(k + 1) == "been")
            {
                return true;
            }
        }

        return false;
    }

    // "The group has been fighting an insurgency, accusing the government of ...": the perfect progressive tells of an
    // activity that goes on, and so do the participles that go with it; neither is one event.
    private static bool IsOngoing(TokenText words, Sentence sentence, int t, Trigger trigger)
    {
        if (trigger.PartOfSpeech != TriggerPos.Verb || !words.Lower(t).EndsWith("ing", StringComparison.Ordinal))
        {
            return false;
        }

        for (int k = sentence.FirstToken; k < t; k++)
        {
            if (words.Lower(k) is "has" or "have")
            {
                int been = k + 1 < t && words.Lower(k + 1).EndsWith("ly", StringComparison.Ordinal) ? k + 2 : k + 1;
                if (been < t && words.Lower(been) == "been" && words.Lower(been + 1).EndsWith("ing", StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "the past two years", "the last decade", "past several years".
    private static bool IsLongPastPeriod(TokenText words, int k, int end)
    {
        if (words.Lower(k) is not ("past" or "last"))
        {
            return false;
        }

        int unit = k + 1;
        if (unit < end && (words.Document.Tokens[unit].Kind == TokenKind.Number || words.Lower(unit) is "few" or "several" or "two" or "three" or "many"))
        {
            unit++;
        }

        return unit < end && words.IsAny(unit, LongPeriods);
    }

    // Words before an act that make it a kind of thing that happens rather than one that happened: "regular attacks",
    // "past attacks", "other recent bombings", "a wave of kidnappings" (but not "a series of strikes": one operation), "the number of attacks", "routinely detained".
    private static readonly HashSet<string> GenericMarkers = new(StringComparer.Ordinal)
    {
        "regular", "frequent", "repeated", "routine", "constant", "past", "other", "such", "wave", "spate", "number",
        "rise", "increase", "surge", "regularly", "frequently", "routinely", "often", "usually",
        "typically", "habitually", "sometimes", "constantly", "continuous", "persistent", "incessant", "recurring", "relentless",
    };

    // Only adjectives, adverbs, "of" and "in" may stand between the marker and the act ("other recent", "a wave of").
    private static readonly HashSet<string> GenericGaps = new(StringComparer.Ordinal)
    {
        "of", "in", "recent", "deadly", "violent", "such", "armed", "terrorist", "militant", "similar",
    };

    // A plural act after a generic marker, or any act after a frequency adverb, names what is done in general, not one
    // event. After an adjective a plural is a noun whatever the word before it made the trigger ("regular attacks").
    private static bool IsGeneric(TokenText words, Sentence sentence, int t)
    {
        for (int k = t - 1; k >= sentence.FirstToken && k >= t - 4; k--)
        {
            string word = words.Lower(k);
            if (GenericMarkers.Contains(word))
            {
                return words.Lower(t).EndsWith('s') || word.EndsWith("ly", StringComparison.Ordinal) || word is "often" or "sometimes";
            }

            if (!GenericGaps.Contains(word))
            {
                return false;
            }
        }

        return false;
    }

    private static readonly HashSet<string> ModifierSlots = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "this", "these", "those", "its", "their", "his", "her", "our", "of", "behind", "among",
        "with", "for", "from", "by", "to", "on", "at", "in", "newly", "recently", "reportedly", "already",
    };

    // "the banned separatist outfit", "17 injured people", "behind closed doors": a participle before a noun describes
    // it rather than reporting an act.
    private bool IsAdjectival(TokenText words, Sentence sentence, int t, Trigger trigger)
    {
        if (trigger.PartOfSpeech != TriggerPos.Verb || trigger.Words.Length != 1 || t + 1 >= sentence.EndToken
            || !words.Lower(t).EndsWith("ed", StringComparison.Ordinal) || t == sentence.FirstToken)
        {
            return false;
        }

        // ... also after a verb of which it qualifies the object ("transporting injured civilians").
        bool slot = words.IsAny(t - 1, ModifierSlots) || words.Document.Tokens[t - 1].Kind == TokenKind.Number
            || (words.Lower(t - 1).EndsWith("ing", StringComparison.Ordinal) && english.Find(words.Lower(t - 1)) is null or { Pos: "VERB" });
        // A word the lexicon does not know is most often a noun or an adjective ("separatist"), rarely a verb.
        return slot && words.IsWord(t + 1) && char.IsLower(words.First(t + 1))
            && (IsNoun(words, t + 1) || english.Find(words.Lower(t + 1)) is null or { Pos: "ADJ" });
    }

    // "Where are the examples of killed journalists?", "He asked: 'Who is dead?'": a question asserts no act.
    private static bool IsQuestion(TokenText words, Sentence sentence)
    {
        for (int t = sentence.EndToken - 1; t >= sentence.FirstToken && t >= sentence.EndToken - 3; t--)
        {
            if (words.Lower(t) == "?")
            {
                return true;
            }

            if (words.IsWord(t))
            {
                return false;
            }
        }

        return false;
    }

    // "met with surprising success": meeting a reaction is no meeting.
    private static readonly HashSet<string> Reactions = new(StringComparer.Ordinal)
    {
        "success", "resistance", "criticism", "opposition", "skepticism", "scepticism", "approval", "disapproval", "condemnation",
        "outrage", "silence", "anger", "praise", "applause", "hostility", "indifference", "derision", "alarm", "concern",
        "suspicion", "enthusiasm", "failure", "protests", "objections", "disbelief", "dismay", "acclaim",
    };

    // "a video message released Sunday", "released a statement": what is released is published, not set free.
    private static readonly HashSet<string> Publications = new(StringComparer.Ordinal)
    {
        "message", "statement", "video", "report", "footage", "recording", "audio", "photo", "photos", "image", "images", "data",
        "figures", "results", "document", "documents", "book", "album", "film", "song", "list", "details", "names",
        "transcript", "letter", "findings", "budget", "plan", "guidelines", "version", "update", "tape", "clip",
    };

    // "condemns any violence", "condemned all attacks on civilians": a stance on acts in general targets no one.
    private static readonly HashSet<string> Quantifiers = new(StringComparer.Ordinal) { "any", "all", "every" };

    // Articles and the adjectives of degree that may come between a verb and its object ("met with surprising success").
    private static readonly HashSet<string> ObjectModifiers = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "its", "their", "his", "her", "surprising", "little", "some", "widespread", "mixed", "strong",
        "fierce", "stiff", "limited", "great", "considerable", "new",
    };

    // Words whose event sense the context rules out.
    private bool IsOtherSense(TokenText words, Sentence sentence, int t, Trigger trigger)
    {
        int end = t + trigger.Words.Length;
        return trigger.Type switch
        {
            EventType.Consult when words.Lower(t) == "met" => words.IsAny(ObjectOf(words, sentence, trigger.Words.Length > 1 ? end : end + 1), Reactions)
                && (trigger.Words.Length > 1 || (end < sentence.EndToken && words.Lower(end) == "with")),
            EventType.Retreat => words.Lower(t) == "released" && (words.IsAny(t - 1, Publications) || words.IsAny(ObjectOf(words, sentence, end), Publications)),
            EventType.Accuse => words.IsAny(end, Quantifiers),

            // "keep up with demand", "electricity demand": demand with no article or owner is the market's.
            EventType.Request when words.Lower(t) == "demand" && trigger.PartOfSpeech == TriggerPos.Noun =>
                NounPhraseStart(words, sentence, t, Determiners) < 0 && NounPhraseStart(words, sentence, t, Definite) < 0,
            _ => false,
        };
    }

    // The first word from here that is not an article or a modifier of degree: the head of an object.
    private static int ObjectOf(TokenText words, Sentence sentence, int t)
    {
        while (t < sentence.EndToken - 1 && words.IsAny(t, ObjectModifiers))
        {
            t++;
        }

        return t;
    }

    // A headline restates the body's main event without its details, so events are coded from the body alone.
    private static bool InTitle(Document document, Sentence sentence) =>
        document.Article.Sections.Any(section => section.Kind == SectionKind.Title && section.Span.Contains(sentence.Span));

    private static bool[] TimeTokens(Document document)
    {
        var inTime = new bool[document.Tokens.Length];
        foreach (var time in document.Times)
        {
            for (int t = document.TokenAtOrAfter(time.Span.Start); t < inTime.Length && document.Tokens[t].Span.Start < time.Span.End; t++)
            {
                inTime[t] = true;
            }
        }

        return inTime;
    }

    /// <summary>The longest trigger starting at a token, its part of speech decided by the word before it.</summary>
    private Trigger? Match(TokenText words, Sentence sentence, int t)
    {
        if (!words.IsWord(t))
        {
            return null;
        }

        var forms = triggers.StartingWith(words.LowerInto(t, stackalloc char[32]));
        if (forms.Count == 0)
        {
            return null;
        }

        bool nounContext = t > sentence.FirstToken && (words.IsAny(t - 1, Determiners) || words.IsAny(t - 1, LightVerbs) || IsNameOrAdjective(words, t - 1)
            || (words.IsWord(t - 1) && english.Find(words.Lower(t - 1)) is { Pos: "ADJ" }) || NounPhraseStart(words, sentence, t, Determiners) >= 0);
        Trigger? fallback = null;
        foreach (var trigger in forms)
        {
            if (t + trigger.Words.Length > sentence.EndToken || !WordsMatch(words, t, trigger.Words))
            {
                continue;
            }

            if ((trigger.PartOfSpeech == TriggerPos.Noun) == nounContext)
            {
                return trigger;
            }

            fallback ??= trigger;
        }

        return fallback;
    }

    /// <summary>Where the noun phrase a word heads starts with one of these determiners, looking back over up to three
    /// modifiers ("the successful counterterrorism strike", "Saturday's multiple blasts"); -1 when it does not.</summary>
    private int NounPhraseStart(TokenText words, Sentence sentence, int t, IReadOnlySet<string> determiners)
    {
        for (int k = t - 1; k >= sentence.FirstToken && k >= t - 4; k--)
        {
            if (words.IsAny(k, determiners))
            {
                return k;
            }

            if (!IsModifier(words, k))
            {
                return -1;
            }
        }

        return -1;
    }

    // An adjective, a singular noun ("counterterrorism", "hotel") or a name ("the Kabul attack") before a noun. A plural
    // noun is not one ("the rebels attack"): it is the subject of a verb.
    private bool IsModifier(TokenText words, int k)
    {
        if (!words.IsWord(k))
        {
            return false;
        }

        if (char.IsUpper(words.First(k)))
        {
            return true;
        }

        string word = words.Lower(k);
        return english.Find(word) is { Pos: "ADJ" } or { Pos: "NOUN" } && !word.EndsWith('s');
    }

    private static bool IsNameOrAdjective(TokenText words, int t)
    {
        char first = words.First(t);
        return char.IsUpper(first) || words.Lower(t).EndsWith("'s", StringComparison.Ordinal)
            || words.Lower(t) is "'s" or "military" or "terrorist" or "militant" or "rebel" or "armed" or "israeli" or "u.s.";
    }

    private static bool WordsMatch(TokenText words, int t, string[] forms)
    {
        for (int k = 0; k < forms.Length; k++)
        {
            if (words.Lower(t + k) != forms[k])
            {
                return false;
            }
        }

        return true;
    }

    // "blamed several recent attacks on militants", "condemned Mhlanga's arrest", "accused the Taliban of plotting the
    // attack": what is charged names an act reported elsewhere or in general, not a new one.
    private static bool IsChargedAct(TokenText words, EventCandidate previous, int s, int t) =>
        previous.Sentence == s && previous.Trigger.Type is EventType.Accuse or EventType.Threaten or EventType.Reject
        && previous.Trigger.PartOfSpeech == TriggerPos.Verb
        && words.Document.Tokens[t].Span.Start - previous.TriggerSpan.End < 40;

    private EventCandidate Code(TokenText words, int s, Sentence sentence, int t, Trigger trigger, ArgumentReader arguments, EventPlacing placing, EventDating dating, bool charged)
    {
        var document = words.Document;
        int end = t + trigger.Words.Length;
        var span = new Span(document.Tokens[t].Span.Start, document.Tokens[end - 1].Span.End);
        var clause = Clause.Around(words, sentence, t, end);
        var (actors, recipients) = arguments.Read(sentence, clause, t, end, trigger);

        // "Troops were deployed": what is mobilised is the force acting, not a target.
        if (trigger.Type == EventType.Mobilize && actors.IsEmpty)
        {
            (actors, recipients) = (recipients, []);
        }
        var date = dating.Date(sentence, span.Start);
        var modality = ModalityReader.Read(words, sentence, clause, t);
        if (modality == Modality.Asserted && IsHistorical(document, date) && !IsPresentTense(words, t, trigger))
        {
            modality = Modality.Historical;
        }

        trigger = TerritorialSeizure(words, trigger, end, clause, recipients) ?? FacilityOccupation(words, sentence, trigger, end)
            ?? LegislativeTarget(words, sentence, t, trigger) ?? trigger;

        // "he said he would mobilise protests to push the president out": a hostile act the speaker says they will do is a
        // threat made now.
        if (modality is Modality.Future or Modality.Hypothetical && IsAnnouncedForce(words, sentence, clause, t, trigger))
        {
            trigger = Menace with { Words = trigger.Words };
            modality = Modality.Asserted;
            if (actors.IsEmpty && (document.SpeakerAt(span.Start) ?? document.ReporterOf(s)) is { } speaker)
            {
                actors = [speaker];
            }
        }

        // "will not give in to the demands", "refused to back down": not yielding is a refusal that took place.
        if (trigger.Type == EventType.Concede && modality is Modality.Negated)
        {
            trigger = Refusal with { Words = trigger.Words };
            modality = Modality.Asserted;
        }

        var (mode, acled) = ModeOf(words, sentence, trigger, recipients);
        var (dead, injured, arrested) = trigger.Type is EventType.Assault or EventType.Coerce ? CasualtyReader.Read(words, clause) : default;
        // "the strike", and "the convoy came under attack": told from the target's side, the act is usually one already
        // reported from the attacker's.
        int definite = trigger.PartOfSpeech == TriggerPos.Noun ? NounPhraseStart(words, sentence, t, Definite) : -1;
        bool anaphoric = (trigger.PartOfSpeech == TriggerPos.Noun && t > sentence.FirstToken && (definite >= 0 || words.Lower(t - 1) == "under"))
            || IsCasualtyReport(words, sentence, clause, t, trigger, actors);

        // A bare noun with nothing of its own ("the war", "a potential ceasefire", "his arrest") names an event rather
        // than reporting one: it may add evidence to an event already reported, but it does not start one. Nor does a
        // verbal act without a clear target ("asked aloud", "a warning"): the guidelines code only targeted ones.
        // An act with no one doing it or suffering it and nothing counted ("the case was adjourned", "the war") is not
        // who did what to whom, and a noun that is what someone asks for or charges ("urged a ceasefire", "condemned his
        // arrest") names an act rather than reporting one: either may add evidence to an event already reported, but it
        // does not start one.
        bool noun = trigger.PartOfSpeech == TriggerPos.Noun;
        bool nobody = actors.IsEmpty && recipients.IsEmpty && dead is null && injured is null && arrested is null
            && !HasCommonArgument(words, sentence, t, end, noun) && !IsDatedByPossessive(document, definite);
        bool unreported = noun || IsNonFinite(words, sentence, t);
        bool tookPlace = modality is Modality.Asserted or Modality.Historical or Modality.Claimed;
        bool weak = nobody || (unreported && tookPlace && (IsContentOfSpeechAct(words, sentence, t) || charged))
            || ((actors.IsEmpty || recipients.IsEmpty) && IsDescriptive(words, sentence, clause, t, trigger)) || (noun && IsRelationOrState(trigger, tookPlace))
            || (trigger.Type == EventType.Threaten && !IsThreat(words, sentence, t, trigger))
            || (trigger.Type == EventType.Accuse && actors.IsEmpty && IsPassive(words, sentence, t, trigger));
        double confidence = 0.5 + (actors.IsEmpty ? 0 : 0.15) + (recipients.IsEmpty ? 0 : 0.15) + (date?.From == DateSource.Text ? 0.1 : 0)
            + (trigger.PartOfSpeech == TriggerPos.Verb ? 0.05 : 0);
        return new EventCandidate
        {
            Trigger = trigger,
            Sentence = s,
            TriggerSpan = span,
            Anaphoric = anaphoric || weak,
            Plural = noun && words.Lower(end - 1).EndsWith('s') && !words.Lower(end - 1).EndsWith("ss", StringComparison.Ordinal),
            Weak = weak,
            Heads = [Head(trigger)],
            Mode = mode,
            Acled = acled,
            Actors = actors,
            Recipients = recipients,
            Date = date,
            Location = placing.Place(sentence, actors.AddRange(recipients)),
            Dead = dead,
            Injured = injured,
            Arrested = arrested,
            Modality = modality,
            Reporter = document.SpeakerAt(span.Start) ?? document.ReporterOf(s),
            Evidence = [sentence.Span],
            Confidence = confidence,
        };
    }

    private static readonly HashSet<string> RelativeWords = new(StringComparer.Ordinal) { "who", "whom", "which", "where", "whose" };

    // Nouns whose "that" opens what they say rather than a relative clause ("the claim that rebels attacked").
    private static readonly HashSet<string> ContentNouns = new(StringComparer.Ordinal)
    {
        "claim", "claims", "report", "reports", "statement", "news", "fear", "fears", "warning", "evidence", "sign", "signs",
        "fact", "belief", "hope", "idea", "possibility", "allegation", "allegations", "accusation", "accusations", "word",
        "suggestion", "assurance", "threat", "rumor", "rumors", "concern", "concerns",
    };

    private static readonly HashSet<string> ClauseStops = new(StringComparer.Ordinal)
    {
        ",", ";", ":", "\u2014", "\u2013", "--", "\"", "\u201c", "\u201d", "(", ")", "but", "said", "says",
    };

    // Prepositions a bare participle takes when it describes a noun: "a journalist arrested over his interviews",
    // "soldiers backed by African Union troops", "civilians killed in the raid".
    private static readonly HashSet<string> ParticiplePrepositions = new(StringComparer.Ordinal)
    {
        "by", "over", "in", "during", "at", "on", "for", "near", "after", "from", "while", "since",
    };

    // A relative clause ("militants who attacked a hotel", "a hotel where officials were meeting") or a bare participle
    // after a noun ("a journalist arrested over his interviews") tells who or what a noun is: the act is background, usually
    // reported elsewhere, unless the clause dates it ("the girls, who were kidnapped last Friday").
    private bool IsDescriptive(TokenText words, Sentence sentence, Clause clause, int t, Trigger trigger)
    {
        int opener = RelativeOpener(words, sentence, t);
        if (opener < 0 && IsBareParticiple(words, sentence, t, trigger))
        {
            opener = t;
        }

        int end = t + trigger.Words.Length;
        while (end < clause.End && !ClauseStops.Contains(words.Lower(end)))
        {
            end++;
        }

        return opener >= 0 && !HasTime(words.Document, opener, end);
    }

    private int RelativeOpener(TokenText words, Sentence sentence, int t)
    {
        for (int k = t - 1; k > sentence.FirstToken && k >= t - 10; k--)
        {
            string word = words.Lower(k);
            if (RelativeWords.Contains(word))
            {
                return word == "where" && !IsNoun(words, k - 1) ? -1 : k;
            }

            // "It was ten years ago this summer that ...": after a time "that" opens a cleft, not a relative clause.
            if (word == "that")
            {
                return IsNoun(words, k - 1) && !words.IsAny(k - 1, ContentNouns) && !InTime(words.Document, k - 1) ? k : -1;
            }

            if (ClauseStops.Contains(word))
            {
                return -1;
            }
        }

        return -1;
    }

    private bool IsBareParticiple(TokenText words, Sentence sentence, int t, Trigger trigger)
    {
        if (trigger.PartOfSpeech != TriggerPos.Verb || trigger.Words.Length != 1 || t + 1 >= sentence.EndToken || t - 2 < sentence.FirstToken
            || !words.Lower(t).EndsWith("ed", StringComparison.Ordinal) || !words.IsAny(t + 1, ParticiplePrepositions) || !IsNoun(words, t - 1))
        {
            return false;
        }

        // "Rebels attacked in the night" has its subject before it: only a noun that is itself an object or follows a
        // preposition is described ("the case of a journalist arrested over", "said the soldiers backed by").
        if (words.Lower(t + 1) == "by")
        {
            return true;
        }

        int k = t - 1;
        while (k > sentence.FirstToken && k > t - 6 && (IsNoun(words, k - 1) || words.IsAny(k - 1, Determiners) || !words.IsWord(k - 1)))
        {
            k--;
        }

        return k > sentence.FirstToken && (words.IsAny(k - 1, ModifierSlots) || english.Find(words.Lower(k - 1)) is { Pos: "VERB" or "ADP" });
    }

    // A lower-case noun, a name, or a plural of a noun the lexicon knows ("journalists").
    private bool IsNoun(TokenText words, int k)
    {
        if (k < 0 || !words.IsWord(k))
        {
            return false;
        }

        if (char.IsUpper(words.First(k)))
        {
            return true;
        }

        string word = words.Lower(k);
        return english.Find(word) is { Pos: "NOUN" or "PROPN" }
            || (word.Length > 3 && word.EndsWith('s') && english.Find(word.AsSpan(0, word.Length - 1)) is { Pos: "NOUN" });
    }

    private static bool InTime(Document document, int token)
    {
        var span = document.Tokens[token].Span;
        return document.Times.Any(time => time.Span.Start < span.End && time.Span.End > span.Start);
    }

    private static bool HasTime(Document document, int firstToken, int endToken)
    {
        int start = document.Tokens[firstToken].Span.Start;
        int end = document.Tokens[Math.Min(endToken, document.Tokens.Length) - 1].Span.End;
        return document.Times.Any(time => time.Span.Start >= start && time.Span.End <= end);
    }

    // "The C.A.R. accuses the rebels of ...", "is threatening": what is said now is not history, whatever dates the acts it
    // is about.
    private static bool IsPresentTense(TokenText words, int t, Trigger trigger)
    {
        string word = words.Lower(t);
        return trigger.PartOfSpeech == TriggerPos.Verb && trigger.Words.Length == 1
            && ((word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)) || (word.EndsWith("ing", StringComparison.Ordinal) && words.Lower(t - 1) is "is" or "are"));
    }

    private static bool IsPassive(TokenText words, Sentence sentence, int t, Trigger trigger) =>
        trigger.PartOfSpeech == TriggerPos.Verb && t > sentence.FirstToken && words.Lower(t - 1) is "was" or "were" or "been" or "being" or "is" or "are" or "be";

    private static readonly HashSet<string> Casualties = new(StringComparer.Ordinal) { "killed", "wounded", "injured", "hurt" };

    // "Two people were killed", "the leader was killed" with no one named doing it nor a day of its own: told from the
    // victims' side, the act is most often the attack already reported.
    private static bool IsCasualtyReport(TokenText words, Sentence sentence, Clause clause, int t, Trigger trigger, ImmutableArray<EntityId> actors) =>
        trigger.Type == EventType.Assault && actors.IsEmpty && Casualties.Contains(words.Lower(t)) && IsPassive(words, sentence, t, trigger)
        && !HasTime(words.Document, clause.Start, clause.End);

    // A deal, a ceasefire or a partnership is a relation that holds, and a war or conflict a state that goes on: named in
    // passing they are not acts; signing the deal or a strike in the war is ("signed an agreement" codes the signing).
    private static bool IsRelationOrState(Trigger trigger, bool tookPlace) =>
        trigger.Type is EventType.Agree or EventType.Cooperate || (tookPlace && trigger.Lemma is "conflict");

    private static readonly HashSet<string> SpeakerPronouns = new(StringComparer.Ordinal) { "he", "she", "it", "they", "we", "i" };

    // "warns that such measures could backfire" forecasts and "warned residents to stay indoors" advises; a warning threatens
    // when it says what the one warning will do or on what condition ("warned Israel that it would retaliate", "warned that
    // the bases are at risk if sanctions are imposed"), or warns someone off ("warned Iran not to attack"). "Warned of"
    // (retaliation, consequences) is a trigger of its own.
    private static bool IsThreat(TokenText words, Sentence sentence, int t, Trigger trigger)
    {
        int end = t + trigger.Words.Length;
        if (!words.Lower(t).StartsWith("warn", StringComparison.Ordinal))
        {
            return true;
        }

        if (words.Lower(end - 1) == "of")
        {
            return IsPunishment(words, sentence, end);
        }

        for (int k = end; k < sentence.EndToken; k++)
        {
            string word = words.Lower(k);
            if (word == "that")
            {
                return ThreatContent(words, sentence, k + 1);
            }

            // "warning Washington of severe consequences" (not "warned of a resurgence"), "warned Iran not to attack".
            if (word == "of" && k < end + 4)
            {
                return IsPunishment(words, sentence, k + 1);
            }

            if ((word == "not" && k + 1 < sentence.EndToken && words.Lower(k + 1) == "to") || word is "if" or "unless")
            {
                return true;
            }

            if (word is ";" or "." || !words.IsWord(k) && k == end)
            {
                return false;
            }
        }

        return false;
    }

    private static readonly HashSet<string> Punishments = new(StringComparer.Ordinal)
    {
        "consequences", "retaliation", "response", "reprisals", "reprisal", "action", "measures", "repercussions", "punishment",
        "sanctions", "countermeasures", "revenge", "war", "strikes", "force", "retribution",
    };

    private static bool IsPunishment(TokenText words, Sentence sentence, int from)
    {
        for (int k = from; k < sentence.EndToken && k < from + 4; k++)
        {
            if (words.IsAny(k, Punishments))
            {
                return true;
            }
        }

        return false;
    }

    // What the one warning will do ("it would retaliate"), a condition ("if sanctions are imposed") or what will not be
    // let pass ("terrorists will not be spared").
    private static bool ThreatContent(TokenText words, Sentence sentence, int from)
    {
        for (int k = from; k < sentence.EndToken; k++)
        {
            string word = words.Lower(k);
            if (word is "if" or "unless"
                || (word is "will" or "would" or "'ll" && (words.IsAny(k - 1, SpeakerPronouns) || (k + 2 < sentence.EndToken && words.Lower(k + 1) == "not" && words.Lower(k + 2) == "be"))))
            {
                return true;
            }
        }

        return false;
    }

    // Buildings that are occupied are seized from those who use them, not territory won in battle.
    private static readonly HashSet<string> Facilities = new(StringComparer.Ordinal)
    {
        "hospital", "hospitals", "school", "schools", "building", "buildings", "office", "offices", "home", "homes", "house",
        "houses", "university", "universities", "campus", "church", "churches", "mosque", "mosques", "station", "stations",
        "factory", "factories", "parliament", "embassy", "headquarters", "clinic", "clinics",
    };

    private static readonly Trigger Takeover = new(["occupied"], "occupy", TriggerPos.Verb, EventType.Coerce, "seize", "170", null, ["political"]);

    // "security forces occupied at least 36 hospitals": taking over buildings coerces those who use them.
    private static Trigger? FacilityOccupation(TokenText words, Sentence sentence, Trigger trigger, int end)
    {
        if (trigger.Mode != "occupy" || trigger.PartOfSpeech != TriggerPos.Verb)
        {
            return null;
        }

        for (int k = end; k < sentence.EndToken && k < end + 5; k++)
        {
            if (Facilities.Contains(words.Lower(k)))
            {
                return Takeover with { Words = trigger.Words };
            }
        }

        return null;
    }

    private static readonly HashSet<string> Legislation = new(StringComparer.Ordinal)
    {
        "legislation", "bill", "bills", "law", "laws", "sanctions", "measures", "measure", "resolution", "resolutions",
        "tariffs", "decree", "order", "act", "amendment", "package",
    };

    private static readonly Trigger Penalty = new(["targeting"], "target", TriggerPos.Verb, EventType.Sanction, null, "163", null, ["economic"]);

    // "passed legislation targeting Turkey", "sanctions that target officials": a law aimed at someone sanctions them.
    private static Trigger? LegislativeTarget(TokenText words, Sentence sentence, int t, Trigger trigger)
    {
        if (trigger.Type != EventType.Assault || !words.Lower(t).StartsWith("target", StringComparison.Ordinal))
        {
            return null;
        }

        for (int k = t - 1; k >= sentence.FirstToken && k >= t - 3; k--)
        {
            if (Legislation.Contains(words.Lower(k)))
            {
                return Penalty with { Words = trigger.Words };
            }
        }

        return null;
    }

    // "jets struck the militia base", "the commander was killed", "conflict with these groups": a participant the text
    // describes without naming.
    private bool HasCommonArgument(TokenText words, Sentence sentence, int t, int end, bool noun)
    {
        bool passive = !noun && t - 1 > sentence.FirstToken && words.Lower(t - 1) is "was" or "were" or "been" or "being" or "are" or "is";
        int at = passive ? t - 2 : noun && end < sentence.EndToken && words.Lower(end) is "with" or "against" or "on" ? end + 1 : noun ? -1 : end;
        if (at < sentence.FirstToken || at >= sentence.EndToken)
        {
            return false;
        }

        if (!passive && words.IsAny(at, Determiners))
        {
            return true;
        }

        return words.IsWord(at) && english.Find(words.Lower(at)) is { Pos: "NOUN" };
    }

    // "Saturday's blasts", "Tuesday's attack": a day of its own tells which event it is.
    private static bool IsDatedByPossessive(Document document, int determiner)
    {
        if (determiner < 1 || document.Text.AsSpan(document.Tokens[determiner].Span.Start, document.Tokens[determiner].Span.Length) is not ("'s" or "\u2019s"))
        {
            return false;
        }

        int before = document.Tokens[determiner - 1].Span.End;
        return document.Times.Any(time => time.Span.End == before);
    }

    private static readonly HashSet<string> Territory = new(StringComparer.Ordinal)
    {
        "port", "city", "town", "village", "territory", "area", "base", "airport", "district", "region", "province",
        "control", "positions", "capital", "border", "crossing", "swaths", "parts", "land", "island",
    };

    private static readonly Trigger Occupation = new(
        ["seized"], "seize", TriggerPos.Verb, EventType.Assault, "occupy", "192",
        new AcledType("Strategic developments", "Non-violent transfer of territory"), ["military"]);

    private static readonly Trigger Menace = new(["threatened"], "threaten", TriggerPos.Verb, EventType.Threaten, null, "130", null, ["political"]);

    private static readonly HashSet<string> SayingVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "say", "told", "tells", "declared", "announced", "vowed", "pledged", "promised", "insisted", "stated",
    };

    // A violent, coercive, punitive or protest act after "he would", "we will", in what someone says.
    private bool IsAnnouncedForce(TokenText words, Sentence sentence, Clause clause, int t, Trigger trigger)
    {
        if (trigger.Type is not (EventType.Assault or EventType.Coerce or EventType.Sanction or EventType.Protest))
        {
            return false;
        }

        // The act must be what "would" governs ("would stage protests"), not what it is a response to ("would respond to
        // the attacks").
        for (int k = t - 1; k >= clause.Start && k >= t - 4; k--)
        {
            if (english.Find(words.Lower(k)) is { Pos: "ADP" } || words.Lower(k) == "to")
            {
                return false;
            }

            if (words.Lower(k) is "will" or "would" or "'ll" && words.IsAny(k - 1, SpeakerPronouns))
            {
                return words.Document.SpeakerAt(words.Document.Tokens[t].Span.Start) is not null
                    || Enumerable.Range(sentence.FirstToken, k - sentence.FirstToken).Any(j => words.IsAny(j, SayingVerbs));
            }
        }

        return false;
    }

    private static readonly Trigger Refusal = new(["refused"], "refuse", TriggerPos.Verb, EventType.Reject, null, "120", null, ["political"]);

    // "seized the port", "seized control of the town": taking a place is an act of force, not a confiscation.
    private static Trigger? TerritorialSeizure(TokenText words, Trigger trigger, int end, Clause clause, ImmutableArray<EntityId> recipients)
    {
        if (trigger.Type != EventType.Coerce || trigger.Mode != "seize")
        {
            return null;
        }

        bool place = recipients.Any(r => words.Document.FindEntity(r)?.Place is not null);
        for (int t = end; t < clause.End && t < end + 4 && !place; t++)
        {
            place = Territory.Contains(words.Lower(t));
        }

        return place ? Occupation with { Words = trigger.Words } : null;
    }

    private static readonly HashSet<string> ContentVerbs = new(StringComparer.Ordinal)
    {
        "urged", "urge", "urges", "called", "calls", "proposed", "propose", "accept", "demanded", "demand", "seek", "seeks",
        "sought", "discussed", "discuss", "push", "pushed", "pressing", "negotiate", "negotiating", "considering", "asked",
        "asking", "ask", "appealed", "pleaded", "pleading",
    };

    // "urged Russia to accept a ceasefire": the ceasefire is what is asked for, not an event that took place.
    private static bool IsContentOfSpeechAct(TokenText words, Sentence sentence, int t)
    {
        for (int k = Math.Max(sentence.FirstToken, t - 15); k < t; k++)
        {
            if (ContentVerbs.Contains(words.Lower(k)))
            {
                return true;
            }
        }

        return false;
    }

    // "to accept", "by agreeing", "of killing": a verb that reports no act of its own, only what is asked or charged.
    private static bool IsNonFinite(TokenText words, Sentence sentence, int t) =>
        t > sentence.FirstToken && (words.Lower(t).EndsWith("ing", StringComparison.Ordinal)
            ? words.Lower(t - 1) is "by" or "of" or "for" or "from"
            : words.Lower(t - 1) == "to");

    // The word a trigger stands for: "struck" → "strike", "air strikes" → "strike", "action against" → "action".
    private static string Head(Trigger trigger)
    {
        var words = trigger.Lemma.Split(' ');
        return words[^1] is "against" or "on" or "of" or "at" or "to" or "up" or "out" or "fire" or "for" or "with" && words.Length > 1
            ? words[0]
            : words[^1];
    }

    // An event dated more than a year before publication is a historical reference, not news.
    private static bool IsHistorical(Document document, EventDate? date)
    {
        if (date is not { From: DateSource.Text } || document.Article.Published is not { } published
            || TimexValue.AnchorOf(date.Value) is not { } anchor)
        {
            return false;
        }

        var latest = date.Precision switch
        {
            DatePrecision.Year => anchor.AddYears(1).AddDays(-1),
            DatePrecision.Season => anchor.AddMonths(3),
            DatePrecision.Month => anchor.AddMonths(1).AddDays(-1),
            _ => anchor,
        };
        return latest < published.Date.AddYears(-1);
    }

    private static (string? Mode, AcledType? Acled) ModeOf(TokenText words, Sentence sentence, Trigger trigger, ImmutableArray<EntityId> recipients)
    {
        var (mode, acled) = (trigger.Mode, trigger.Acled);
        if (trigger.Type == EventType.Assault && mode is null)
        {
            for (int t = sentence.FirstToken; t < sentence.EndToken && mode is null; t++)
            {
                string word = words.Lower(t);
                foreach (var weapon in Weapons)
                {
                    if (weapon.Word == word)
                    {
                        (mode, acled) = (weapon.Mode, weapon.Acled ?? acled);
                        break;
                    }
                }
            }
        }

        bool civilians = recipients.Any(r => words.Document.FindEntity(r)?.Sector == Sector.Cvl);
        if (trigger.Type == EventType.Assault && civilians && acled?.EventType == "Battles")
        {
            acled = new AcledType("Violence against civilians", "Attack");
        }

        return (mode, acled);
    }

    private static Event ToEvent(EventCandidate c, int id) => new()
    {
        Id = new EventId(id),
        Type = c.Trigger.Type,
        Mode = c.Mode,
        Context = [.. c.Trigger.Context],
        Cameo = c.Trigger.Cameo,
        Acled = c.Trigger.Type is EventType.Assault or EventType.Protest ? c.Acled : null,
        Actors = c.Actors,
        Recipients = c.Recipients,
        Date = c.Date,
        Location = c.Location,
        Dead = c.Dead,
        Injured = c.Injured,
        Arrested = c.Arrested,
        Modality = c.Modality,
        Reporter = c.Reporter,
        Evidence = c.Evidence,
        Confidence = Math.Round(c.Confidence, 2),
    };
}
