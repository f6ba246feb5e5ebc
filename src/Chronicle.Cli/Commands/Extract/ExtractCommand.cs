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
    internal sealed class Settings : PipelineSettings
    {
        [CommandOption("-f|--format <FORMAT>")]
        [Description("json (one document, or an array for several), jsonl (one document a line) or table (a summary to read).")]
        [DefaultValue(ExtractFormat.Json)]
        public ExtractFormat Format { get; init; } = ExtractFormat.Json;

        [CommandOption("--actors <FILE>")]
        [Description("Extra actor list(s) in the format of data/actors/actors.tsv; they extend and override the built-in list.")]
        public string[] Actors { get; init; } = [];

        [CommandOption("--events <FILE>")]
        [Description("Extra event trigger list(s) in the format of data/events/triggers.tsv.")]
        public string[] Events { get; init; } = [];

        public override ValidationResult Validate()
        {
            if (base.Validate() is { Successful: false } invalid)
            {
                return invalid;
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
        foreach (var item in settings.CollectInputs())
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
