using System.ComponentModel;
using System.Globalization;
using Chronicle.Cli.Console;
using Chronicle.Inputs;
using Chronicle.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chronicle.Cli.Commands.Extract;

/// <summary>`chronicle extract`: runs the whole pipeline over each input and prints Chronicle documents.</summary>
internal sealed class ExtractCommand : Command<ExtractCommand.Settings>
{
    /// <summary>The options of `chronicle extract`.</summary>
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<INPUT>")]
        [Description("Text, HTML (.html/.htm, also .gz) or JSON Lines files (.jsonl: one article a line, \"text\" required; \"id\", \"title\", \"url\", \"published\" optional), folders (read recursively), RSS or Atom feeds (.rss/.atom/.xml or a feed URL), or - for standard input.")]
        public string[] Inputs { get; init; } = [];

        [CommandOption("-f|--format <FORMAT>")]
        [Description("json (one document, or an array for several), jsonl (one document a line) or table (a summary to read).")]
        [DefaultValue(ExtractFormat.Json)]
        public ExtractFormat Format { get; init; } = ExtractFormat.Json;

        [CommandOption("--fetch")]
        [Description("For feed items that carry only a summary, read the page the item links to instead.")]
        public bool Fetch { get; init; }

        [CommandOption("--published <DATE>")]
        [Description("Publication date (YYYY-MM-DD) for inputs that carry none; relative dates (\"Thursday\", \"last year\") are read against it.")]
        public string? Published { get; init; }

        [CommandOption("--actors <FILE>")]
        [Description("Extra actor list(s) in the format of data/actors/actors.tsv; they extend and override the built-in list.")]
        public string[] Actors { get; init; } = [];

        [CommandOption("--events <FILE>")]
        [Description("Extra event trigger list(s) in the format of data/events/triggers.tsv.")]
        public string[] Events { get; init; } = [];

        [CommandOption("--data <DIR>")]
        [Description("Chronicle's data directory (gazetteer, word lists); by default the one installed beside the program.")]
        public string? DataDirectory { get; init; }

        public DateOnly? PublishedDate =>
            Published is null ? null : DateOnly.ParseExact(Published, "yyyy-MM-dd", CultureInfo.InvariantCulture);

        public override ValidationResult Validate()
        {
            if (Inputs.Length == 0)
            {
                return ValidationResult.Error("Give at least one input: a file, a folder, or - for standard input.");
            }

            if (Published is not null && !DateOnly.TryParseExact(Published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                return ValidationResult.Error($"--published must be a date like 2024-01-04, not '{Published}'.");
            }

            foreach (var file in Actors.Concat(Events))
            {
                if (!File.Exists(file))
                {
                    return ValidationResult.Error($"The list '{file}' does not exist.");
                }
            }

            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var resources = ChronicleResources.Load(settings.DataDirectory, settings.Actors, settings.Events);
        var processor = new ArticleProcessor(resources);
        var reporter = new Reporter();
        using var output = DocumentOutput.Create(settings.Format, System.Console.OpenStandardOutput(), AnsiConsole.Console);
        foreach (var item in new InputCollector() { FetchFeedLinks = settings.Fetch }.Collect(StandardInputArgument.Restore(settings.Inputs)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (item.Problem is { } problem)
            {
                reporter.Problem(problem);
                continue;
            }

            var input = item.Input!;
            if (input.Published is null && settings.PublishedDate is { } published)
            {
                input = input with { Published = published };
            }

            var result = processor.Process(input);
            foreach (var warning in result.Warnings)
            {
                reporter.Warning(warning);
            }

            if (result.Document is { } document)
            {
                output.Write(document);
                reporter.Processed(document.Events.Length);
            }
            else if (result.Problem is { } failure)
            {
                reporter.Problem(failure);
            }
        }

        output.Complete();
        reporter.Summary();
        return reporter.ExitCode;
    }
}

/// <summary>The output formats of `chronicle extract`.</summary>
internal enum ExtractFormat
{
    Json,
    Jsonl,
    Table,
}
