using System.Text.RegularExpressions;

namespace Chronicle.Evaluation;

/// <summary>Scores an extracted article body against a reference body the way the Article Extraction Benchmark does, with 4-word shingles.</summary>
/// <remarks>
/// Shingles are counted as multisets: a shingle twice in the reference and once in the extraction is one true
/// positive and one false negative. Each document's counts are divided by their sum, so every page weighs the same.
/// </remarks>
public static partial class ExtractionScorer
{
    private const int ShingleSize = 4;

    /// <summary>The share of shared, extra and missing shingles of one document.</summary>
    public static ExtractionScore Compare(string truth, string extracted)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(extracted);
        var expected = Shingles(truth);
        var found = Shingles(extracted);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (shingle, count) in expected)
        {
            int other = found.GetValueOrDefault(shingle);
            tp += Math.Min(count, other);
            fn += Math.Max(0, count - other);
        }

        foreach (var (shingle, count) in found)
        {
            fp += Math.Max(0, count - expected.GetValueOrDefault(shingle));
        }

        double sum = tp + fp + fn;
        return sum == 0 ? new ExtractionScore(0, 0, 0) : new ExtractionScore(tp / sum, fp / sum, fn / sum);
    }

    /// <summary>
    /// Precision averaged over the documents where something was extracted, recall over all documents, and their
    /// harmonic mean: the benchmark's own aggregation, which reproduces its published figures.
    /// </summary>
    public static ExtractionSummary Summarise(IReadOnlyCollection<ExtractionScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var precisions = scores.Where(s => s.TruePositive + s.FalsePositive > 0)
            .Select(s => s.TruePositive / (s.TruePositive + s.FalsePositive))
            .ToList();
        var recalls = scores.Select(s => s.TruePositive + s.FalseNegative > 0 ? s.TruePositive / (s.TruePositive + s.FalseNegative) : 0).ToList();
        double precision = precisions.Count == 0 ? 0 : precisions.Average();
        double recall = recalls.Count == 0 ? 0 : recalls.Average();
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ExtractionSummary(f1, precision, recall, scores.Count);
    }

    /// <summary>Each run of four consecutive \w+ tokens, with how often it occurs; a text shorter than four tokens is one shingle.</summary>
    internal static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Token().Matches(text).Select(m => m.Value).ToList();
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < Math.Max(1, tokens.Count - ShingleSize + 1); i++)
        {
            var shingle = string.Join(' ', tokens.Skip(i).Take(ShingleSize));
            if (shingle.Length > 0)
            {
                shingles[shingle] = shingles.GetValueOrDefault(shingle) + 1;
            }
        }

        return shingles;
    }

    [GeneratedRegex(@"\w+")]
    private static partial Regex Token();
}

/// <summary>One document's true positives, false positives and false negatives, as shares of their sum.</summary>
public readonly record struct ExtractionScore(double TruePositive, double FalsePositive, double FalseNegative)
{
    public double Precision => TruePositive + FalsePositive > 0 ? TruePositive / (TruePositive + FalsePositive) : 0;

    public double Recall => TruePositive + FalseNegative > 0 ? TruePositive / (TruePositive + FalseNegative) : 0;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>An extractor's F1, precision and recall over a set of documents.</summary>
public sealed record ExtractionSummary(double F1, double Precision, double Recall, int Documents);
