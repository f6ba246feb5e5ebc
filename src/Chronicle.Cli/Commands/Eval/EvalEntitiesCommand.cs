using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Chronicle.Cli.Console;
using Chronicle.Documents;
using Chronicle.Evaluation;
using Chronicle.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chronicle.Cli.Commands.Eval;

/// <summary>`chronicle eval entities`: scores the entity layer against re3d's Person, Organisation, Location and Nationality mentions.</summary>
internal sealed class EvalEntitiesCommand : Command<EvalEntitiesCommand.Settings>
{
    /// <summary>The options of `chronicle eval entities`.</summary>
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--re3d <DIR>")]
        [Description("re3d's folder: source folders, each with documents.json and entities.json (gold with confidence >= 0.5 is scored).")]
        public string? Re3dDirectory { get; init; }

        [CommandOption("-f|--format <FORMAT>")]
        [Description("table (to read), json (counts, precision, recall and F1 per measure and type) or errors (per document, the mention texts missed and found wrongly, tab-separated).")]
        [DefaultValue(EvalEntitiesFormat.Table)]
        public EvalEntitiesFormat Format { get; init; } = EvalEntitiesFormat.Table;

        [CommandOption("--data <DIR>")]
        [Description("Chronicle's data directory; by default the one installed beside the program.")]
        public string? DataDirectory { get; init; }

        public override ValidationResult Validate() =>
            EvalInputs.Folder(Re3dDirectory, "--re3d", "documents.json", SearchOption.AllDirectories,
                "give re3d's folder (its source folders hold documents.json and entities.json).");
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var resources = ChronicleResources.Load(settings.DataDirectory);
        var pipeline = StandardPipeline.Create(resources).UpTo(Layer.Entities);
        Document Annotate(Document document)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return pipeline.Run(document);
        }

        var documents = Re3dCorpus.Load(settings.Re3dDirectory!);
        if (documents.Sum(d => d.Gold.Length) == 0)
        {
            System.Console.Error.WriteLine($"chronicle: no gold Person, Organisation, Location or Nationality mentions in {settings.Re3dDirectory}.");
            return ExitCodes.NothingRead;
        }

        if (settings.Format == EvalEntitiesFormat.Errors)
        {
            WriteErrors(documents, Annotate);
            return ExitCodes.Success;
        }

        var score = new EntityScorer(Annotate).Score(documents);
        if (settings.Format == EvalEntitiesFormat.Json)
        {
            WriteJson(score);
        }
        else
        {
            WriteTable(AnsiConsole.Console, score);
        }

        return ExitCodes.Success;
    }

    private static void WriteErrors(IEnumerable<Re3dDocument> documents, Func<Document, Document> annotate)
    {
        var stdout = System.Console.Out;
        stdout.WriteLine("document\terror\ttype\ttext");
        foreach (var gold in documents)
        {
            var (missed, spurious) = EntityScorer.Differences(gold, EntityScorer.SystemMentions(annotate(gold.ToDocument())));
            foreach (var (type, text) in missed)
            {
                stdout.WriteLine($"{gold.Id}\tmissed\t{type}\t{text}");
            }

            foreach (var (type, text) in spurious)
            {
                stdout.WriteLine($"{gold.Id}\tspurious\t{type}\t{text}");
            }
        }
    }

    private static void WriteTable(IAnsiConsole console, EntityScore score)
    {
        var gold = score.Get(EntityMeasure.Exact);
        console.MarkupLine($"[bold]re3d[/]: {score.Documents} documents, {gold.Gold} gold mentions, {gold.System} found");
        var table = new Table().Border(TableBorder.Simple);
        table.AddColumn("measure");
        table.AddColumn("type");
        foreach (var column in new[] { "gold", "found", "correct", "P", "R", "F1" })
        {
            table.AddColumn(column, c => c.RightAligned());
        }

        foreach (var (measure, name) in Measures)
        {
            foreach (var type in Types)
            {
                var counts = score.Get(measure, type);
                string label = type?.ToString() ?? "[bold]all[/]";
                table.AddRow(name, label, Count(counts.Gold), Count(counts.System), Count(counts.Correct),
                    Format(counts.Precision), Format(counts.Recall), type is null ? $"[bold]{Format(counts.F1)}[/]" : Format(counts.F1));
            }
        }

        console.Write(table);
        console.MarkupLine("[grey]exact: spans as annotated; normalised: a leading the/a/an dropped on both sides; per document: distinct (type, normalised text) pairs of each document, micro-averaged.[/]");
    }

    private static void WriteJson(EntityScore score)
    {
        using var stdout = System.Console.OpenStandardOutput();
        using (var json = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("documents", score.Documents);
            foreach (var (measure, _) in Measures)
            {
                json.WriteStartObject(JsonNamingPolicy.CamelCase.ConvertName(measure.ToString()));
                foreach (var type in Types)
                {
                    var counts = score.Get(measure, type);
                    json.WriteStartObject(type is { } t ? JsonNamingPolicy.CamelCase.ConvertName(t.ToString()) : "all");
                    json.WriteNumber("gold", counts.Gold);
                    json.WriteNumber("system", counts.System);
                    json.WriteNumber("correct", counts.Correct);
                    json.WriteNumber("precision", Math.Round(counts.Precision, 4));
                    json.WriteNumber("recall", Math.Round(counts.Recall, 4));
                    json.WriteNumber("f1", Math.Round(counts.F1, 4));
                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        stdout.WriteByte((byte)'\n');
    }

    private static readonly (EntityMeasure Measure, string Name)[] Measures =
    [
        (EntityMeasure.Exact, "exact"),
        (EntityMeasure.ExactNormalised, "exact, normalised"),
        (EntityMeasure.Overlap, "overlap"),
        (EntityMeasure.DocumentText, "per document"),
    ];

    private static readonly Re3dType?[] Types = [.. Enum.GetValues<Re3dType>().Cast<Re3dType?>(), null];

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Format(double value) => value.ToString("F3", CultureInfo.InvariantCulture);
}

/// <summary>The output formats of `chronicle eval entities`.</summary>
internal enum EvalEntitiesFormat
{
    Table,
    Json,
    Errors,
}
