namespace Chronicle.Fetching;

/// <summary>A fetched resource: its bytes, where it finally came from, and what the server said it is.</summary>
public sealed record FetchResult(Uri Url, byte[] Bytes, string? MediaType, string? Charset)
{
    /// <summary>What identifies this version of the resource, to ask next time only for a newer one.</summary>
    public FetchValidators? Validators { get; init; }

    /// <summary>The server answered 304: the resource is unchanged since the validators sent, and no bytes came.</summary>
    public bool NotModified { get; init; }
}

/// <summary>A resource version's ETag and Last-Modified, sent back as If-None-Match and If-Modified-Since.</summary>
public sealed record FetchValidators(string? ETag, string? LastModified);
