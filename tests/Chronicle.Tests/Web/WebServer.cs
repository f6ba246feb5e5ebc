using System.Net.Http.Headers;
using Chronicle.Inputs;
using Chronicle.Pipeline;
using Chronicle.Storage;
using Chronicle.Tests.Cli;
using Chronicle.Web;

namespace Chronicle.Tests.Web;

/// <summary>A real Chronicle server on a free loopback port over a temporary SQLite store ingested from articles.</summary>
internal sealed class WebServer : IAsyncDisposable
{
    public const string ApiKey = "test-key-0123";

    private readonly string _folder;

    private WebServer(string folder, ChronicleServer server)
    {
        _folder = folder;
        Server = server;
        Client = new HttpClient { BaseAddress = new Uri(server.Addresses[0]) };
    }

    public ChronicleServer Server { get; }

    public HttpClient Client { get; }

    public Uri BaseAddress => Client.BaseAddress!;

    /// <summary>A server over the repository's samples, or over the given inputs (files, folders, JSON Lines).</summary>
    public static async Task<WebServer> Start(IEnumerable<string>? inputs = null, string? apiKey = ApiKey)
    {
        string folder = Path.Combine(Path.GetTempPath(), "chronicle-web-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var target = StoreTarget.Sqlite(Path.Combine(folder, "web.db"));
        using (var store = EventStore.Open(target))
        {
            var processor = new ArticleProcessor(SharedResources.Value);
            foreach (var item in new InputCollector().Collect(inputs ?? [CliRunner.Samples()]))
            {
                if (item.Input is { } input && processor.Process(input).Document is { } document)
                {
                    store.Ingest(document);
                }
            }
        }

        var server = await ChronicleServer.StartAsync(new ServerOptions { Store = target, Urls = ["http://127.0.0.1:0"], ApiKey = apiKey });
        return new WebServer(folder, server);
    }

    public Task<HttpResponseMessage> Post(string json, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

/// <summary>One server over the samples shared by the tests of a class.</summary>
public sealed class SamplesServer : IAsyncLifetime
{
    internal WebServer Web { get; private set; } = null!;

    public async Task InitializeAsync() => Web = await WebServer.Start();

    public async Task DisposeAsync() => await Web.DisposeAsync();
}

/// <summary>Media type checks shared by the API tests.</summary>
internal static class MediaTypes
{
    public static bool IsProblem(MediaTypeHeaderValue? type) => type?.MediaType == "application/problem+json";
}
