using Chronicle.Documents;

namespace Chronicle.Pipeline;

/// <summary>Collects stages in order and builds a checked, reusable <see cref="DocumentPipeline"/>.</summary>
public sealed class PipelineBuilder
{
    private readonly List<IStage> _stages = [];

    /// <summary>Adds a stage; adding a stage of the same type again replaces the earlier one in place.</summary>
    public PipelineBuilder Use(IStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        int existing = _stages.FindIndex(s => s.GetType() == stage.GetType());
        if (existing >= 0)
        {
            _stages[existing] = stage;
        }
        else
        {
            _stages.Add(stage);
        }

        return this;
    }

    /// <summary>Checks that every stage's required layers are made before it, then seals the pipeline.</summary>
    public DocumentPipeline Build()
    {
        var available = Layer.Article;
        foreach (var stage in _stages)
        {
            var missing = stage.Requires & ~available;
            if (missing != Layer.None)
            {
                throw new InvalidOperationException(
                    $"Stage '{stage.Name}' needs the layer(s) {missing}, which no earlier stage makes.");
            }

            available |= stage.Assigns;
        }

        return new DocumentPipeline([.. _stages]);
    }
}
