using System.Collections.Immutable;
using Chronicle.Documents;

namespace Chronicle.Pipeline;

/// <summary>An ordered, checked list of stages, built once and shared across threads.</summary>
public sealed class DocumentPipeline
{
    internal DocumentPipeline(ImmutableArray<IStage> stages)
    {
        Stages = stages;
    }

    public ImmutableArray<IStage> Stages { get; }

    public Document Run(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var stage in Stages)
        {
            document = stage.Annotate(document);
        }

        return document;
    }
}
