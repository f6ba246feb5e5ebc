namespace Chronicle.Fetching;

/// <summary>A fetched resource: its bytes, where it finally came from, and what the server said it is.</summary>
public sealed record FetchResult(Uri Url, byte[] Bytes, string? MediaType, string? Charset);
