using Chronicle.Articles;
using Chronicle.Fetching;
using Chronicle.Inputs;

namespace Chronicle.Tests.Fetching;

public sealed class WebFetcherTests : IDisposable
{
    private static readonly FetchOptions Loopback = new()
    {
        AllowPrivate = true,
        Timeout = TimeSpan.FromSeconds(1),
        MaxBytes = 1024 * 1024,
        MaxRedirects = 3,
        Retries = 1,
        Backoff = TimeSpan.FromMilliseconds(10),
    };

    private readonly LoopbackServer _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public void APageIsFetchedWithItsMediaTypeAndCharset()
    {
        using var fetcher = new WebFetcher(Loopback);
        var result = fetcher.Fetch(_server.Url("/page"));
        Assert.Equal("text/html", result.MediaType);
        Assert.Equal("utf-8", result.Charset);
        Assert.Equal(LoopbackServer.PageHtml, System.Text.Encoding.UTF8.GetString(result.Bytes));
    }

    [Fact]
    public void ARedirectIsFollowedToTheFinalUrl()
    {
        using var fetcher = new WebFetcher(Loopback);
        Assert.EndsWith("/page", fetcher.Fetch(_server.Url("/redirect")).Url.AbsolutePath, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/missing", "404")]
    [InlineData("/loop", "redirects")]
    [InlineData("/slow", "within")]
    [InlineData("/huge", "larger than")]
    [InlineData("/bomb", "larger than")]
    public void BadAnswersGiveAClearMessage(string path, string message)
    {
        using var fetcher = new WebFetcher(Loopback);
        var error = Assert.Throws<FetchException>(() => fetcher.Fetch(_server.Url(path)));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AServerErrorIsRetried()
    {
        using var fetcher = new WebFetcher(Loopback);
        Assert.NotEmpty(fetcher.Fetch(_server.Url("/flaky")).Bytes);
        Assert.Equal(2, _server.Requests);
    }

    [Fact]
    public void LoopbackIsRefusedUnlessAllowed()
    {
        using var fetcher = new WebFetcher(Loopback with { AllowPrivate = false });
        var error = Assert.Throws<FetchException>(() => fetcher.Fetch(_server.Url("/page")));
        Assert.Contains("--allow-private", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _server.Requests);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://example.com/a.html")]
    public void OnlyHttpAndHttpsAreRead(string url)
    {
        using var fetcher = new WebFetcher(Loopback);
        Assert.Throws<FetchException>(() => fetcher.Fetch(new Uri(url)));
    }

    [Theory]
    [InlineData("10.1.2.3", false)]
    [InlineData("172.20.0.1", false)]
    [InlineData("192.168.1.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("::1", false)]
    [InlineData("fe80::1", false)]
    [InlineData("fd00::1", false)]
    [InlineData("93.184.216.34", true)]
    [InlineData("2606:4700::1111", true)]
    public void PrivateAddressesAreTold(string address, bool isPublic) =>
        Assert.Equal(isPublic, AddressRules.IsPublic(System.Net.IPAddress.Parse(address)));

    [Fact]
    public void UrlInputsReadAsArticlesAndABadOneDoesNotStopTheBatch()
    {
        var collector = new InputCollector(() => Stream.Null, Loopback);
        var items = collector.Collect([_server.Url("/missing").AbsoluteUri, _server.Url("/page").AbsoluteUri, _server.Url("/latin1").AbsoluteUri]).ToList();
        Assert.Contains("404", items[0].Problem!.Message, StringComparison.Ordinal);
        var page = new ArticleReader().Read(items[1].Input!).Article!;
        Assert.Equal("Loopback Page", page.Title);
        Assert.Contains("served from loopback", page.Text, StringComparison.Ordinal);
        Assert.StartsWith("Café owners", new ArticleReader().Read(items[2].Input!).Article!.Text, StringComparison.Ordinal);
    }
}
