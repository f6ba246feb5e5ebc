namespace Chronicle.Quotes;

/// <summary>The closed word classes English news uses to attribute speech.</summary>
internal static class SpeechLexicon
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechVerbs = Set(
        "said", "says", "say", "told", "tells", "added", "adds", "noted", "notes", "stated", "declared", "declares",
        "warned", "warns", "denied", "denies", "emphasized", "emphasised", "emphasizes", "stressed", "stresses",
        "announced", "announces", "claimed", "claims", "insisted", "insists", "argued", "argues", "confirmed",
        "confirms", "acknowledged", "acknowledges", "explained", "explains", "wrote", "writes", "posted", "tweeted",
        "asked", "asks", "replied", "responded", "continued", "recalled", "observed", "remarked", "cautioned",
        "admitted", "conceded", "alleged", "maintained", "contended", "concluded", "testified", "vowed", "pledged",
        "predicted", "asserted", "countered", "complained", "urged", "urges",
        "saying", "adding", "noting", "warning", "stressing", "insisting", "arguing", "claiming", "declaring",
        "explaining", "emphasizing", "emphasising", "announcing");

    // These take a content clause without "that" ("said the strike killed two"); with the other verbs a bare
    // object is usually a noun phrase ("emphasized the danger"), not speech.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BareClauseVerbs = Set(
        "said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "insisted", "insists", "argued",
        "argues", "stated", "saying", "adding");

    // The object of these is the listener, so "told Ryder" must not make Ryder the speaker.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ListenerVerbs = Set(
        "told", "tells", "asked", "asks", "urged", "urges");

    // Participles hang off a main clause ("officials warned ..., saying ..."), whose subject is the speaker.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Participles = Set(
        "saying", "adding", "noting", "warning", "stressing", "insisting", "arguing", "claiming", "declaring",
        "explaining", "emphasizing", "emphasising", "announcing");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AudienceWords = Set(
        "reporters", "journalists", "lawmakers", "press", "media", "parliament", "conference", "news", "briefing",
        "audience", "crowd", "supporters", "him", "her", "them", "us", "me", "congress", "senators", "committee",
        "agency", "the", "a", "an");

    // Adverbs and auxiliaries that sit between a speaker and the verb ("Central Command also said").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Interveners = Set(
        "also", "later", "earlier", "previously", "again", "further", "then", "repeatedly", "separately",
        "reportedly", "publicly", "recently", "once", "has", "have", "had", "subsequently", "initially",
        "privately", "first", "would", "frequently", "often");

    // Words that end a speaker phrase: clause links, prepositions that start adverbials, and finite verbs.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Boundaries = Set(
        "that", "which", "who", "whom", "whose", "as", "and", "but", "or", "nor", "because", "when", "while",
        "after", "before", "if", "since", "where", "so", "than", "though", "although", "until", "unless", "whether",
        "in", "on", "at", "during", "with", "without", "amid", "over", "under", "through", "into", "by",
        "to", "about", "against", "between", "is", "was", "were", "are", "be", "been", "being", "will", "would",
        "could", "should", "may", "might", "can", "must", "not", "has", "have", "had", "also", "however", "then",
        "via", "per", "last", "this", "next", "today", "yesterday",
        "there", "it's", "we", "i", "you");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners = Set("the", "a", "an");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PassiveAuxiliaries = Set(
        "is", "was", "were", "are", "be", "been", "being");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FiniteVerbs = Set(
        "is", "was", "were", "are", "has", "have", "had", "will", "would", "can", "could", "should", "must", "may");

    public static bool IsSpeechVerb(ReadOnlySpan<char> word) => SpeechVerbs.Contains(word);

    public static bool TakesBareClause(ReadOnlySpan<char> word) => BareClauseVerbs.Contains(word);

    public static bool NamesListener(ReadOnlySpan<char> word) => ListenerVerbs.Contains(word);

    public static bool IsParticiple(ReadOnlySpan<char> word) => Participles.Contains(word);

    public static bool IsAudience(ReadOnlySpan<char> word) => AudienceWords.Contains(word);

    public static bool IsIntervener(ReadOnlySpan<char> word) => Interveners.Contains(word);

    public static bool IsBoundary(ReadOnlySpan<char> word) => Boundaries.Contains(word) || SpeechVerbs.Contains(word);

    public static bool IsDeterminer(ReadOnlySpan<char> word) => Determiners.Contains(word);

    public static bool IsAppealVerb(ReadOnlySpan<char> word) =>
        word.Equals("called", StringComparison.Ordinal) || word.Equals("calls", StringComparison.Ordinal);

    public static bool IsAppealParticle(ReadOnlySpan<char> word) =>
        word.Equals("for", StringComparison.Ordinal) || word.Equals("on", StringComparison.Ordinal);

    public static bool IsPassiveAuxiliary(ReadOnlySpan<char> word) => PassiveAuxiliaries.Contains(word);

    public static bool IsFiniteVerb(ReadOnlySpan<char> word) => FiniteVerbs.Contains(word);

    /// <summary>The entity types a subject pronoun can stand for, or none when the word is not one.</summary>
    public static PronounKind PronounKindOf(ReadOnlySpan<char> word) =>
        word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("she", StringComparison.OrdinalIgnoreCase)
            ? PronounKind.Person
            : word.Equals("they", StringComparison.OrdinalIgnoreCase)
                ? PronounKind.PersonOrGroup
                : word.Equals("it", StringComparison.OrdinalIgnoreCase)
                    ? PronounKind.Group
                    : PronounKind.None;

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(params string[] words) =>
        new HashSet<string>(words, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}

/// <summary>What a subject pronoun can refer to.</summary>
internal enum PronounKind
{
    None,
    Person,
    PersonOrGroup,
    Group,
}
