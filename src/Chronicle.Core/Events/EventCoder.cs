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
            if (InTitle(document, sentence))
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

                if (!IsDenial(words, sentence, t, match) && !IsAggregate(words, sentence, t) && !IsOngoing(words, sentence, t, match) && !IsGeneric(words, sentence, t) && !IsAdjectival(words, sentence, t, match))
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
        "typically", "habitually", "sometimes", "constantly",
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
            || (words.Lower(t - 1).EndsWith("ing", StringComparison.Ordinal) && english.Find(words.Lower(t - 1)) is { Pos: "VERB" });
        return slot && words.IsWord(t + 1) && char.IsLower(words.First(t + 1))
            && english.Find(words.Lower(t + 1)) is { Pos: "NOUN" or "ADJ" };
    }

    // A headline restates the body's main event without its details, so events are coded from the body alone.
    private static bool InTitle(Document document, Sentence sentence) =>
        document.Article.Sections.Any(section => section.Kind == SectionKind.Title && section.Span.Contains(sentence.Span));

    private static bool[] TimeTokens(Document document)
    {
        var inTime = new bool[document.Tokens.Length];
        foreach (var time in document.Times)
        {
            for (int t = MentionIndex.TokenAt(document, time.Span.Start); t < inTime.Length && document.Tokens[t].Span.Start < time.Span.End; t++)
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

        bool nounContext = t > sentence.FirstToken && (words.IsAny(t - 1, Determiners) || words.Lower(t - 1) == "under" || IsNameOrAdjective(words, t - 1));
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
        if (modality == Modality.Asserted && IsHistorical(document, date))
        {
            modality = Modality.Historical;
        }

        trigger = TerritorialSeizure(words, trigger, end, clause, recipients) ?? trigger;

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
        bool anaphoric = trigger.PartOfSpeech == TriggerPos.Noun && t > sentence.FirstToken && (words.IsAny(t - 1, Definite) || words.Lower(t - 1) == "under");

        // A bare noun with nothing of its own ("the war", "a potential ceasefire", "his arrest") names an event rather
        // than reporting one: it may add evidence to an event already reported, but it does not start one. Nor does a
        // verbal act without a clear target ("asked aloud", "a warning"): the guidelines code only targeted ones.
        // An act with no one doing it or suffering it and nothing counted ("the case was adjourned", "the war") is not
        // who did what to whom, and a noun that is what someone asks for or charges ("urged a ceasefire", "condemned his
        // arrest") names an act rather than reporting one: either may add evidence to an event already reported, but it
        // does not start one.
        bool noun = trigger.PartOfSpeech == TriggerPos.Noun;
        bool nobody = actors.IsEmpty && recipients.IsEmpty && dead is null && injured is null && arrested is null
            && !HasCommonArgument(words, sentence, t, end, noun);
        bool unreported = noun || IsNonFinite(words, sentence, t);
        bool weak = nobody || (unreported && modality == Modality.Asserted && (IsContentOfSpeechAct(words, sentence, t) || charged));
        double confidence = 0.5 + (actors.IsEmpty ? 0 : 0.15) + (recipients.IsEmpty ? 0 : 0.15) + (date?.From == DateSource.Text ? 0.1 : 0)
            + (trigger.PartOfSpeech == TriggerPos.Verb ? 0.05 : 0);
        return new EventCandidate
        {
            Trigger = trigger,
            Sentence = s,
            TriggerSpan = span,
            Anaphoric = anaphoric || weak,
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

    private static readonly HashSet<string> Territory = new(StringComparer.Ordinal)
    {
        "port", "city", "town", "village", "territory", "area", "base", "airport", "district", "region", "province",
        "control", "positions", "capital", "border", "crossing", "swaths", "parts", "land", "island",
    };

    private static readonly Trigger Occupation = new(
        ["seized"], "seize", TriggerPos.Verb, EventType.Assault, "occupy", "192",
        new AcledType("Strategic developments", "Non-violent transfer of territory"), ["military"]);

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
