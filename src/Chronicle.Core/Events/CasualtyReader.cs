using Chronicle.Documents;
using Chronicle.Quantities;

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

    /// <summary>The counts stated in the event's clause.</summary>
    public static (int? Dead, int? Injured, int? Arrested) Read(TokenText words, Clause clause)
    {
        var sentence = new Sentence(
            new Span(words.Document.Tokens[clause.Start].Span.Start, words.Document.Tokens[clause.End - 1].Span.End),
            clause.Start,
            clause.End - clause.Start);
        int? dead = null, injured = null, arrested = null;
        foreach (var count in Counts(words, sentence))
        {
            switch (CategoryNear(words, sentence, count.FirstToken, count.EndToken))
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
            if (words.Lower(t) == "also" && DeadWords.Contains(words.Lower(t + 1))
                && words.Lower(t + 2) == "another")
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
    private static IEnumerable<Count> Counts(TokenText words, Sentence sentence)
    {
        var covered = new HashSet<int>();
        foreach (var quantity in words.Document.Quantities)
        {
            if (!sentence.Span.Contains(quantity.Span) || quantity.Value < 1 || quantity.Value > 1_000_000)
            {
                continue;
            }

            int first = words.Document.TokenAtOrAfter(quantity.Span.Start);
            int end = words.Document.TokenAtOrAfter(quantity.Span.End);
            for (int t = first; t < end; t++)
            {
                covered.Add(t);
            }

            yield return new Count(first, end, (int)quantity.Value);
        }

        for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (!covered.Contains(t) && BareNumber(words, t) is { } value)
            {
                yield return new Count(t, t + 1, value);
            }
        }
    }

    // A number standing alone ("killing two", "at least 50"), never a year.
    private static int? BareNumber(TokenText words, int t)
    {
        var word = words.Document.Slice(words.Document.Tokens[t].Span);
        if (!NumberWords.IsNumberWord(word) || !NumberWords.TryParse(word, out double value))
        {
            return null;
        }

        bool year = words.Document.Tokens[t].Kind == TokenKind.Number && value is >= 1900 and <= 2100;
        return value is >= 1 and < 100_000 && !year ? (int)value : null;
    }

    // "killed at least 50 militants", "50 people were killed", "injuries to dozens of personnel".
    private static Category CategoryNear(TokenText words, Sentence sentence, int first, int end)
    {
        for (int t = end; t < Math.Min(sentence.EndToken, end + 4); t++)
        {
            if (Of(words.Lower(t)) is var after and not Category.None)
            {
                return after;
            }

            if (!words.IsWord(t))
            {
                break;
            }
        }

        for (int t = first - 1; t >= Math.Max(sentence.FirstToken, first - 4); t--)
        {
            if (Of(words.Lower(t)) is var before and not Category.None)
            {
                return before;
            }

            if (!words.IsWord(t))
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
