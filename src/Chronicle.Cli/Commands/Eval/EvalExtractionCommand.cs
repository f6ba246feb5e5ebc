using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Chronicle.Articles;
using Chronicle.Cli.Console;
using Chronicle.Documents;
using Chronicle.Evaluation;
using Chronicle.Inputs;
using Chronicle.Serialization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chronicle.Cli.Commands.Eval;

/// <summary>`chronicle eval extraction`: reads a benchmark's pages and scores the article bodies beside the peers' outputs.</summary>
internal sealed class EvalExtractionCommand : Command<EvalExtractionCommand.Settings>
{
    private const string OurName = "chronicle";

    /// <summary>The options of `chronicle eval extraction`.</summary>
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--html <DIR>")]
        [Description("The benchmark's pages, one file per page named ID.html (or ID.html.gz).")]
        public string? Html { get; init; }

        [CommandOption("--truth <FILE>")]
        [Description("The reference bodies: a JSON object of page ids, each with an \"articleBody\" string.")]
        public string? Truth { get; init; }

        [CommandOption("--peers <DIR>")]
        [Description("Other extractors' outputs, one JSON file each (the same map, under \"output\"), scored on the same pages.")]
        public string? Peers { get; init; }

        [CommandOption("-f|--format <FORMAT>")]
        [Description("table (to read) or json.")]
        [DefaultValue(EvalExtractionFormat.Table)]
        public EvalExtractionFormat Format { get; init; } = EvalExtractionFormat.Table;

        [CommandOption("--worst <N>")]
        [Description("Also list the N pages where our F1 is lowest, to see what goes wrong.")]
        [DefaultValue(0)]
        public int Worst { get; init; }

        public override ValidationResult Validate() =>
            EvalInputs.Folder(Html, "--html", "*", SearchOption.AllDirectories, "give the folder of saved pages.") is { Successful: false } html ? html
            : EvalInputs.Files(("--truth", Truth)) is { Successful: false } truth ? truth
            : Peers is not null && !Directory.Exists(Peers) ? ValidationResult.Error($"The peers folder '{Peers}' does not exist.")
            : Worst < 0 ? ValidationResult.Error("--worst must be 0 or more.")
            : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var truth = ExtractionTruth.Load(settings.Truth!);
        var reporter = new Reporter(countsEvents: false);
        var ours = new Dictionary<string, string>(StringComparer.Ordinal);
        var reader = new ArticleReader();
        foreach (var item in new InputCollector().Collect([settings.Html!]))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (item.Problem is { } problem)
            {
                reporter.Problem(problem);
                continue;
            }

            var input = item.Input!;
            var id = PageId(input.Source);
            if (!truth.ContainsKey(id))
            {
                continue;
            }

            var reading = reader.Read(input);
            if (reading.Article is { } article)
            {
                ours[id] = Body(article);
                reporter.Processed(0);
            }
            else if (reading.Problem is { } failure)
            {
                reporter.Problem(failure);
            }
        }

        var scores = truth.Keys.Order(StringComparer.Ordinal)
            .Select(id => (Id: id, Score: ExtractionScorer.Compare(truth[id], ours.GetValueOrDefault(id, string.Empty))))
            .ToList();
        var rows = new List<(string Name, ExtractionSummary Summary)>
        {
            (OurName, ExtractionScorer.Summarise([.. scores.Select(s => s.Score)])),
        };
        rows.AddRange(PeerSummaries(settings.Peers, truth).OrderByDescending(r => r.Summary.F1));
        var worst = scores.OrderBy(s => s.Score.F1).Take(settings.Worst).ToList();
        if (settings.Format == EvalExtractionFormat.Json)
        {
            WriteJson(rows, worst);
        }
        else
        {
            WriteTable(rows, worst);
        }

        reporter.Summary();
        return reporter.ExitCode;
    }

    /// <summary>"pages/abc.html.gz" is page "abc".</summary>
    private static string PageId(string path)
    {
        var name = Path.GetFileName(path);
        int dot = name.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? name : name[..dot];
    }

    private static string Body(Article article) =>
        string.Join("\n\n", article.Sections.Where(s => s.Kind == SectionKind.Body).Select(s => article.Text[s.Span.Start..s.Span.End]));

    private static IEnumerable<(string Name, ExtractionSummary Summary)> PeerSummaries(string? folder, Dictionary<string, string> truth)
    {
        if (folder is null)
        {
            yield break;
        }

        foreach (var file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var output = ExtractionTruth.Load(file);
            var scores = truth.Select(t => ExtractionScorer.Compare(t.Value, output.GetValueOrDefault(t.Key, string.Empty))).ToList();
            yield return (Path.GetFileNameWithoutExtension(file), ExtractionScorer.Summarise(scores));
        }
    }

    private static void WriteTable(List<(string Name, ExtractionSummary Summary)> rows, List<(string Id, ExtractionScore Score)> worst)
    {
        var table = new Table().AddColumns("extractor", "F1", "precision", "recall", "pages");
        foreach (var (name, summary) in rows)
        {
            var cells = new[] { name, Figure(summary.F1), Figure(summary.Precision), Figure(summary.Recall), summary.Documents.ToString(CultureInfo.InvariantCulture) };
            table.AddRow(name == OurName ? cells.Select(c => $"[bold]{Markup.Escape(c)}[/]").ToArray() : cells.Select(Markup.Escape).ToArray());
        }

        AnsiConsole.Write(table);
        foreach (var (id, score) in worst)
        {
            AnsiConsole.WriteLine($"{id[..Math.Min(id.Length, 16)]}  F1 {Figure(score.F1)}  P {Figure(score.Precision)}  R {Figure(score.Recall)}");
        }
    }

    private static void WriteJson(List<(string Name, ExtractionSummary Summary)> rows, List<(string Id, ExtractionScore Score)> worst)
    {
        using var stdout = System.Console.OpenStandardOutput();
        using (var json = new Utf8JsonWriter(stdout, DocumentJsonWriter.Options(indented: true)))
        {
            json.WriteStartObject();
            json.WriteStartArray("extractors");
            foreach (var (name, summary) in rows)
            {
                json.WriteStartObject();
                json.WriteString("name", name);
                json.WriteNumber("f1", Math.Round(summary.F1, 4));
                json.WriteNumber("precision", Math.Round(summary.Precision, 4));
                json.WriteNumber("recall", Math.Round(summary.Recall, 4));
                json.WriteNumber("pages", summary.Documents);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("worst");
            foreach (var (id, score) in worst)
            {
                json.WriteStartObject();
                json.WriteString("id", id);
                json.WriteNumber("f1", Math.Round(score.F1, 4));
                json.WriteNumber("precision", Math.Round(score.Precision, 4));
                json.WriteNumber("recall", Math.Round(score.Recall, 4));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stdout.WriteByte((byte)'\n');
    }

    private static string Figure(double value) => value.ToString("F3", CultureInfo.InvariantCulture);
}

/// <summary>The output formats of `chronicle eval extraction`.</summary>
internal enum EvalExtractionFormat
{
    Table,
    Json,
}
