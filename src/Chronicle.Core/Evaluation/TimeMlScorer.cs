using Chronicle.Documents;

namespace Chronicle.Evaluation;

/// <summary>Scores time expressions against TimeML gold the way TempEval-3 does: extent strict and relaxed, then type and value over relaxed matches.</summary>
/// <remarks>
/// Gold and system expressions are paired one to one, in text order, by overlap (relaxed) or identical span (strict).
/// An attribute counts as found when a relaxed pair agrees on it, so its precision and recall are over all system and
/// all gold expressions respectively, as in the TempEval-3 toolkit.
/// </remarks>
public sealed class TimeMlScorer(Func<Document, Document> annotate)
{
    /// <summary>Runs the pipeline over every "*.tml" file of a directory and scores it against the gold in the same files.</summary>
    public TimeMlScore ScoreDirectory(string directory)
    {
        var files = Directory.GetFiles(directory, "*.tml").Order(StringComparer.Ordinal);
        return Score(files.Select(TimeMlDocument.Load));
    }

    public TimeMlScore Score(IEnumerable<TimeMlDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var total = TimeMlScore.Empty;
        foreach (var gold in documents)
        {
            var annotated = annotate(gold.ToDocument());
            total += Compare(gold.Timexes, annotated.Times);
        }

        return total;
    }

    /// <summary>The counts for one document's gold and system expressions.</summary>
    public static TimeMlScore Compare(IReadOnlyList<TimeMlTimex> gold, IReadOnlyList<TimeExpression> system)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(system);
        int strict = Pair(gold, system, (g, s) => g.Span == s.Span).Count;
        var relaxed = Pair(gold, system, (g, s) => g.Span.Overlaps(s.Span));
        int type = relaxed.Count(p => string.Equals(p.Gold.Type, TypeName(p.System.Type), StringComparison.OrdinalIgnoreCase));
        int value = relaxed.Count(p => p.Gold.Value == p.System.Value);
        return new TimeMlScore(gold.Count, system.Count, strict, relaxed.Count, type, value);
    }

    /// <summary>TimeML's name for a TIMEX3 type.</summary>
    public static string TypeName(TimeType type) => type.ToString().ToUpperInvariant();

    private static List<(TimeMlTimex Gold, TimeExpression System)> Pair(
        IReadOnlyList<TimeMlTimex> gold, IReadOnlyList<TimeExpression> system, Func<TimeMlTimex, TimeExpression, bool> matches)
    {
        var used = new bool[system.Count];
        var pairs = new List<(TimeMlTimex, TimeExpression)>();
        foreach (var g in gold)
        {
            for (int s = 0; s < system.Count; s++)
            {
                if (!used[s] && matches(g, system[s]))
                {
                    used[s] = true;
                    pairs.Add((g, system[s]));
                    break;
                }
            }
        }

        return pairs;
    }
}

/// <summary>Counts of gold, system and matched time expressions, with precision, recall and F1 for extent, type and value.</summary>
public sealed record TimeMlScore(int Gold, int System, int Strict, int Relaxed, int TypeCorrect, int ValueCorrect)
{
    public static TimeMlScore Empty { get; } = new(0, 0, 0, 0, 0, 0);

    public PrecisionRecall StrictExtent => new(Strict, System, Gold);

    public PrecisionRecall RelaxedExtent => new(Relaxed, System, Gold);

    public PrecisionRecall Type => new(TypeCorrect, System, Gold);

    public PrecisionRecall Value => new(ValueCorrect, System, Gold);

    public static TimeMlScore operator +(TimeMlScore a, TimeMlScore b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(a.Gold + b.Gold, a.System + b.System, a.Strict + b.Strict, a.Relaxed + b.Relaxed,
            a.TypeCorrect + b.TypeCorrect, a.ValueCorrect + b.ValueCorrect);
    }
}

/// <summary>Precision, recall and F1 from a count of correct answers among the system's and the gold's.</summary>
public readonly record struct PrecisionRecall(int Correct, int System, int Gold)
{
    public double Precision => System == 0 ? 0 : (double)Correct / System;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
