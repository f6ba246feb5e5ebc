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

    /// <summary>
    /// The stages up to and including the first that assigns <paramref name="layer"/>: what an evaluation or a
    /// narrower command needs, without the work of the stages after it. A prefix of a checked pipeline needs no new check.
    /// </summary>
    public DocumentPipeline UpTo(Layer layer)
    {
        for (int i = 0; i < Stages.Length; i++)
        {
            if ((Stages[i].Assigns & layer) != 0)
            {
                return new DocumentPipeline(Stages[..(i + 1)]);
            }
        }

        throw new InvalidOperationException($"No stage of this pipeline assigns {layer}.");
    }

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
