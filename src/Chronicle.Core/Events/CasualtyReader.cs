using Chronicle.Documents;

namespace Chronicle.Events;

/// <summary>Reads the dead, injured and arrested from the counts next to casualty words in an event's sentence.</summary>
internal static class CasualtyReader
{
    private static readonly HashSet<string> DeadWords = new(StringComparer.Ordinal)
    {
        "killed", "killing", "kills", "kill", "dead", "died", "die", "deaths", "death", "slain", "lives", "fatalities", "bodies",
    };

    private static readonly HashSet<string> InjuredWords = new(StringComparer.Ordinal)
    {
        "injured", "injuring", "injuries", "wounded", "wounding", "hurt", "injuring",
    };

    private static readonly HashSet<string> ArrestedWords = new(StringComparer.Ordinal)
    {
        "arrested", "arresting", "arrest", "arrests", "detained", "detaining", "detention", "apprehended", "captured",
    };

    public static (int? Dead, int? Injured, int? Arrested) Read(Document document, Sentence sentence)
    {
        int? dead = null, injured = null, arrested = null;
        foreach (var count in Counts(document, sentence))
        {
            switch (CategoryNear(document, sentence, count.FirstToken, count.EndToken))
            {
                case Category.Dead:
                    dead = Math.Max(dead ?? 0, count.Value);
                    break;
                case Category.Injured:
                    injured = Math.Max(injured ?? 0, count.Value);
                    break;
                case Category.Arrested:
                    arrested = Math.Max(arrested ?? 0, count.Value);
                    break;
            }
        }

        // "The strike also killed another member": the target and one more.
        for (int t = sentence.FirstToken; t + 2 < sentence.EndToken; t++)
        {
            if (TokenText.Lower(document, t) == "also" && DeadWords.Contains(TokenText.Lower(document, t + 1))
                && TokenText.Lower(document, t + 2) == "another")
            {
                dead = Math.Max(dead ?? 0, 2);
            }
        }

        return (dead, injured, arrested);
    }

    private enum Category
    {
        None,
        Dead,
        Injured,
        Arrested,
    }

    private readonly record struct Count(int FirstToken, int EndToken, int Value);

    /// <summary>Numbers in the sentence, from the quantity layer and bare numerals ("killing two").</summary>
    private static IEnumerable<Count> Counts(Document document, Sentence sentence)
    {
        var covered = new HashSet<int>();
        foreach (var quantity in document.Quantities)
        {
            if (!sentence.Span.Contains(quantity.Span) || quantity.Value < 1 || quantity.Value > 1_000_000)
            {
                continue;
            }

            int first = MentionIndex.TokenAt(document, quantity.Span.Start);
            int end = MentionIndex.TokenAt(document, quantity.Span.End);
            for (int t = first; t < end; t++)
            {
                covered.Add(t);
            }

            yield return new Count(first, end, (int)quantity.Value);
        }

        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (!covered.Contains(t) && BareNumber(document, t) is { } value)
            {
                yield return new Count(t, t + 1, value);
            }
        }
    }

    private static readonly Dictionary<string, int> SmallNumbers = new(StringComparer.Ordinal)
    {
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["dozen"] = 12,
        ["dozens"] = 12,
        ["scores"] = 20,
        ["hundreds"] = 100,
        ["thousands"] = 1000,
    };

    private static int? BareNumber(Document document, int t)
    {
        string word = TokenText.Lower(document, t);
        if (SmallNumbers.TryGetValue(word, out int small))
        {
            return small;
        }

        return document.Tokens[t].Kind == TokenKind.Number
            && int.TryParse(word.Replace(",", "", StringComparison.Ordinal), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n)
            && n is > 0 and < 100_000 && !(n is >= 1900 and <= 2100)
            ? n
            : null;
    }

    // "killed at least 50 militants", "50 people were killed", "injuries to dozens of personnel".
    private static Category CategoryNear(Document document, Sentence sentence, int first, int end)
    {
        for (int t = end; t < Math.Min(sentence.EndToken, end + 4); t++)
        {
            if (Of(TokenText.Lower(document, t)) is var after and not Category.None)
            {
                return after;
            }

            if (!TokenText.IsWord(document, t))
            {
                break;
            }
        }

        for (int t = first - 1; t >= Math.Max(sentence.FirstToken, first - 4); t--)
        {
            if (Of(TokenText.Lower(document, t)) is var before and not Category.None)
            {
                return before;
            }

            if (!TokenText.IsWord(document, t))
            {
                break;
            }
        }

        return Category.None;
    }

    private static Category Of(string word) =>
        DeadWords.Contains(word) ? Category.Dead
        : InjuredWords.Contains(word) ? Category.Injured
        : ArrestedWords.Contains(word) ? Category.Arrested
        : Category.None;
}
