using System.Net;
using System.Text.Json;
using Chronicle.Tests.Cli;

namespace Chronicle.Tests.Web;

/// <summary>The HTTP API against a real server on loopback over the samples.</summary>
public sealed class ApiTests(SamplesServer samples) : IClassFixture<SamplesServer>
{
    private WebServer Web => samples.Web;

    [Fact]
    public async Task EventsFilterByTypeAndDatesLikeTheCommandLine()
    {
        using var all = await Json("/api/events?type=ASSAULT");
        var assaults = Events(all);
        Assert.NotEmpty(assaults);
        Assert.All(assaults, e => Assert.Equal("ASSAULT", e.GetProperty("type").GetString()));

        using var dated = await Json("/api/events?type=assault&since=2024-01-01&until=2024-12-31");
        var in2024 = Events(dated);
        Assert.NotEmpty(in2024);
        Assert.True(in2024.Length < assaults.Length);
        Assert.All(in2024, e => Assert.StartsWith("2024-", e.GetProperty("date").GetProperty("value").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task PagesFollowEachOtherWithoutGapsOrRepeats()
    {
        using var whole = await Json("/api/events?limit=1000");
        var ids = Events(whole).Select(Id).ToList();
        Assert.False(whole.RootElement.GetProperty("hasMore").GetBoolean());

        var paged = new List<string>();
        for (int page = 1; ; page++)
        {
            using var one = await Json($"/api/events?limit=4&page={page}");
            paged.AddRange(Events(one).Select(Id));
            if (!one.RootElement.GetProperty("hasMore").GetBoolean())
            {
                break;
            }
        }

        Assert.True(ids.Count > 4);
        Assert.Equal(ids, paged);
    }

    [Fact]
    public async Task AnEventCarriesEverySourceWithEvidenceFromItsArticle()
    {
        using var list = await Json("/api/events?type=ASSAULT&limit=1");
        string id = Id(Events(list)[0]);

        using var e = await Json($"/api/events/{id}");
        var source = e.RootElement.GetProperty("sources")[0];
        var evidence = source.GetProperty("evidence")[0];
        using var article = await Json($"/api/articles/{Uri.EscapeDataString(source.GetProperty("articleId").GetString()!)}");
        string text = article.RootElement.GetProperty("text").GetString()!;

        Assert.Equal(CodePoints(text, evidence.GetProperty("start").GetInt32(), evidence.GetProperty("end").GetInt32()), evidence.GetProperty("text").GetString());
        var report = article.RootElement.GetProperty("events").EnumerateArray().Single(r => r.GetProperty("event").GetString() == id);
        Assert.Equal(evidence.GetProperty("text").GetString(), report.GetProperty("evidence")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task AnArticleGivesItsEntitiesTimesAndQuotesAsSpansOfItsText()
    {
        using var list = await Json("/api/events?limit=1");
        string articleId = Events(list)[0].GetProperty("sources")[0].GetProperty("articleId").GetString()!;

        using var article = await Json($"/api/articles/{Uri.EscapeDataString(articleId)}");
        var root = article.RootElement;
        string text = root.GetProperty("text").GetString()!;
        var spans = root.GetProperty("entities").EnumerateArray().SelectMany(en => en.GetProperty("mentions").EnumerateArray())
            .Concat(root.GetProperty("times").EnumerateArray())
            .Concat(root.GetProperty("quotes").EnumerateArray())
            .ToList();

        Assert.NotEmpty(root.GetProperty("entities").EnumerateArray());
        Assert.NotEmpty(root.GetProperty("times").EnumerateArray());
        Assert.All(spans, s => Assert.Equal(CodePoints(text, s.GetProperty("start").GetInt32(), s.GetProperty("end").GetInt32()), s.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task EntitiesAreFoundByPartOfTheirName()
    {
        using var found = await Json("/api/entities?q=POLI");

        var names = found.RootElement.EnumerateArray().Select(e => e.GetProperty("name").GetString()!).ToList();
        Assert.Contains(names, n => n.Contains("Police", StringComparison.OrdinalIgnoreCase));
        Assert.All(names, n => Assert.Contains("poli", n, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("/api/events?type=EXPLODE", "type")]
    [InlineData("/api/events?since=04/01/2024", "since")]
    [InlineData("/api/events?near=91,0,10", "near")]
    [InlineData("/api/events?limit=0", "limit")]
    [InlineData("/api/events?page=x", "page")]
    [InlineData("/api/events/summary?modality=maybe", "modality")]
    [InlineData("/api/entities", "q")]
    public async Task AWrongFilterIsABadRequestThatNamesIt(string path, string name)
    {
        using var response = await Web.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(MediaTypes.IsProblem(response.Content.Headers.ContentType));
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        Assert.StartsWith(name + " ", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/events/987654")]
    [InlineData("/api/articles/no-such-article")]
    [InlineData("/api/nothing-here")]
    public async Task WhatIsNotThereIsANotFoundProblem(string path)
    {
        using var response = await Web.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(MediaTypes.IsProblem(response.Content.Headers.ContentType));
    }

    [Fact]
    public async Task IngestNeedsTheApiKeyAndThenStoresTheArticle()
    {
        const string article = """{"id": "https://wire.example/api/1", "published": "2025-05-06", "title": "Rebels shell town", "text": "Rebels shelled the town of Goma on Monday, killing four people, local officials said."}""";

        using var missing = await Web.Post(article, key: null);
        using var wrong = await Web.Post(article, key: "not-the-key");
        using var stored = await Web.Post(article, WebServer.ApiKey);
        using var again = await Web.Post(article, WebServer.ApiKey);

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.True(MediaTypes.IsProblem(missing.Content.Headers.ContentType));
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Created, stored.StatusCode);
        using var outcome = JsonDocument.Parse(await stored.Content.ReadAsStringAsync());
        var first = outcome.RootElement.GetProperty("articles")[0];
        Assert.Equal("https://wire.example/api/1", first.GetProperty("id").GetString());
        Assert.False(first.GetProperty("alreadyStored").GetBoolean());
        using var repeat = JsonDocument.Parse(await again.Content.ReadAsStringAsync());
        Assert.True(repeat.RootElement.GetProperty("articles")[0].GetProperty("alreadyStored").GetBoolean());
        using var read = await Json(first.GetProperty("href").GetString()!);
        Assert.Contains("Goma", read.RootElement.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnHtmlPageIsReadBeforeItIsStored()
    {
        const string page = """{"html": "<html><head><title>Clashes in Goma</title></head><body><nav>Home | World</nav><article><h1>Clashes in Goma</h1><p>Soldiers clashed with rebels in Goma on Monday, killing three people, a spokesman said.</p><p>The army said the town was calm on Tuesday.</p></article></body></html>", "published": "2025-05-06", "id": "html-1"}""";

        using var stored = await Web.Post(page, WebServer.ApiKey);

        Assert.Equal(HttpStatusCode.Created, stored.StatusCode);
        using var read = await Json("/api/articles/html-1");
        string text = read.RootElement.GetProperty("text").GetString()!;
        Assert.Contains("Soldiers clashed with rebels in Goma", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Home | World", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"text": "a", "html": "<p>b</p>"}""")]
    [InlineData("""{"url": "file:///etc/passwd"}""")]
    [InlineData("""{"title": "nothing to read"}""")]
    [InlineData("""not json""")]
    public async Task AnIngestThatCannotBeReadIsABadRequest(string body)
    {
        using var response = await Web.Post(body, WebServer.ApiKey);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(MediaTypes.IsProblem(response.Content.Headers.ContentType));
    }

    [Fact]
    public async Task AUrlOnLoopbackIsNotFetched()
    {
        using var response = await Web.Post($$"""{"url": "{{Web.BaseAddress}}index.html"}""", WebServer.ApiKey);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True(MediaTypes.IsProblem(response.Content.Headers.ContentType));
    }

    [Fact]
    public async Task WithoutAKeyIngestIsOff()
    {
        await using var web = await WebServer.Start([Path.Combine(CliRunner.Samples(), "navy-drone-strike.txt")], apiKey: null);

        using var response = await web.Post("""{"text": "Police arrested two men."}""", "anything");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.True(MediaTypes.IsProblem(response.Content.Headers.ContentType));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/events")]
    [InlineData("/api/events/987654")]
    public async Task EveryResponseForbidsInlineScripts(string path)
    {
        using var response = await Web.Client.GetAsync(path);

        string policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task TheAppIsServedLocallyWithoutInlineScripts()
    {
        string page = await Web.Client.GetStringAsync("/");

        Assert.Contains("<script type=\"module\" src=\"app.js\"></script>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("http", page.Replace("http-equiv", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(page.Split("<script").Length - 1, page.Split(" src=\"").Length - 1);
        using var countries = await Json("/countries.json");
        Assert.True(countries.RootElement.GetProperty("countries").GetArrayLength() > 150);
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesTheApi()
    {
        using var document = await Json("/openapi.json");

        var paths = document.RootElement.GetProperty("paths");
        foreach (var path in new[] { "/api/events", "/api/events/{id}", "/api/events/summary", "/api/articles/{id}", "/api/articles", "/api/entities" })
        {
            Assert.True(paths.TryGetProperty(path, out _), path);
        }

        var parameters = paths.GetProperty("/api/events").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Equal(["actor", "country", "limit", "modality", "near", "page", "since", "text", "type", "until"], parameters.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TheSummaryCountsWhatTheListHolds()
    {
        using var list = await Json("/api/events?type=ASSAULT&limit=1000");
        using var summary = await Json("/api/events/summary?type=ASSAULT");

        var root = summary.RootElement;
        Assert.Equal(Events(list).Length, root.GetProperty("events").GetInt32());
        int daily = root.GetProperty("days").EnumerateArray().Sum(d => d.GetProperty("count").GetInt32());
        Assert.Equal(root.GetProperty("events").GetInt32(), daily + root.GetProperty("notDailyDated").GetInt32());
        int placed = root.GetProperty("places").EnumerateArray().Sum(p => p.GetProperty("count").GetInt32());
        Assert.Equal(root.GetProperty("events").GetInt32(), placed + root.GetProperty("unplaced").GetInt32());
    }

    private async Task<JsonDocument> Json(string path)
    {
        using var response = await Web.Client.GetAsync(path);
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body);
    }

    private static JsonElement[] Events(JsonDocument page) => [.. page.RootElement.GetProperty("events").EnumerateArray()];

    private static string Id(JsonElement e) => e.GetProperty("id").GetString()!;

    private static string CodePoints(string text, int start, int end)
    {
        var points = text.EnumerateRunes().ToArray();
        return string.Concat(points[start..end].Select(r => r.ToString()));
    }
}
