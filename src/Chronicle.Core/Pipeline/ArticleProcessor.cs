using System.Collections.Immutable;
using Chronicle.Articles;
using Chronicle.Documents;
using Chronicle.Inputs;

namespace Chronicle.Pipeline;

/// <summary>Reads one input and runs the pipeline over it, turning any failure into a problem that names the input, so a batch goes on.</summary>
public sealed class ArticleProcessor(ArticleReader reader, DocumentPipeline pipeline)
{
    public ArticleProcessor(ChronicleResources resources)
        : this(new ArticleReader(), StandardPipeline.Create(resources))
    {
    }

    public ArticleReader Reader => reader;

    public ProcessedArticle Process(RawInput input) => Analyze(input, Read(input));

    /// <summary>Reads the input into an article without running the pipeline, so a caller can skip text it has seen (by its content hash) first.</summary>
    public ArticleReading Read(RawInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return reader.Read(input);
    }

    /// <summary>Runs the pipeline over what <see cref="Read"/> made of the input.</summary>
    public ProcessedArticle Analyze(RawInput input, ArticleReading reading)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(reading);
        if (reading.Article is not { } article)
        {
            return new ProcessedArticle(null, reading.Problem, reading.Warnings);
        }

        try
        {
            return new ProcessedArticle(pipeline.Run(Document.FromArticle(article)), null, reading.Warnings);
        }
#pragma warning disable CA1031 // One article's failure must not stop a batch; it is reported with the input's name.
        catch (Exception e)
#pragma warning restore CA1031
        {
            var problem = new InputProblem(input.Source, $"could not be processed ({e.GetType().Name}: {e.Message}); please report this with the input attached");
            return new ProcessedArticle(null, problem, reading.Warnings);
        }
    }
}

/// <summary>The outcome of one input: a document, or the problem that stopped it, and any warnings.</summary>
public sealed record ProcessedArticle(Document? Document, InputProblem? Problem, ImmutableArray<InputProblem> Warnings);
