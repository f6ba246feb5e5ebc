using Chronicle.Storage;

namespace Chronicle.Web;

/// <summary>What a Chronicle server serves and where it listens.</summary>
public sealed record ServerOptions
{
    /// <summary>Where Chronicle listens unless told otherwise: loopback only, so nothing is exposed by accident.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public required StoreTarget Store { get; init; }

    /// <summary>http:// addresses to listen on; port 0 takes a free port.</summary>
    public IReadOnlyList<string> Urls { get; init; } = [DefaultUrl];

    /// <summary>The key POST /api/articles requires; null turns ingest over HTTP off.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Chronicle's data directory for the pipeline; null for the one beside the program.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>The web app's files; by default the wwwroot folder beside the program.</summary>
    public string Assets { get; init; } = Path.Combine(AppContext.BaseDirectory, "wwwroot");

    /// <summary>Whether every address is a loopback one (127.0.0.0/8, [::1] or localhost).</summary>
    public static bool IsLoopback(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.IsLoopback || uri.Host == "[::1]");
}
