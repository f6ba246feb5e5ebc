using System.ComponentModel;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Chronicle.Cli.Commands.Ingest;
using Chronicle.Cli.Console;
using Chronicle.Fetching;
using Chronicle.Pipeline;
using Chronicle.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chronicle.Cli.Commands.Watch;

/// <summary>`chronicle watch`: polls feeds every so often and ingests each item once, until stopped or after a number of rounds.</summary>
internal sealed partial class WatchCommand : AsyncCommand<WatchCommand.Settings>
{
    /// <summary>The options of `chronicle watch`.</summary>
    internal sealed partial class Settings : CommandSettings
    {
        [CommandArgument(0, "<FEED>")]
        [Description("RSS or Atom feed URLs, or feed files (re-read each round).")]
        public string[] Feeds { get; init; } = [];

        [CommandOption("--every <INTERVAL>")]
        [Description("The wait between rounds: a number with s, m or h (30s, 15m, 1h).")]
        [DefaultValue("15m")]
        public string Every { get; init; } = "15m";

        [CommandOption("--rounds <N>")]
        [Description("Stop after this many rounds (for cron and tests); by default watch runs until Ctrl-C or SIGTERM.")]
        public int? Rounds { get; init; }

        [CommandOption("--db <DATABASE>")]
        [Description("A SQLite file (created on first use; default chronicle.db) or postgres://user:password@host:port/database.")]
        public string? Database { get; init; }

        [CommandOption("--fetch")]
        [Description("For feed items that carry only a summary, read the page the item links to instead.")]
        public bool Fetch { get; init; }

        [CommandOption("--allow-private")]
        [Description("Allow feeds and pages on loopback, link-local and private addresses (off by default, so that no feed can reach internal services).")]
        public bool AllowPrivate { get; init; }

        [CommandOption("--data <DIR>")]
        [Description("Chronicle's data directory; by default the one installed beside the program.")]
        public string? DataDirectory { get; init; }

        public TimeSpan Interval => ParseInterval(Every)!.Value;

        public override ValidationResult Validate() =>
            Feeds.Length == 0 ? ValidationResult.Error("Give at least one feed: a URL or a feed file.")
            : ParseInterval(Every) is null ? ValidationResult.Error($"--every must be a number with s, m or h, like 15m, not '{Every}'.")
            : Rounds is < 1 ? ValidationResult.Error("--rounds must be at least 1.")
            : ValidationResult.Success();

        private static TimeSpan? ParseInterval(string value)
        {
            var match = IntervalPattern().Match(value);
            if (!match.Success)
            {
                return null;
            }

            double amount = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            return match.Groups[2].Value switch
            {
                "s" => TimeSpan.FromSeconds(amount),
                "m" => TimeSpan.FromMinutes(amount),
                _ => TimeSpan.FromHours(amount),
            };
        }

        [GeneratedRegex(@"^(\d+(?:\.\d+)?)([smh])$")]
        private static partial Regex IntervalPattern();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        // Ctrl-C and SIGTERM end the watch between items rather than killing it mid-article.
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

        var processor = new ArticleProcessor(ChronicleResources.Load(settings.DataDirectory));
        using var store = EventStore.Open(StoreTarget.Parse(settings.Database));
        using var fetcher = new WebFetcher(new FetchOptions { AllowPrivate = settings.AllowPrivate });
        var reporter = new Reporter();
        var ingestion = new Ingestion(store, processor, reporter);
        var watcher = new FeedWatcher(store, ingestion, reporter, fetcher, settings.Fetch);
        for (int round = 1; settings.Rounds is not { } last || round <= last; round++)
        {
            await watcher.Round(round, settings.Feeds, stop.Token).ConfigureAwait(false);
            if (stop.IsCancellationRequested || round == settings.Rounds)
            {
                break;
            }

            try
            {
                await Task.Delay(settings.Interval, stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        ingestion.Finish();
        return watcher.AllRead(settings.Feeds) ? ExitCodes.Success : ExitCodes.NothingRead;

        // A second signal is not held back, so a watch stuck on a slow item can still be ended at once.
        void Stop(PosixSignalContext signal)
        {
            signal.Cancel = !stop.IsCancellationRequested;
            System.Console.Error.WriteLine($"chronicle: {signal.Signal} received; stopping after the current item");
            stop.Cancel();
        }
    }
}
