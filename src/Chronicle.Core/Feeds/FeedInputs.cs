using System.Collections.Immutable;
using Chronicle.Fetching;
using Chronicle.Inputs;

namespace Chronicle.Feeds;

/// <summary>Turns feed items into inputs, one per item, reading an item's linked page when the feed gives only a summary and a fetcher is given.</summary>
public static class FeedInputs
{
    /// <summary>An input or a problem per readable item; skipped items become warnings on the first input, or one problem naming the feed when nothing is left.</summary>
    /// <param name="feed">The parsed feed.</param>
    /// <param name="items">The items to read, a subset of the feed's (watch leaves out those already seen).</param>
    /// <param name="fetcher">Follows links of summary-only items; null reads the summary.</param>
    public static IEnumerable<InputItem> Of(Feed feed, IEnumerable<FeedItem> items, WebFetcher? fetcher)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(items);
        if (feed.Items.Count == 0)
        {
            return [InputItem.Of(new InputProblem(feed.Source, "a feed without items"))];
        }

        var numbered = items.Select(item => (item, source: SourceOf(feed, item))).ToList();
        var skipped = numbered
            .Where(n => IsSkipped(n.item, fetcher is not null))
            .Select(n => new InputProblem(n.source, n.item.Link is null
                ? "skipped: neither content nor a link"
                : "skipped: no content in the feed (--fetch reads its link)"))
            .ToList();
        var readable = numbered.Where(n => !IsSkipped(n.item, fetcher is not null));
        return Read(feed.Source, readable, skipped, fetcher);
    }

    /// <summary>Every item of the feed as an input or a problem.</summary>
    public static IEnumerable<InputItem> Of(Feed feed, WebFetcher? fetcher)
    {
        ArgumentNullException.ThrowIfNull(feed);
        return Of(feed, feed.Items, fetcher);
    }

    private static IEnumerable<InputItem> Read(string feed, IEnumerable<(FeedItem Item, string Source)> readable, List<InputProblem> skipped, WebFetcher? fetcher)
    {
        bool warned = skipped.Count == 0;
        foreach (var (item, source) in readable)
        {
            var result = Read(item, source, fetcher);
            if (!warned && result.Input is { } input)
            {
                result = InputItem.Of(input with { Warnings = [.. skipped, .. input.Warnings] });
                warned = true;
            }

            yield return result;
        }

        if (!warned)
        {
            yield return InputItem.Of(skipped.Count == 1 ? skipped[0]
                : new InputProblem(feed, $"nothing to read: {skipped.Count} items skipped, the first as {skipped[0].Source}: {skipped[0].Message}"));
        }
    }

    /// <summary>How inputs and problems name an item: the feed and the item's position in it.</summary>
    public static string SourceOf(Feed feed, FeedItem item)
    {
        ArgumentNullException.ThrowIfNull(feed);
        return $"{feed.Source}:item {IndexOf(feed, item) + 1}";
    }

    /// <summary>Whether an item has nothing to read: no content, and no link or no fetching.</summary>
    public static bool IsSkipped(FeedItem item, bool fetching)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Content is null && (item.Link is null || !fetching);
    }

    // Item numbers are positions in the whole feed, so a message names the same item whichever subset is read.
    private static int IndexOf(Feed feed, FeedItem item)
    {
        for (int i = 0; i < feed.Items.Count; i++)
        {
            if (ReferenceEquals(feed.Items[i], item))
            {
                return i;
            }
        }

        return -1;
    }

    private static InputItem Read(FeedItem item, string source, WebFetcher? fetcher)
    {
        var warnings = ImmutableArray<InputProblem>.Empty;
        if (fetcher is not null && item.IsSummary && item.Link is { } link && Uri.TryCreate(link, UriKind.Absolute, out var url)
            && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps))
        {
            try
            {
                var page = fetcher.Fetch(url);
                return InputItem.Of(Describe(item, source) with
                {
                    Format = page.MediaType is "text/plain" ? InputFormat.PlainText : InputFormat.Html,
                    Bytes = page.Bytes,
                    Charset = page.Charset,
                    Url = page.Url.AbsoluteUri,
                });
            }
            catch (FetchException e)
            {
                warnings = [new InputProblem(source, $"cannot read its link {link}: {e.Message}; read the feed's summary instead")];
            }
        }

        if (item.Content is { } content)
        {
            return InputItem.Of(Describe(item, source) with
            {
                Format = item.ContentIsHtml ? InputFormat.Html : InputFormat.PlainText,
                Text = content,
                Warnings = warnings,
            });
        }

        return InputItem.Of(warnings.IsEmpty ? new InputProblem(source, "no content, and its link is not an http(s) URL") : warnings[0]);
    }

    private static RawInput Describe(FeedItem item, string source) => new()
    {
        Source = source,
        Format = InputFormat.Html,
        Id = item.Id ?? item.Link,
        Title = item.Title,
        Url = item.Link,
        Published = item.Published,
        Byline = item.Author is { } author ? [author] : [],
    };
}
