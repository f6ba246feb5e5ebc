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

            _read.Add(feed);
            if (result.NotModified)
            {
                return "not modified";
            }

            bytes = result.Bytes;
            url = result.Url;
        }
        else
        {
            try
            {
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
        int fresh = 0;
        foreach (var item in parsed.Items.Where(i => i.Key is null || !store.HasSeenFeedItem(feed, i.Key)))
        {
            // Each item is stored in its own transaction, so stopping here leaves no article half-stored.
            if (cancellationToken.IsCancellationRequested)
            {
                break;
            }

            fresh++;
            foreach (var input in FeedInputs.Of(parsed, [item], fetchLinks ? fetcher : null))
            {
                ingestion.Add(input);

                // Only an item whose page could not be fetched is tried again next round; others would fail the same way.
                if ((input.Input is not null || item.Link is null || !fetchLinks) && item.Key is { } key)
                {
                    store.RememberFeedItem(feed, key);
                }
            }
        }

        return $"{fresh} new items";
    }
}
