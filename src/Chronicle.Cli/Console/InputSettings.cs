using System.ComponentModel;
using System.Globalization;
using Chronicle.Fetching;
using Chronicle.Inputs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chronicle.Cli.Console;

/// <summary>The options of every command that reads articles: the inputs, a date for undated ones, and how far to fetch.</summary>
internal abstract class InputSettings : CommandSettings
{
    [CommandArgument(0, "<INPUT>")]
    [Description("Text, HTML (.html/.htm, also .gz) or JSON Lines files (.jsonl: one article a line, \"text\" required; \"id\", \"title\", \"url\", \"published\" optional), folders (read recursively), RSS or Atom feeds (.rss/.atom/.xml or a feed URL), http(s) URLs, or - for standard input.")]
    public string[] Inputs { get; init; } = [];

    [CommandOption("--published <DATE>")]
    [Description("Publication date (YYYY-MM-DD) for inputs that carry none; relative dates (\"Thursday\", \"last year\") are read against it.")]
    public string? Published { get; init; }

    [CommandOption("--fetch")]
    [Description("For feed items that carry only a summary, read the page the item links to instead.")]
    public bool Fetch { get; init; }

    [CommandOption("--allow-private")]
    [Description("Allow URLs on loopback, link-local and private addresses (refused by default).")]
    public bool AllowPrivate { get; init; }

    public DateOnly? PublishedDate =>
        Published is null ? null : DateOnly.ParseExact(Published, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The inputs as a lazy stream of articles and problems, with "-" read from standard input.</summary>
    public IEnumerable<InputItem> CollectInputs() =>
        new InputCollector(System.Console.OpenStandardInput, new FetchOptions { AllowPrivate = AllowPrivate }) { FetchFeedLinks = Fetch }
            .Collect(StandardInputArgument.Restore(Inputs));

    public override ValidationResult Validate()
    {
        if (Inputs.Length == 0)
        {
            return ValidationResult.Error("Give at least one input: a file, a folder, a URL, or - for standard input.");
        }

        return Published is not null && !DateOnly.TryParseExact(Published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? ValidationResult.Error($"--published must be a date like 2024-01-04, not '{Published}'.")
            : ValidationResult.Success();
    }
}

/// <summary>The options of commands that run the pipeline over what they read: also where Chronicle's data is.</summary>
internal abstract class PipelineSettings : InputSettings
{
    [CommandOption("--data <DIR>")]
    [Description("Chronicle's data directory (gazetteer, word lists); by default the one installed beside the program.")]
    public string? DataDirectory { get; init; }
}
