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

/// <summary>`chronicle eval time`: scores the time layer against TimeML gold the way TempEval-3 does.</summary>
internal sealed class EvalTimeCommand : Command<EvalTimeCommand.Settings>
{
    /// <summary>The options of `chronicle eval time`.</summary>
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--tml <DIR>")]
        [Description("Folder of TimeML gold files (*.tml with TIMEX3 inside TEXT), e.g. TempEval-3's gold/ folder; the DCT is taken as the publication date.")]
        public string? TmlDirectory { get; init; }

        [CommandOption("-f|--format <FORMAT>")]
        [Description("table (to read) or json (one object: counts, then precision, recall and F1 per measure).")]
        [DefaultValue(EvalTimeFormat.Table)]
        public EvalTimeFormat Format { get; init; } = EvalTimeFormat.Table;

        [CommandOption("--data <DIR>")]
        [Description("Chronicle's data directory; by default the one installed beside the program.")]
        public string? DataDirectory { get; init; }

        public override ValidationResult Validate() =>
            EvalInputs.Folder(TmlDirectory, "--tml", "*.tml", SearchOption.TopDirectoryOnly,
                "give the folder of gold TimeML (TempEval-3's gold/, not input/).");
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var resources = ChronicleResources.Load(settings.DataDirectory);
        // The time stage needs the places before it for "local time".
        var pipeline = StandardPipeline.Create(resources).UpTo(Layer.Times);
        var files = System.IO.Directory.GetFiles(settings.TmlDirectory!, "*.tml").Order(StringComparer.Ordinal).ToList();
        var scorer = new TimeMlScorer(document =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            return pipeline.Run(document);
        });
        var score = scorer.Score(files.Select(TimeMlDocument.Load));
        if (score.Gold == 0)
        {
            System.Console.Error.WriteLine($"chronicle: no gold TIMEX3 inside TEXT in {settings.TmlDirectory}; give the folder of gold TimeML (TempEval-3's gold/, not input/).");
            return ExitCodes.NothingRead;
        }

        if (settings.Format == EvalTimeFormat.Json)
        {
            WriteJson(files.Count, score);
        }
        else
        {
            WriteTable(AnsiConsole.Console, files.Count, score);
        }

        return ExitCodes.Success;
    }

    private static void WriteTable(IAnsiConsole console, int documents, TimeMlScore score)
    {
        console.MarkupLine($"[bold]TimeML[/]: {documents} documents, {score.Gold} gold expressions, {score.System} found");
        var table = new Table().Border(TableBorder.Simple);
        foreach (var column in new[] { "measure", "P", "R", "F1" })
        {
            table.AddColumn(column, c => c.RightAligned());
        }

        table.Columns[0].LeftAligned();
        foreach (var (name, measure) in Measures(score))
        {
            table.AddRow(name, Format(measure.Precision), Format(measure.Recall), Format(measure.F1));
        }

        foreach (var (tagger, f1) in TimeMlPublished.ValueF1)
        {
            table.AddRow($"[grey]value, {Markup.Escape(tagger)} (published)[/]", "", "", $"[grey]{Format(f1)}[/]");
        }

        console.Write(table);
    }

    private static void WriteJson(int documents, TimeMlScore score)
    {
        using var stdout = System.Console.OpenStandardOutput();
        using (var json = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("documents", documents);
            json.WriteNumber("gold", score.Gold);
            json.WriteNumber("system", score.System);
            foreach (var (name, measure) in Measures(score))
            {
                json.WriteStartObject(JsonName(name));
                json.WriteNumber("correct", measure.Correct);
                json.WriteNumber("precision", Math.Round(measure.Precision, 4));
                json.WriteNumber("recall", Math.Round(measure.Recall, 4));
                json.WriteNumber("f1", Math.Round(measure.F1, 4));
                json.WriteEndObject();
            }

            json.WriteStartObject("publishedValueF1");
            foreach (var (tagger, f1) in TimeMlPublished.ValueF1)
            {
                json.WriteNumber(tagger, f1);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        stdout.WriteByte((byte)'\n');
    }

    private static (string Name, PrecisionRecall Measure)[] Measures(TimeMlScore score) =>
    [
        ("extent, strict", score.StrictExtent),
        ("extent, relaxed", score.RelaxedExtent),
        ("type", score.Type),
        ("value", score.Value),
    ];

    // "extent, relaxed" → "extentRelaxed".
    private static string JsonName(string name) =>
        string.Concat(name.Split(", ").Select((part, i) => i == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));

    private static string Format(double value) => value.ToString("F3", CultureInfo.InvariantCulture);
}

/// <summary>The output formats of `chronicle eval time`.</summary>
internal enum EvalTimeFormat
{
    Table,
    Json,
}
