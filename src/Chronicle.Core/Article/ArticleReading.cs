using System.Collections.Immutable;
using Chronicle.Documents;
using Chronicle.Inputs;

namespace Chronicle.Articles;

/// <summary>The outcome of reading one input: an article or the problem that stopped it, plus non-fatal warnings.</summary>
public sealed class ArticleReading
{
    private ArticleReading(Article? article, InputProblem? problem, ImmutableArray<InputProblem> warnings)
    {
        Article = article;
        Problem = problem;
        Warnings = warnings;
    }

    public Article? Article { get; }

    public InputProblem? Problem { get; }

    /// <summary>Things worth telling the user that did not stop the reading ("no article text found").</summary>
    public ImmutableArray<InputProblem> Warnings { get; }

    public static ArticleReading Of(Article article, ImmutableArray<InputProblem> warnings) =>
        new(article ?? throw new ArgumentNullException(nameof(article)), null, warnings);

    public static ArticleReading Of(InputProblem problem, ImmutableArray<InputProblem> warnings) =>
        new(null, problem ?? throw new ArgumentNullException(nameof(problem)), warnings);
}
