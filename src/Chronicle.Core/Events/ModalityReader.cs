using Chronicle.Documents;

namespace Chronicle.Events;

/// <summary>Decides whether an event is asserted, negated, hypothetical, future or claimed from the words of its clause.</summary>
internal static class ModalityReader
{
    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "not", "n't", "'t", "never", "no", "without", "neither", "nor", "denied", "deny", "denies", "cannot",
    };

    private static readonly HashSet<string> Hypotheticals = new(StringComparer.Ordinal)
    {
        "if", "unless", "would", "could", "might", "may", "should", "whether", "possible", "possibly", "potential",
    };

    private static readonly HashSet<string> Futures = new(StringComparer.Ordinal)
    {
        "will", "'ll", "shall", "plans", "plan", "planned", "intends", "intend", "upcoming", "next", "expected", "vowed",
        "threatened", "warned", "pledged", "promised",
    };

    private static readonly HashSet<string> Claims = new(StringComparer.Ordinal)
    {
        "claimed", "claim", "claims", "claiming",
    };

    public static Modality Read(TokenText words, Sentence sentence, Clause clause, int trigger)
    {
        if (clause.Opener >= 0 && words.Lower(clause.Opener) is "if" or "unless")
        {
            return Modality.Hypothetical;
        }

        var modality = Modality.Asserted;
        for (int t = AbsoluteStart(words, clause, trigger); t < trigger; t++)
        {
            string word = words.Lower(t);
            if (IsContinuing(words, t, trigger))
            {
                t++;
                continue;
            }

            if (Negations.Contains(word))
            {
                return Modality.Negated;
            }

            if (Hypotheticals.Contains(word))
            {
                modality = Modality.Hypothetical;
            }
            else if (modality == Modality.Asserted && (Futures.Contains(word) || IsGoingTo(words, t, trigger)))
            {
                modality = Modality.Future;
            }
        }

        if (modality == Modality.Asserted && ClaimedBefore(words, sentence, trigger))
        {
            modality = Modality.Claimed;
        }

        return modality;
    }

    // "could accelerate, with Cavusoglu warning that ...": an act in a "with" phrase is told as it is, whatever the
    // words before "with" say of theirs.
    private static int AbsoluteStart(TokenText words, Clause clause, int trigger)
    {
        if (!words.Lower(trigger).EndsWith("ing", StringComparison.Ordinal))
        {
            return clause.Start;
        }

        for (int t = trigger - 1; t >= clause.Start && t >= trigger - 4; t--)
        {
            if (words.Lower(t) == "with")
            {
                return t + 1;
            }
        }

        return clause.Start;
    }

    // "will continue to stand with": what goes on now is not a future act.
    private static bool IsContinuing(TokenText words, int t, int trigger) =>
        words.Lower(t) is "will" or "'ll" && t + 1 < trigger && words.Lower(t + 1) is "continue" or "keep";

    // "are going to strike", but not "going to the market".
    private static bool IsGoingTo(TokenText words, int t, int trigger) =>
        words.Lower(t) == "going" && t + 1 < trigger && words.Lower(t + 1) == "to";

    // "claimed responsibility for the attack", "its claim of responsibility for the attack".
    private static bool ClaimedBefore(TokenText words, Sentence sentence, int trigger)
    {
        for (int t = Math.Max(sentence.FirstToken, trigger - 8); t < trigger; t++)
        {
            if (Claims.Contains(words.Lower(t)))
            {
                return true;
            }
        }

        return false;
    }
}
