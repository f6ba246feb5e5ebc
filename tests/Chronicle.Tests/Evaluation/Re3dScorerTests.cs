using System.Collections.Immutable;
using System.Text.Json;
using Chronicle.Documents;
using Chronicle.Evaluation;
using Chronicle.Tests.Cli;
using Chronicle.Tests.Inputs;

namespace Chronicle.Tests.Evaluation;

/// <summary>re3d's reader, the entity scorer's measures, and `chronicle eval entities` end to end on a folder written by the test.</summary>
public sealed class Re3dScorerTests : IDisposable
{
    private const string Text = "U.S. forces and the Kurdish YPG met Gen. Joseph Votel in Raqqa.";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string WriteCorpus()
    {
        _folder.Write("re3d/CENTCOM/documents.json", "\uFEFF" + JsonSerializer.Serialize(new { _id = "D1", sourceName = "CENTCOM", text = Text }) + "\n");
        var lines = new[]
        {
            Gold("U.S. forces", "Organisation", 1),
            Gold("the Kurdish YPG", "Organisation", 1),
            Gold("Kurdish", "Nationality", 0.2),
            Gold("Gen. Joseph Votel", "Person", 0.9),
            Gold("Raqqa", "Location", 1),
            Gold("Raqqa", "Temporal", 1),
            Gold(" ", "Person", 0.9),
        };
        _folder.Write("re3d/CENTCOM/entities.json", string.Join('\n', lines) + "\n");
        return Path.Combine(_folder.Path, "re3d");
    }

    private static string Gold(string value, string type, double confidence)
    {
        int begin = Text.IndexOf(value, StringComparison.Ordinal);
        return JsonSerializer.Serialize(new { _id = $"D1-{begin}-{type}", begin, end = begin + value.Length, type, value, documentId = "D1", confidence });
    }

    private static Entity Entity(int id, EntityType type, params string[] mentions) => new()
    {
        Id = new EntityId(id),
        Type = type,
        Name = mentions[0],
        Mentions = [.. mentions.Select(m => new Span(Text.IndexOf(m, StringComparison.Ordinal), Text.IndexOf(m, StringComparison.Ordinal) + m.Length))],
    };

    [Fact]
    public void ReadsConfidentGoldOfTheFourTypesWithText()
    {
        var document = Assert.Single(Re3dCorpus.Load(WriteCorpus()));
        Assert.Equal("CENTCOM", document.Source);
        Assert.Equal(
            [("U.S. forces", Re3dType.Organisation), ("the Kurdish YPG", Re3dType.Organisation), ("Gen. Joseph Votel", Re3dType.Person), ("Raqqa", Re3dType.Location)],
            document.Gold.Select(g => (g.Text, g.Type)));
    }

    [Fact]
    public void MeasuresExactNormalisedOverlapAndPerDocumentTexts()
    {
        var corpus = Re3dCorpus.Load(WriteCorpus());
        ImmutableArray<Entity> system =
        [
            Entity(1, EntityType.Org, "U.S. forces"),
            Entity(2, EntityType.Org, "Kurdish YPG"),
            Entity(3, EntityType.Person, "Joseph Votel"),
            Entity(4, EntityType.Gpe, "Raqqa"),
            Entity(5, EntityType.Other, "Gen."),
        ];
        var score = new EntityScorer(d => d.WithEntities(system)).Score(corpus);

        Assert.Equal(1, score.Documents);
        Assert.Equal(new PrecisionRecall(2, 4, 4), score.Get(EntityMeasure.Exact));
        // "the Kurdish YPG" matches once its determiner is dropped; "Gen. Joseph Votel" only overlaps.
        Assert.Equal(new PrecisionRecall(3, 4, 4), score.Get(EntityMeasure.ExactNormalised));
        Assert.Equal(new PrecisionRecall(4, 4, 4), score.Get(EntityMeasure.Overlap));
        Assert.Equal(new PrecisionRecall(1, 1, 1), score.Get(EntityMeasure.Overlap, Re3dType.Person));
        Assert.Equal(new PrecisionRecall(3, 4, 4), score.Get(EntityMeasure.DocumentText));
    }

    [Fact]
    public void ATypeMismatchIsNotAMatch()
    {
        var corpus = Re3dCorpus.Load(WriteCorpus());
        ImmutableArray<Entity> system = [Entity(1, EntityType.Norp, "Raqqa")];
        var score = new EntityScorer(d => d.WithEntities(system)).Score(corpus);

        Assert.Equal(0, score.Get(EntityMeasure.Overlap).Correct);
        Assert.Equal(1, score.Get(EntityMeasure.Overlap, Re3dType.Nationality).System);
    }

    [Fact]
    public void APlaceNamedAsAnActorCountsAsAnOrganisation()
    {
        var corpus = Re3dCorpus.Load(WriteCorpus());
        var raqqa = Entity(1, EntityType.Gpe, "Raqqa");
        ImmutableArray<Entity> system = [raqqa with { ActorMentions = raqqa.Mentions }];
        var score = new EntityScorer(d => d.WithEntities(system)).Score(corpus);

        Assert.Equal(new PrecisionRecall(0, 1, 2), score.Get(EntityMeasure.Exact, Re3dType.Organisation));
        Assert.Equal(0, score.Get(EntityMeasure.Exact, Re3dType.Location).System);
    }

    [Theory]
    [InlineData("the Kurdish YPG", "Kurdish YPG")]
    [InlineData("An  army", "army")]
    [InlineData("The", "The")]
    [InlineData("Theresa May", "Theresa May")]
    public void NormalisingDropsOneLeadingDeterminerAndCollapsesSpaces(string text, string expected) =>
        Assert.Equal(expected, EntityScorer.NormaliseText(text));

    [Fact]
    public void CommandScoresTheCorpusAsJson()
    {
        var run = CliRunner.Run("eval", "entities", "--re3d", WriteCorpus(), "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var score = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.Equal(1, score.GetProperty("documents").GetInt32());
        Assert.Equal(4, score.GetProperty("exact").GetProperty("all").GetProperty("gold").GetInt32());
        Assert.Equal(1, score.GetProperty("overlap").GetProperty("location").GetProperty("gold").GetInt32());
    }

    [Fact]
    public void CommandListsMissesAndFalseAlarms()
    {
        var run = CliRunner.Run("eval", "entities", "--re3d", WriteCorpus(), "--format", "errors");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("document\terror\ttype\ttext", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void AFolderWithoutDocumentsIsAnError()
    {
        _folder.Write("empty/readme.txt", "nothing");

        var run = CliRunner.Run("eval", "entities", "--re3d", Path.Combine(_folder.Path, "empty"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("documents.json", run.Stderr, StringComparison.Ordinal);
    }
}
