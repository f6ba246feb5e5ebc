using System.ComponentModel;
using System.Globalization;
using Chronicle.Articles;
using Chronicle.Cli.Console;
using Chronicle.Documents;
using Chronicle.Inputs;
using Chronicle.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chronicle.Cli.Commands.Quotes;

/// <summary>`chronicle quotes`: prints the direct and reported speech of each input with its speaker, cue and article.</summary>
internal sealed class QuotesCommand : Command<QuotesCommand.Settings>
{
    /// <summary>The options of `chronicle quotes`.</summary>
    internal sealed class Settings : PipelineSettings
    {
        [CommandOption("-s|--speaker <NAME>")]
        [Description("Only quotes of this speaker: the entity's name, any alias the article gives it, or their last words (\"Patrick Ryder\", \"General Ryder\", \"Ryder\"), case-insensitive.")]
        public string? Speaker { get; init; }

        [CommandOption("-f|--format <FORMAT>")]
        [Description("table (to read), json (one array) or jsonl (one quote a line).")]
        [DefaultValue(QuotesFormat.Table)]
        public QuotesFormat Format { get; init; } = QuotesFormat.Table;

        public override ValidationResult Validate()
        {
            if (Speaker is { } speaker && string.IsNullOrWhiteSpace(speaker))
            {
                return ValidationResult.Error("--speaker needs a name.");
            }

            return base.Validate();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var resources = ChronicleResources.Load(settings.DataDirectory);
        var processor = new ArticleProcessor(new ArticleReader(), StandardPipeline.Create(resources).UpTo(Layer.Quotes));
        var reporter = new Reporter();
        var published = settings.PublishedDate;
        string? speaker = settings.Speaker?.Trim();
        int articles = 0, quotes = 0, shown = 0;
        using var output = QuoteOutput.Create(settings.Format, System.Console.OpenStandardOutput(), AnsiConsole.Console);
        foreach (var item in settings.CollectInputs())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (item.Problem is { } problem)
            {
                reporter.Problem(problem);
                continue;
            }

            var input = item.Input!;
            if (input.Published is null && published is not null)
            {
                input = input with { Published = published };
            }

            var result = processor.Process(input);
            foreach (var warning in result.Warnings)
            {
                reporter.Warning(warning);
            }

            if (result.Document is not { } document)
            {
                reporter.Problem(result.Problem!);
                continue;
            }

            articles++;
            reporter.Processed(0);
            foreach (var row in QuoteRow.Of(document))
            {
                quotes++;
                if (speaker is null || row.SpokenBy(speaker))
                {
                    shown++;
                    output.Write(row);
                }
            }
        }

        output.Complete();
        string filtered = speaker is null ? "" : $", {shown} by '{speaker}'";
        System.Console.Error.WriteLine($"chronicle: {articles} articles, {quotes} quotes{filtered}, {reporter.Problems} inputs with problems");
        return reporter.ExitCode;
    }
}

/// <summary>The output formats of `chronicle quotes`.</summary>
internal enum QuotesFormat
{
    Table,
    Json,
    Jsonl,
}
