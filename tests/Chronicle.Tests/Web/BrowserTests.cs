using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Chronicle.Tests.Web;

/// <summary>
/// The web app in Debian's Chromium, driven by Playwright: filter to ASSAULT, open an event, open its article and find
/// the evidence highlighted; and an article whose text holds markup shows it as text. Skipped without /usr/bin/chromium
/// (.ci/run installs it). The corpus is the one CHRONICLE_BROWSER_CORPUS names (.ci/run gives the VOA stories), else the samples.
/// </summary>
public sealed class BrowserTests(ITestOutputHelper output)
{
    private const string Chromium = "/usr/bin/chromium";
    private const string CorpusVariable = "CHRONICLE_BROWSER_CORPUS";

    [SkippableFact]
    public async Task AnAssaultIsTracedToItsEvidenceHighlightedInTheArticle()
    {
        Skip.IfNot(File.Exists(Chromium), $"{Chromium} is not installed (apt-get install chromium; .ci/run does).");
        string? corpus = Environment.GetEnvironmentVariable(CorpusVariable) is { Length: > 0 } c && File.Exists(c) ? c : null;
        await using var web = await WebServer.Start(corpus is null ? null : [corpus]);
        await using var browser = await Browser.Open();
        var page = browser.Page;

        await page.GotoAsync(web.BaseAddress.ToString());
        await page.Locator("main[data-shown] form.filters").WaitForAsync();
        await page.SelectOptionAsync("select[name=type]", "ASSAULT");
        await page.ClickAsync("form.filters button[type=submit]");
        await page.Locator("main[data-shown*='type=ASSAULT'] tr.event-row").First.WaitForAsync();
        var types = await page.Locator("tr.event-row").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.type)");
        Assert.NotEmpty(types);
        Assert.All(types, t => Assert.Equal("ASSAULT", t));
        Assert.Equal(1, await page.Locator("svg.timeline").CountAsync());
        Assert.True(await page.Locator("svg.map .countries path").CountAsync() > 150);
        Assert.True(await page.Locator("svg.map .point").CountAsync() > 0);

        await page.Locator("tr.event-row:has(td.snippet:not(:empty)) a.event-link").First.ClickAsync();
        await page.Locator("ol.sources").WaitForAsync();
        var evidence = await page.Locator("ol.sources > li").First.Locator("blockquote.evidence").AllTextContentsAsync();
        Assert.NotEmpty(evidence);

        await page.Locator("a.article-link").First.ClickAsync();
        await page.Locator(".article-text mark").First.WaitForAsync();
        var marked = await page.Locator(".article-text mark").AllTextContentsAsync();
        Assert.All(evidence, words => Assert.Contains(marked, m => m.Contains(words, StringComparison.Ordinal)));

        string screenshot = Path.Combine(AppContext.BaseDirectory, "screenshots", "evidence-highlighted.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        output.WriteLine($"screenshot: {screenshot} ({(corpus is null ? "samples" : corpus)})");
        Console.WriteLine($"chronicle browser test screenshot: {screenshot}");
        Assert.Empty(browser.PolicyViolations);
    }

    [SkippableFact]
    public async Task MarkupInAnArticleIsShownAsText()
    {
        Skip.IfNot(File.Exists(Chromium), $"{Chromium} is not installed (apt-get install chromium; .ci/run does).");
        await using var web = await WebServer.Start([Path.Combine(Cli.CliRunner.Samples(), "navy-drone-strike.txt")]);
        const string article = """
            {"id": "xss-1", "title": "<b>Bold</b> title", "published": "2025-06-02",
             "text": "Police arrested 12 protesters in Nairobi on Monday, officials said. <script>alert(1)</script> The crowd carried signs reading <img src=x onerror=alert(2)> and chanted."}
            """;
        using (var stored = await web.Post(article, WebServer.ApiKey))
        {
            Assert.Equal(System.Net.HttpStatusCode.Created, stored.StatusCode);
        }

        await using var browser = await Browser.Open();
        var page = browser.Page;
        bool dialog = false;
        page.Dialog += (_, d) =>
        {
            dialog = true;
            _ = d.DismissAsync();
        };

        await page.GotoAsync(new Uri(web.BaseAddress, "#/article/xss-1").ToString());
        await page.Locator(".article-text").WaitForAsync();
        string text = await page.Locator(".article-text").TextContentAsync() ?? "";

        Assert.Contains("<script>alert(1)</script>", text, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=alert(2)>", text, StringComparison.Ordinal);
        Assert.Equal("<b>Bold</b> title", await page.Locator("article h1").TextContentAsync());
        Assert.Equal(0, await page.Locator("img").CountAsync());
        Assert.Equal(0, await page.Locator(".article-text script, article b").CountAsync());
        await page.WaitForTimeoutAsync(300);
        Assert.False(dialog);
        Assert.Empty(browser.PolicyViolations);
    }

    /// <summary>Debian's Chromium, headless, with a fresh profile and no background traffic, and one page that records CSP violations.</summary>
    private sealed class Browser : IAsyncDisposable
    {
        private readonly IPlaywright _playwright;
        private readonly IBrowserContext _context;
        private readonly DirectoryInfo _profile;

        private Browser(IPlaywright playwright, IBrowserContext context, DirectoryInfo profile, IPage page)
        {
            _playwright = playwright;
            _context = context;
            _profile = profile;
            Page = page;
            page.Console += (_, message) =>
            {
                if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
                {
                    PolicyViolations.Add(message.Text);
                }
            };
        }

        public IPage Page { get; }

        public List<string> PolicyViolations { get; } = [];

        public static async Task<Browser> Open()
        {
            var playwright = await Playwright.CreateAsync();
            var profile = Directory.CreateTempSubdirectory("chronicle-chromium-");
            var context = await playwright.Chromium.LaunchPersistentContextAsync(profile.FullName, new BrowserTypeLaunchPersistentContextOptions
            {
                ExecutablePath = Chromium,
                Headless = true,
                Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
                ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
            });
            var page = context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync();
            return new Browser(playwright, context, profile, page);
        }

        public async ValueTask DisposeAsync()
        {
            await _context.CloseAsync();
            _playwright.Dispose();
            _profile.Delete(recursive: true);
        }
    }
}
