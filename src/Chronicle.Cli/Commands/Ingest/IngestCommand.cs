using System.ComponentModel;
using System.Globalization;
using Chronicle.Cli.Console;
using Chronicle.Inputs;
using Chronicle.Pipeline;
using Chronicle.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chronicle.Cli.Commands.Ingest;

/// <summary>`chronicle ingest`: runs the pipeline over each input and stores the articles and their events, one transaction per article.</summary>
internal sealed class IngestCommand : Command<IngestCommand.Settings>
{
    /// <summary>The options of `chronicle ingest`.</summary>
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<INPUT>")]
        [Description("Text, HTML (.html/.htm, also .gz) or JSON Lines files, RSS or Atom feeds (.rss/.atom/.xml or a feed URL), folders (read recursively), or - for standard input.")]
        public string[] Inputs { get; init; } = [];

        [CommandOption("--db <DATABASE>")]
        [Description("A SQLite file (created on first use; default chronicle.db) or postgres://user:password@host:port/database.")]
        public string? Database { get; init; }

        [CommandOption("--fetch")]
        [Description("For feed items that carry only a summary, read the page the item links to instead.")]
        public bool Fetch { get; init; }

        [CommandOption("--published <DATE>")]
        [Description("Publication date (YYYY-MM-DD) for inputs that carry none.")]
        public string? Published { get; init; }

        [CommandOption("--data <DIR>")]
        [Description("Chronicle's data directory; by default the one installed beside the program.")]
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

            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var target = StoreTarget.Parse(settings.Database);
        var processor = new ArticleProcessor(ChronicleResources.Load(settings.DataDirectory));
        using var store = EventStore.Open(target);
        var ingest = new Ingestion(store, processor, new Reporter());
        foreach (var item in new InputCollector() { FetchFeedLinks = settings.Fetch }.Collect(StandardInputArgument.Restore(settings.Inputs)))
        {
            // Every stored article is committed, so stopping between two articles loses nothing and a re-run resumes.
            if (cancellationToken.IsCancellationRequested)
            {
                break;
            }

            ingest.Add(item, settings.PublishedDate);
        }

        return ingest.Finish();
    }
}
