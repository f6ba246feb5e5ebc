using System.ComponentModel;
using System.Globalization;
using Chronicle.Articles;
using Chronicle.Cli.Console;
using Chronicle.Fetching;
using Chronicle.Inputs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chronicle.Cli.Commands.Read;

/// <summary>`chronicle read`: the article stage alone — clean text, title, byline, date and sections of each input, no language processing.</summary>
internal sealed class ReadCommand : Command<ReadCommand.Settings>
{
    /// <summary>The options of `chronicle read`.</summary>
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<INPUT>")]
        [Description("Text, HTML (.html/.htm, also .gz), JSON Lines (.jsonl), RSS or Atom feeds, http(s) URLs, folders (read recursively), or - for standard input.")]
        public string[] Inputs { get; init; } = [];

        [CommandOption("-f|--format <FORMAT>")]
        [Description("json (one article object, or an array for several), jsonl (one a line) or text (to read).")]
        [DefaultValue(ReadFormat.Json)]
        public ReadFormat Format { get; init; } = ReadFormat.Json;

        [CommandOption("--fetch")]
        [Description("For feed items that carry only a summary, read the page the item links to instead.")]
        public bool Fetch { get; init; }

        [CommandOption("--published <DATE>")]
        [Description("Publication date (YYYY-MM-DD) for inputs that carry none.")]
        public string? Published { get; init; }

        [CommandOption("--allow-private")]
        [Description("Allow URLs on loopback, link-local and private addresses (off by default, so that no input can reach internal services).")]
        public bool AllowPrivate { get; init; }

        public override ValidationResult Validate() =>
            Inputs.Length == 0 ? ValidationResult.Error("Give at least one input: a file, a folder, a URL, or - for standard input.")
            : Published is not null && !DateOnly.TryParseExact(Published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                ? ValidationResult.Error($"--published must be a date like 2024-01-04, not '{Published}'.")
            : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var reader = new ArticleReader();
        var reporter = new Reporter();
        DateOnly? published = settings.Published is null ? null : DateOnly.ParseExact(settings.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var output = ArticleOutput.Create(settings.Format, System.Console.OpenStandardOutput());
        foreach (var item in new InputCollector(System.Console.OpenStandardInput, new FetchOptions { AllowPrivate = settings.AllowPrivate }) { FetchFeedLinks = settings.Fetch }.Collect(StandardInputArgument.Restore(settings.Inputs)))
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

            var reading = reader.Read(input);
            foreach (var warning in reading.Warnings)
            {
                reporter.Warning(warning);
            }

            if (reading.Article is { } article)
            {
                output.Write(article);
                reporter.Processed(0);
            }
            else if (reading.Problem is { } failure)
            {
                reporter.Problem(failure);
            }
        }

        output.Complete();
        reporter.Summary();
        return reporter.ExitCode;
    }
}
