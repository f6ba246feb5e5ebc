using System.Diagnostics;
using System.Globalization;
using Chronicle.Cli.Commands.Ingest;
using Chronicle.Cli.Console;
using Chronicle.Feeds;
using Chronicle.Fetching;
using Chronicle.Inputs;
using Chronicle.Storage;

namespace Chronicle.Cli.Commands.Watch;

/// <summary>Polls feeds round by round and ingests the items the store has not seen, asking servers only for what changed.</summary>
internal sealed class FeedWatcher(EventStore store, Ingestion ingestion, Reporter reporter, WebFetcher fetcher, bool fetchLinks)
{
    // Kept for the life of the process only: after a restart one full download per feed is cheap, and the store's
    // record of seen items still keeps the items from being read again.
    private readonly Dictionary<string, FetchValidators> _validators = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    /// <summary>Whether every feed has been read at least once (or answered "not modified").</summary>
    public bool AllRead(IReadOnlyCollection<string> feeds) => feeds.All(_read.Contains);

    /// <summary>Polls each feed once, logging per feed what came in; stops between items when cancelled.</summary>
    public async Task Round(int round, IEnumerable<string> feeds, CancellationToken cancellationToken)
    {
        foreach (var feed in feeds)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                return;
            }

            var clock = Stopwatch.StartNew();
            int events = reporter.Events;
            string outcome;
            try
            {
                outcome = await Poll(feed, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                outcome = "stopped";
            }

            System.Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"chronicle: round {round}: {feed}: {outcome}, {reporter.Events - events} events, {clock.Elapsed.TotalSeconds:F2} s"));
        }
    }

    private async Task<string> Poll(string feed, CancellationToken cancellationToken)
    {
        byte[] bytes;
        Uri? url = null;
        if (feed.Contains("://", StringComparison.Ordinal) && Uri.TryCreate(feed, UriKind.Absolute, out url))
        {
            FetchResult result;
            try
            {
                result = await fetcher.FetchAsync(url, _validators.GetValueOrDefault(feed), cancellationToken).ConfigureAwait(false);
            }
            catch (FetchException e)
            {
                reporter.Problem(new InputProblem(feed, e.Message));
                return "not read";
            }

            if (result.Validators is { } validators)
            {
                _validators[feed] = validators;
            }

            if (result.NotModified)
            {
                _read.Add(feed);
                return "not modified";
            }

            bytes = result.Bytes;
            url = result.Url;
        }
        else
        {
            try
            {
                if (new FileInfo(feed).Length > FeedReader.MaxFeedBytes)
                {
                    reporter.Problem(new InputProblem(feed, $"larger than {FeedReader.MaxFeedBytes / (1024 * 1024)} MB, not read as a feed"));
                    return "not read";
                }

                bytes = await File.ReadAllBytesAsync(feed, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                reporter.Problem(new InputProblem(feed, $"cannot read: {e.Message}"));
                return "not read";
            }
        }

        Feed parsed;
        try
        {
            parsed = FeedReader.Parse(bytes, feed, url);
        }
        catch (FeedException e)
        {
            reporter.Problem(new InputProblem(feed, e.Message));
            return "not read";
        }

        _read.Add(feed);
        var fresh = parsed.Items.Where(i => i.Key is null || !store.HasSeenFeedItem(feed, i.Key)).ToList();
        var bySource = fresh.ToDictionary(i => FeedInputs.SourceOf(parsed, i), StringComparer.Ordinal);

        // An item with nothing to read would be skipped the same way every round, so it is done with now.
        foreach (var item in fresh.Where(i => FeedInputs.IsSkipped(i, fetchLinks) && i.Key is not null))
        {
            store.RememberFeedItem(feed, item.Key!);
        }

        // A feed with nothing new, even one empty for now, is not a problem while watching.
        var inputs = fresh.Count == 0 ? [] : FeedInputs.Of(parsed, fresh, fetchLinks ? fetcher : null);
        foreach (var input in inputs)
        {
            // Each item is stored in its own transaction, so stopping here leaves no article half-stored.
            if (cancellationToken.IsCancellationRequested)
            {
                break;
            }

            ingestion.Add(input);

            // An item whose page could not be fetched (a problem) is tried again next round.
            if (input.Input is { } read && bySource.TryGetValue(read.Source, out var item) && item.Key is { } key)
            {
                store.RememberFeedItem(feed, key);
            }
        }

        return $"{fresh.Count} new items";
    }
}
