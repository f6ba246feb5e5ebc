using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;

namespace Chronicle.Fetching;

/// <summary>
/// Fetches http and https resources within the limits of <see cref="FetchOptions"/>. Addresses are checked when
/// connecting, after DNS, so neither a redirect nor a name that resolves to an internal address gets past the rule;
/// redirects are followed here, one hop at a time, so each hop is checked and counted. Thread-safe; share one.
/// </summary>
public sealed class WebFetcher : IDisposable
{
    private readonly FetchOptions _options;
    private readonly HttpClient _client;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _hosts = new(StringComparer.OrdinalIgnoreCase);

    public WebFetcher(FetchOptions? options = null)
    {
        _options = options ?? new FetchOptions();
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            ConnectTimeout = _options.Timeout,
            ConnectCallback = ConnectAsync,
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd("Chronicle/1.0 (+article reader)");
        _client.DefaultRequestHeaders.AcceptEncoding.ParseAdd("gzip");
    }

    public FetchResult Fetch(Uri url) => FetchAsync(url, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>The resource at the URL after redirects; a <see cref="FetchException"/> says why there is none.</summary>
    public Task<FetchResult> FetchAsync(Uri url, CancellationToken cancellationToken) => FetchAsync(url, null, cancellationToken);

    /// <summary>
    /// The resource at the URL after redirects, or, when the validators of an earlier answer still hold, a result
    /// marked <see cref="FetchResult.NotModified"/>, so polling an unchanged feed costs the server nothing.
    /// </summary>
    public async Task<FetchResult> FetchAsync(Uri url, FetchValidators? validators, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        for (int hop = 0; ; hop++)
        {
            CheckScheme(url);
            var response = await WithRetries(url, validators, cancellationToken).ConfigureAwait(false);
            if (response.Redirect is { } next)
            {
                if (hop >= _options.MaxRedirects)
                {
                    throw new FetchException($"more than {_options.MaxRedirects} redirects");
                }

                url = next;
                continue;
            }

            return response.Result!;
        }
    }

    public void Dispose()
    {
        _client.Dispose();
        foreach (var gate in _hosts.Values)
        {
            gate.Dispose();
        }
    }

    private static void CheckScheme(Uri url)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw new FetchException("only http and https URLs are read");
        }
    }

    private async Task<(FetchResult? Result, Uri? Redirect)> WithRetries(Uri url, FetchValidators? validators, CancellationToken cancellationToken)
    {
        for (int attempt = 0; ; attempt++)
        {
            try
            {
                return await Once(url, validators, cancellationToken).ConfigureAwait(false);
            }
            catch (RetryableException) when (attempt < _options.Retries)
            {
                await Task.Delay(_options.Backoff * Math.Pow(2, attempt), cancellationToken).ConfigureAwait(false);
            }
            catch (RetryableException e)
            {
                throw new FetchException(e.Message);
            }
        }
    }

    private async Task<(FetchResult? Result, Uri? Redirect)> Once(Uri url, FetchValidators? validators, CancellationToken cancellationToken)
    {
        var gate = _hosts.GetOrAdd(url.Authority, _ => new SemaphoreSlim(_options.PerHost));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (validators?.ETag is { } etag)
            {
                request.Headers.TryAddWithoutValidation("If-None-Match", etag);
            }

            if (validators?.LastModified is { } lastModified)
            {
                request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
            }

            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            int status = (int)response.StatusCode;
            var version = new FetchValidators(response.Headers.ETag?.ToString(), response.Content.Headers.LastModified?.ToString("R"));
            if (status == 304 && validators is not null)
            {
                // A 304 may leave out validators that did not change; the ones sent still identify the version.
                var kept = new FetchValidators(version.ETag ?? validators.ETag, version.LastModified ?? validators.LastModified);
                return (new FetchResult(url, [], null, null) { NotModified = true, Validators = kept }, null);
            }

            if (status is >= 300 and < 400 && response.Headers.Location is { } location)
            {
                return (null, new Uri(url, location));
            }

            if (status >= 500 || status is 408 or 429)
            {
                throw new RetryableException($"server answered {status} {response.ReasonPhrase}");
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new FetchException($"server answered {status} {response.ReasonPhrase}");
            }

            var bytes = await ReadBounded(response, timeout.Token).ConfigureAwait(false);
            var type = response.Content.Headers.ContentType;
            return (new FetchResult(url, bytes, type?.MediaType, type?.CharSet?.Trim('"')) { Validators = version }, null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new RetryableException($"no complete answer within {_options.Timeout.TotalSeconds:F0} s");
        }
        catch (HttpRequestException e) when (e.InnerException is FetchException refused)
        {
            throw refused;
        }
        catch (HttpRequestException e)
        {
            throw new RetryableException($"cannot connect: {e.Message}");
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Reads the body, unzipping it if the server gzipped it, and stops at the size cap either way (a gzip bomb is caught here).</summary>
    private async Task<byte[]> ReadBounded(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength > _options.MaxBytes)
        {
            throw new FetchException($"larger than {_options.MaxBytes / (1024 * 1024)} MB, not read");
        }

        var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using var stream = response.Content.Headers.ContentEncoding.Contains("gzip", StringComparer.OrdinalIgnoreCase)
            ? new GZipStream(body, CompressionMode.Decompress)
            : body;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > _options.MaxBytes)
                {
                    throw new FetchException($"larger than {_options.MaxBytes / (1024 * 1024)} MB, not read");
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (InvalidDataException e)
        {
            throw new FetchException($"broken compressed answer: {e.Message}");
        }

        return buffer.ToArray();
    }

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var addresses = IPAddress.TryParse(context.DnsEndPoint.Host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken).ConfigureAwait(false);
        var allowed = _options.AllowPrivate ? addresses : addresses.Where(AddressRules.IsPublic).ToArray();
        if (allowed.Length == 0)
        {
            throw new FetchException($"{context.DnsEndPoint.Host} is a loopback, link-local or private address (use --allow-private to read it)");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken).ConfigureAwait(false);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>A failure worth another attempt: the network, a timeout, an overloaded server.</summary>
    private sealed class RetryableException(string message) : Exception(message);
}

/// <summary>Why a URL could not be read, in words fit for the user.</summary>
public sealed class FetchException(string message) : Exception(message);
