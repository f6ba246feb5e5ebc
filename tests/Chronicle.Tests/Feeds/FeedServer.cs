using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace Chronicle.Tests.Feeds;

/// <summary>
/// A minimal HTTP/1.1 server on a loopback port whose pages the test sets and changes; each page has an ETag (a hash
/// of its body) and a conditional request for an unchanged page is answered 304 Not Modified, as a polite feed host does.
/// </summary>
internal sealed class FeedServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<string, (string Type, string Body)> _pages = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Path, int Status)> _log = new();

    public FeedServer()
    {
        _listener.Start();
        _ = Task.Run(AcceptLoop);
    }

    public Uri Url(string path) => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}{path}");

    /// <summary>Every request so far: its path and the status it was answered with.</summary>
    public IReadOnlyList<(string Path, int Status)> Log => [.. _log];

    public void Serve(string path, string type, string body) => _pages[path] = (type, body);

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }

    private static string ETag(string body) => $"\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)))[..16]}\"";

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            _ = Task.Run(() => Answer(client));
        }
    }

    private async Task Answer(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var head = await ReadHead(stream);
                var lines = head.Split("\r\n");
                var path = lines[0].Split(' ')[1];
                var ifNoneMatch = lines.FirstOrDefault(l => l.StartsWith("If-None-Match:", StringComparison.OrdinalIgnoreCase))?[14..].Trim();
                if (!_pages.TryGetValue(path, out var page))
                {
                    _log.Enqueue((path, 404));
                    await Write(stream, "404 Not Found", "text/plain", "not found", "");
                    return;
                }

                var etag = ETag(page.Body);
                if (ifNoneMatch == etag)
                {
                    _log.Enqueue((path, 304));
                    await Write(stream, "304 Not Modified", null, "", $"ETag: {etag}\r\n");
                    return;
                }

                _log.Enqueue((path, 200));
                await Write(stream, "200 OK", page.Type, page.Body, $"ETag: {etag}\r\n");
            }
            catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
            {
                // The client went away; nothing to answer.
            }
        }
    }

    private static async Task<string> ReadHead(NetworkStream stream)
    {
        var head = new StringBuilder();
        var buffer = new byte[1024];
        while (!head.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            int read = await stream.ReadAsync(buffer);
            if (read == 0)
            {
                break;
            }

            head.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }

        return head.ToString();
    }

    private static async Task Write(NetworkStream stream, string status, string? type, string body, string extraHeaders)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var contentType = type is null ? "" : $"Content-Type: {type}\r\n";
        var head = $"HTTP/1.1 {status}\r\n{contentType}Content-Length: {bytes.Length}\r\n{extraHeaders}Connection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(bytes);
        await stream.FlushAsync();
    }
}
