using Chronicle.Documents;
using Chronicle.Pipeline;

namespace Chronicle.Tests.Pipeline;

public class PipelineBuilderTests
{
    private sealed class NeedsEntities : IStage
    {
        public string Name => "events";

        public Layer Requires => Layer.Entities;

        public Layer Assigns => Layer.Events;

        public Document Annotate(Document document) => document;
    }

    private sealed class MakesEntities : IStage
    {
        public string Name => "entities";

        public Layer Requires => Layer.Article;

        public Layer Assigns => Layer.Entities;

        public Document Annotate(Document document) => document;
    }

    [Fact]
    public void RefusesAStageWhoseLayersNoEarlierStageMakes()
    {
        var builder = new PipelineBuilder()
            .Use(new NeedsEntities())
            .Use(new MakesEntities());
        var error = Assert.Throws<InvalidOperationException>(builder.Build);
        Assert.Contains("events", error.Message, StringComparison.Ordinal);
        Assert.Contains("Entities", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AcceptsTheSameStagesInTheRightOrder() =>
        Assert.Equal(2, new PipelineBuilder().Use(new MakesEntities()).Use(new NeedsEntities()).Build().Stages.Length);

    [Fact]
    public void AddingTheSameStageTypeTwiceReplacesIt()
    {
        var pipeline = new PipelineBuilder()
            .Use(new Chronicle.Language.SentenceSplitter())
            .Use(new Chronicle.Language.SentenceSplitter())
            .Build();
        Assert.Single(pipeline.Stages);
    }

    [Fact]
    public void TheStandardPipelineIsInAValidOrderAndMakesEveryLayer()
    {
        var pipeline = StandardPipeline.Create(SharedResources.Value);
        var made = pipeline.Stages.Aggregate(Layer.Article, (layers, stage) => layers | stage.Assigns);
        Assert.Equal(Enum.GetValues<Layer>().Aggregate(Layer.None, (all, layer) => all | layer), made);
    }

    [Fact]
    public void UpToALayerKeepsTheStagesUntilTheOneThatMakesIt()
    {
        var pipeline = new PipelineBuilder().Use(new MakesEntities()).Use(new NeedsEntities()).Build();
        Assert.Equal(["entities"], pipeline.UpTo(Layer.Entities).Stages.Select(s => s.Name));
        Assert.Equal(2, pipeline.UpTo(Layer.Events).Stages.Length);
        Assert.Throws<InvalidOperationException>(() => pipeline.UpTo(Layer.Quotes));
    }
}
