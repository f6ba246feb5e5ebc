using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Chronicle.Cli.Console;
using Chronicle.Documents;
using Chronicle.Evaluation;
using Chronicle.Inputs;
using Chronicle.Pipeline;
using Chronicle.Serialization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chronicle.Cli.Commands.Eval;

/// <summary>`chronicle eval events`: codes the gold stories and scores event detection by type and the attributes of matched events.</summary>
internal sealed class EvalEventsCommand : Command<EvalEventsCommand.Settings>
{
    /// <summary>The options of `chronicle eval events`.</summary>
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--gold <FILE>")]
        [Description("Gold events, one story a line (id, published, events), in the format of shared/eval/voa-events/dev.jsonl.")]
        public string? Gold { get; init; }

        [CommandOption("--corpus <FILE>")]
        [Description("The stories' texts: JSON Lines with id and text (and title, published), e.g. shared/corpus/voa_stories.jsonl.")]
        public string? Corpus { get; init; }

        [CommandOption("-f|--format <FORMAT>")]
        [Description("table (to read) or json.")]
        [DefaultValue(EvalEventsFormat.Table)]
        public EvalEventsFormat Format { get; init; } = EvalEventsFormat.Table;

        [CommandOption("--errors")]
        [Description("Also list the gold events missed, the events found that gold does not have, and the matched events whose attributes are wrong, to read.")]
        public bool Errors { get; init; }

        [CommandOption("--data <DIR>")]
        [Description("Chronicle's data directory; by default the one installed beside the program.")]
        public string? DataDirectory { get; init; }

        public override ValidationResult Validate() =>
            EvalInputs.Files(("--gold", Gold), ("--corpus", Corpus));
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var gold = EventGoldStory.Load(settings.Gold!).ToDictionary(s => s.Id, StringComparer.Ordinal);
        var processor = new ArticleProcessor(ChronicleResources.Load(settings.DataDirectory));
        var reporter = new Reporter();
        var total = EventScore.Empty;
        var errors = new List<(Document Document, EventScore Score)>();
        foreach (var item in new InputCollector().Collect([settings.Corpus!]))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (item.Input is not { Id: { } id } input || !gold.Remove(id, out var story))
            {
                continue;
            }

            var result = processor.Process(input with { Published = input.Published ?? story.Published });
            if (result.Document is not { } document)
            {
                reporter.Problem(result.Problem!);
                continue;
            }

            var score = EventScorer.Score(document, story);
            total += score;
            errors.Add((document, score));
            reporter.Processed(document.Events.Length);
        }

        foreach (var missing in gold.Keys)
        {
            reporter.Problem(new InputProblem(settings.Corpus!, $"has no story with the gold id {missing}"));
        }

        if (settings.Format == EvalEventsFormat.Json)
        {
            WriteJson(total);
        }
        else
        {
            WriteTable(AnsiConsole.Console, total);
            if (settings.Errors)
            {
                WriteErrors(AnsiConsole.Console, errors);
            }
        }

        reporter.Summary();
        return reporter.ExitCode;
    }

    private static IEnumerable<(string Name, PrecisionRecall Measure)> Attributes(EventScore score) =>
    [
        ("actor", score.Actors.Measure),
        ("recipient", score.Recipients.Measure),
        ("date", score.Date.Measure),
        ("place", score.Place.Measure),
        ("counts (dead, injured, arrested)", score.CasualtyCounts.Measure),
    ];

    private static void WriteTable(IAnsiConsole console, EventScore score)
    {
        var events = new Table().Border(TableBorder.Simple).Title("Events (same type, evidence overlapping the gold clause)");
        foreach (var column in new[] { "type", "gold", "found", "matched", "P", "R", "F1" })
        {
            events.AddColumn(column, c => c.RightAligned());
        }

        events.Columns[0].LeftAligned();
        foreach (var (type, counts) in score.ByType.OrderByDescending(kv => kv.Value.Gold).ThenBy(kv => kv.Key))
        {
            AddRow(events, ContractNames.Of(type), counts);
        }

        AddRow(events, "[bold]all[/]", score.Events);
        console.Write(events);
        console.MarkupLine($"[grey]A match needs the same type, overlapping evidence and agreement on whether the event took place; {score.UnrealFalseAlarms} of the {score.FalseAlarms.Length} false alarms are negated or hypothetical.[/]");

        var attributes = new Table().Border(TableBorder.Simple).Title("Attributes of matched events");
        foreach (var column in new[] { "attribute", "gold", "found", "correct", "P", "R", "F1" })
        {
            attributes.AddColumn(column, c => c.RightAligned());
        }

        attributes.Columns[0].LeftAligned();
        foreach (var (name, measure) in Attributes(score))
        {
            attributes.AddRow(name, Int(measure.Gold), Int(measure.System), Int(measure.Correct), F(measure.Precision), F(measure.Recall), F(measure.F1));
        }

        console.Write(attributes);
        console.MarkupLine($"mean attribute F1 (actor, recipient, date, place): [bold]{F(score.MeanAttributeF1)}[/]; modality agrees on {score.ModalityAgreements} of {score.Events.Correct} matched events");
        console.MarkupLine("[grey]NGEC's LLM coder (2025) reports 0.70 attribute F1 on VOA stories.[/]");
    }

    private static void AddRow(Table table, string name, Counts counts)
    {
        var m = counts.Measure;
        table.AddRow(name, Int(counts.Gold), Int(counts.System), Int(counts.Correct), F(m.Precision), F(m.Recall), F(m.F1));
    }

    private static void WriteErrors(IAnsiConsole console, List<(Document Document, EventScore Score)> stories)
    {
        foreach (var (document, score) in stories)
        {
            console.Write(new Rule(Markup.Escape($"{document.Article.Id}: {document.Article.Title}")).LeftJustified());
            foreach (var miss in score.Misses)
            {
                console.MarkupLine($"[red]missed[/] {ContractNames.Of(miss.Type)} {Markup.Escape(string.Join(", ", miss.Actors))} → {Markup.Escape(string.Join(", ", miss.Recipients))} | {Markup.Escape(miss.Evidence)}");
            }

            foreach (var alarm in score.FalseAlarms)
            {
                console.MarkupLine($"[yellow]extra[/]  {ContractNames.Of(alarm.Type)} ({ContractNames.Of(alarm.Modality)}) | {Markup.Escape(Evidence(document, alarm))}");
            }

            foreach (var match in score.Matches.Where(m => m.Attributes.AnyWrong))
            {
                console.MarkupLine($"[blue]wrong[/]  {ContractNames.Of(match.Gold.Type)} | {Markup.Escape(Evidence(document, match.System))}");
                foreach (var (name, counts, gold, found) in AttributeValues(document, match))
                {
                    if (counts.Correct != counts.System || counts.Correct != counts.Gold)
                    {
                        console.MarkupLine($"         {name}: gold {Markup.Escape(gold)}, found {Markup.Escape(found)}");
                    }
                }
            }
        }
    }

    private static string Evidence(Document document, Event e)
    {
        var evidence = string.Join(" … ", e.Evidence.Select(s => document[s]));
        return evidence.Length > 200 ? evidence[..200] : evidence;
    }

    // Each attribute of a matched pair as the gold and the system give it, for reading beside its counts.
    private static IEnumerable<(string Name, Counts Counts, string Gold, string Found)> AttributeValues(Document document, MatchedEvent match)
    {
        static string Value(object? value) => value?.ToString() ?? "-";

        static string Names(IEnumerable<string> names) => names.Any() ? string.Join("; ", names) : "-";

        var (gold, system, counts) = (match.Gold, match.System, match.Attributes);
        string EntityNames(IEnumerable<EntityId> ids) => Names(ids.Select(id => document.FindEntity(id)?.Name ?? id.ToString()));
        yield return ("actors", counts.Actors, Names(gold.Actors), EntityNames(system.Actors));
        yield return ("recipients", counts.Recipients, Names(gold.Recipients), EntityNames(system.Recipients));
        yield return ("date", counts.Date, Value(gold.Date), system.Date is { } date ? $"{date.Value} ({ContractNames.Of(date.From)})" : "-");
        yield return ("place", counts.Place, $"{Value(gold.Place)} ({Value(gold.Country)})",
            system.Location is { } place ? $"{place.Name} ({Value(place.Place?.Country)})" : "-");
        yield return ("counts", counts.Counts, $"{Value(gold.Dead)}/{Value(gold.Injured)}/{Value(gold.Arrested)} dead/injured/arrested",
            $"{Value(system.Dead)}/{Value(system.Injured)}/{Value(system.Arrested)}");
    }

    private static void WriteJson(EventScore score)
    {
        using var stdout = System.Console.OpenStandardOutput();
        using var json = new Utf8JsonWriter(stdout, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteStartObject("events");
        WriteMeasure(json, "all", score.Events.Measure);
        foreach (var (type, counts) in score.ByType.OrderBy(kv => kv.Key))
        {
            WriteMeasure(json, ContractNames.Of(type), counts.Measure);
        }

        json.WriteEndObject();
        json.WriteStartObject("attributes");
        foreach (var (name, measure) in Attributes(score))
        {
            WriteMeasure(json, name.Split(' ')[0], measure);
        }

        json.WriteEndObject();
        json.WriteNumber("meanAttributeF1", Math.Round(score.MeanAttributeF1, 4));
        json.WriteNumber("modalityAgreements", score.ModalityAgreements);
        json.WriteEndObject();
        json.Flush();
        stdout.WriteByte((byte)'\n');
    }

    private static void WriteMeasure(Utf8JsonWriter json, string name, PrecisionRecall measure)
    {
        json.WriteStartObject(name);
        json.WriteNumber("gold", measure.Gold);
        json.WriteNumber("found", measure.System);
        json.WriteNumber("correct", measure.Correct);
        json.WriteNumber("precision", Math.Round(measure.Precision, 4));
        json.WriteNumber("recall", Math.Round(measure.Recall, 4));
        json.WriteNumber("f1", Math.Round(measure.F1, 4));
        json.WriteEndObject();
    }

    private static string F(double value) => value.ToString("F3", CultureInfo.InvariantCulture);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The output formats of `chronicle eval events`.</summary>
internal enum EvalEventsFormat
{
    Table,
    Json,
}
