using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace Chronicle.Tests.Feeds;

/// <summary>
/// A minimal HTTP/1.1 server on a loopback port whose pages the test sets and changes; each page has an ETag (a hash
/// of its body) and a conditional request for an unchanged page is answered 304 Not Modified, as a polite feed host does.
/// </summary>
internal sealed class FeedServer : LoopbackHttpServer
{
    private readonly ConcurrentDictionary<string, (string Type, string Body)> _pages = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Path, int Status)> _log = new();

    /// <summary>Every request so far: its path and the status it was answered with.</summary>
    public IReadOnlyList<(string Path, int Status)> Log => [.. _log];

    public void Serve(string path, string type, string body) => _pages[path] = (type, body);

    private static string ETag(string body) => $"\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)))[..16]}\"";

    protected override async Task Answer(NetworkStream stream, string head)
    {
        var lines = head.Split("\r\n");
        var path = PathOf(head);
        var ifNoneMatch = lines.FirstOrDefault(l => l.StartsWith("If-None-Match:", StringComparison.OrdinalIgnoreCase))?[14..].Trim();
        if (!_pages.TryGetValue(path, out var page))
        {
            _log.Enqueue((path, 404));
            await Write(stream, "404 Not Found", "text/plain", Encoding.UTF8.GetBytes("not found"));
            return;
        }

        var etag = ETag(page.Body);
        if (ifNoneMatch == etag)
        {
            _log.Enqueue((path, 304));
            await Write(stream, "304 Not Modified", null, [], $"ETag: {etag}\r\n");
            return;
        }

        _log.Enqueue((path, 200));
        await Write(stream, "200 OK", page.Type, Encoding.UTF8.GetBytes(page.Body), $"ETag: {etag}\r\n");
    }
}
