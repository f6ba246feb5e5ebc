namespace Chronicle.Evaluation;

/// <summary>Value F1 of well-known taggers on TempEval-3 platinum, as published, to print beside Chronicle's own.</summary>
/// <remarks>From the TempEval-3 task results (UzZaman et al., SemEval 2013), task A, relaxed-match value F1.</remarks>
public static class TimeMlPublished
{
    public static IReadOnlyList<(string Tagger, double ValueF1)> ValueF1 { get; } =
    [
        ("HeidelTime", 0.776),
        ("SUTime", 0.674),
    ];
}
