using Chronicle.Web.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Chronicle.Web;

/// <summary>The HTTP API and the web app over one store, on Kestrel.</summary>
public sealed class ChronicleServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly StorePool _stores;

    private ChronicleServer(WebApplication app, StorePool stores)
    {
        _app = app;
        _stores = stores;
    }

    /// <summary>The addresses the server listens on, with the ports it was given when asked for port 0.</summary>
    public IReadOnlyList<string> Addresses =>
        [.. _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses];

    /// <summary>Opens the store (creating or upgrading it), then listens; the pipeline's data is loaded on the first ingest or article.</summary>
    public static async Task<ChronicleServer> StartAsync(ServerOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var stores = new StorePool(options.Store);
        stores.Use(store => store.SchemaVersion);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        // Requests are not logged; failures are, on standard error, for whoever runs the server.
        builder.Logging.ClearProviders().AddSimpleConsole(console => console.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi("v1", openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Chronicle";
            document.Info.Description = "Events coded from news articles, each traced to the words of its sources.";
            return Task.CompletedTask;
        }));
        builder.Services.AddSingleton(stores);
        builder.Services.AddSingleton(new ArticlePipeline(options.DataDirectory, options.ApiKey));

        var app = builder.Build();
        try
        {
            Configure(app, options);
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            stores.Dispose();
            throw;
        }

        return new ChronicleServer(app, stores);
    }

    private static void Configure(WebApplication app, ServerOptions options)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(SecurityHeaders.Add);
        var assets = new PhysicalFileProvider(Path.GetFullPath(options.Assets));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = assets });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = assets });
        app.MapOpenApi("/openapi.json");
        EventEndpoints.Map(app);
        ArticleEndpoints.Map(app);
    }

    /// <summary>Waits until the server is stopped (Ctrl-C, SIGTERM, or the token).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => _app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stores.Dispose();
    }
}

/// <summary>Headers that keep the browser from running anything but the app's own scripts, whatever an article's text holds.</summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static Task Add(HttpContext context, RequestDelegate next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        return next(context);
    }
}
