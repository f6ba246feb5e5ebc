using Chronicle.Documents;

namespace Chronicle.Time;

/// <summary>The grammatical time of the clause around a time expression, as far as its verbs show it.</summary>
internal enum Tense
{
    Unknown,
    Past,
    Present,
    Future,
}

/// <summary>Reads the tense near a position from the nearest verb cue of its sentence ("said Friday", "will meet Friday").</summary>
internal static class TenseReader
{
    // "would" is left out: in reported speech it is a future seen from a past ("said it would leave in February"),
    // and the reporting verb is the better guide.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FutureCues = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "will", "'ll", "\u2019ll", "shall", "won't", "wo", "gonna", "planned", "scheduled",
        "expected", "expects", "upcoming", "due",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // Future only as verbs before "to" ("plans to hold"): as nouns they name past intentions too
    // ("his plans for deportations shortly after taking office in January").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FutureBeforeTo = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "plans", "plan", "intends", "aims",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PresentCues = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "am", "says", "say", "'s", "\u2019s", "remains", "continues",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> IrregularPast = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "said", "told", "was", "were", "had", "did", "met", "went", "came", "took", "gave", "made", "held", "left",
        "saw", "found", "got", "began", "fought", "struck", "spoke", "wrote", "won", "lost", "fled", "led", "sent",
        "brought", "thought", "became", "ran", "rose", "fell", "shot", "kept", "knew", "stood", "paid", "built",
        "sought", "sold", "broke", "chose", "drove", "flew", "grew", "hid", "laid", "meant", "stole", "threw",
        "withdrew", "arose", "overtook", "undertook", "wrote", "ate", "felt", "heard", "caught", "taught",
        "bought", "won", "slew", "swore", "tore", "spent", "lent", "dealt", "hit", "quit", "beat",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // Words in -ed that are not past verbs.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotPast = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "need", "indeed", "speed", "seed", "feed", "proceed", "succeed", "exceed", "breed", "bed", "red", "hundred",
        "shed", "embed", "weed", "greed", "steed", "creed", "deed", "sled", "wed", "united", "based", "related",
        "limited", "armed", "alleged", "so-called", "detailed", "advanced", "concerned", "interested",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Auxiliaries = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "be", "been", "being", "is", "are", "am", "get", "gets",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    public static Tense Around(Document document, Sentence sentence, int position)
    {
        int at = TokenAt(document, sentence, position);
        // Walk outward from the expression: the nearest cue wins, earlier tokens first at equal distance.
        for (int distance = 1; distance < sentence.TokenCount; distance++)
        {
            foreach (int k in (ReadOnlySpan<int>)[at - distance, at + distance - 1])
            {
                if (k < sentence.FirstToken || k >= sentence.EndToken)
                {
                    continue;
                }

                var tense = TenseOf(document, sentence, k);
                if (tense != Tense.Unknown)
                {
                    return tense;
                }
            }
        }

        return Tense.Unknown;
    }

    private static int TokenAt(Document document, Sentence sentence, int position)
    {
        int low = sentence.FirstToken, high = sentence.EndToken - 1;
        while (low < high)
        {
            int mid = (low + high) >>> 1;
            if (document.Tokens[mid].Span.End <= position)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    private static Tense TenseOf(Document document, Sentence sentence, int k)
    {
        var token = document.Tokens[k];
        if (token.Kind != TokenKind.Word)
        {
            return Tense.Unknown;
        }

        var word = document.Slice(token.Span);
        if (FutureCues.Contains(word) || IsGoingTo(document, sentence, k) || (FutureBeforeTo.Contains(word) && IsFollowedByTo(document, sentence, k)))
        {
            return Tense.Future;
        }

        if (IsPastForm(word))
        {
            // A participle takes the tense of its auxiliary: "will be held", "has been killed", "is expected";
            // after a bare "be" it is never past: "to be published", "could be delayed".
            for (int back = k - 1; back >= sentence.FirstToken && back >= k - 3; back--)
            {
                var aux = document.Slice(document.Tokens[back].Span);
                if (FutureCues.Contains(aux) || aux.Equals("be", StringComparison.OrdinalIgnoreCase))
                {
                    return Tense.Future;
                }

                if (aux.Equals("is", StringComparison.OrdinalIgnoreCase) || aux.Equals("are", StringComparison.OrdinalIgnoreCase))
                {
                    return Tense.Present;
                }

                if (!Auxiliaries.Contains(aux))
                {
                    break;
                }
            }

            return Tense.Past;
        }

        return PresentCues.Contains(word) ? Tense.Present : Tense.Unknown;
    }

    private static bool IsFollowedByTo(Document document, Sentence sentence, int k) =>
        k + 1 < sentence.EndToken && document.Slice(document.Tokens[k + 1].Span).Equals("to", StringComparison.OrdinalIgnoreCase);

    private static bool IsGoingTo(Document document, Sentence sentence, int k) =>
        document.Slice(document.Tokens[k].Span).Equals("going", StringComparison.OrdinalIgnoreCase) && IsFollowedByTo(document, sentence, k);

    private static bool IsPastForm(ReadOnlySpan<char> word)
    {
        if (IrregularPast.Contains(word))
        {
            return true;
        }

        return word.Length > 4 && char.IsLower(word[0]) && word.EndsWith("ed", StringComparison.Ordinal)
            && !NotPast.Contains(word);
    }
}
