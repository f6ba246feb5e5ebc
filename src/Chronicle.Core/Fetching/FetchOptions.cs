namespace Chronicle.Fetching;

/// <summary>The limits every web request keeps to; the defaults suit reading news pages politely.</summary>
public sealed record FetchOptions
{
    /// <summary>How long one attempt may take, from connecting to the last byte.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>The most bytes read from one response, after decompression, so a huge page or a gzip bomb cannot exhaust memory.</summary>
    public int MaxBytes { get; init; } = 16 * 1024 * 1024;

    public int MaxRedirects { get; init; } = 5;

    /// <summary>Further attempts after a network failure, a timeout or a server error (5xx, 408, 429).</summary>
    public int Retries { get; init; } = 2;

    /// <summary>The wait before the first retry; each later retry waits twice as long.</summary>
    public TimeSpan Backoff { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Requests in flight at once to one host, so a batch does not hammer one site.</summary>
    public int PerHost { get; init; } = 2;

    /// <summary>Allows loopback, link-local and private addresses; off by default, so a URL in a feed cannot reach internal services.</summary>
    public bool AllowPrivate { get; init; }
}
