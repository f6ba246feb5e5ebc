using Chronicle.Documents;

namespace Chronicle.Events;

/// <summary>The stretch of a sentence around a trigger that its arguments and modality are read from.</summary>
internal readonly record struct Clause(int Start, int End, int Opener)
{
    private static readonly HashSet<string> Boundaries = new(StringComparer.Ordinal)
    {
        "that", "which", "who", "whom", "when", "while", "after", "before", "because", "but", "if", "unless",
        "although", "though", "whereas", "since", "until", "as",
    };

    private static readonly HashSet<string> Hard = new(StringComparer.Ordinal) { ";", ":", "\u2014", "\u2013", "--" };

    /// <summary>The clause containing a trigger: back to the nearest boundary word or hard stop, forward to the next.</summary>
    public static Clause Around(TokenText words, Sentence sentence, int first, int end)
    {
        int start = first;
        int opener = -1;
        while (start > sentence.FirstToken)
        {
            string word = words.Lower(start - 1);
            if (Hard.Contains(word))
            {
                break;
            }

            if (Boundaries.Contains(word))
            {
                opener = start - 1;
                break;
            }

            start--;
        }

        int stop = end;
        while (stop < sentence.EndToken)
        {
            string word = words.Lower(stop);
            if (Hard.Contains(word) || (Boundaries.Contains(word) && word is not ("as" or "since" or "that")))
            {
                break;
            }

            stop++;
        }

        return new Clause(start, stop, opener);
    }
}
