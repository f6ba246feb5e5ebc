using Chronicle.Fetching;

namespace Chronicle.Tests.Feeds;

/// <summary>The fetcher sends back the validators of an earlier answer, and an unchanged resource comes back as "not modified".</summary>
public sealed class ConditionalFetchTests : IDisposable
{
    private readonly FeedServer _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task AnUnchangedResourceIsNotModifiedAndAChangedOneComesWhole()
    {
        using var fetcher = new WebFetcher(new FetchOptions { AllowPrivate = true, Retries = 0 });
        _server.Serve("/feed", "application/rss+xml", "<rss version=\"2.0\"><channel/></rss>");
        var url = _server.Url("/feed");

        var first = await fetcher.FetchAsync(url, null, CancellationToken.None);
        var again = await fetcher.FetchAsync(url, first.Validators, CancellationToken.None);
        _server.Serve("/feed", "application/rss+xml", "<rss version=\"2.0\"><channel><item/></channel></rss>");
        var changed = await fetcher.FetchAsync(url, again.Validators, CancellationToken.None);

        Assert.False(first.NotModified);
        Assert.NotNull(first.Validators!.ETag);
        Assert.True(again.NotModified);
        Assert.Empty(again.Bytes);
        Assert.Equal(first.Validators, again.Validators);
        Assert.False(changed.NotModified);
        Assert.Contains("<item/>", System.Text.Encoding.UTF8.GetString(changed.Bytes), StringComparison.Ordinal);
        Assert.NotEqual(first.Validators.ETag, changed.Validators!.ETag);
    }
}
