using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Chronicle.Tests.Fetching;

/// <summary>A minimal HTTP/1.1 server on a loopback port, answering a fixed set of paths for fetcher tests.</summary>
internal sealed class LoopbackServer : IDisposable
{
    public const string PageHtml = "<html><head><title>Loopback Page</title></head><body><article><p>A paragraph served from loopback for the fetcher test, long enough to be prose.</p></article></body></html>";

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private int _requests;

    public LoopbackServer()
    {
        _listener.Start();
        _ = Task.Run(AcceptLoop);
    }

    public Uri Url(string path) => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}{path}");

    public int Requests => Volatile.Read(ref _requests);

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }

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

            _ = Task.Run(() => Serve(client));
        }
    }

    private async Task Serve(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var path = await ReadPath(stream);
                Interlocked.Increment(ref _requests);
                await Answer(stream, path);
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The client gave up (a timeout test); nothing to do.
            }
        }
    }

    private static async Task<string> ReadPath(NetworkStream stream)
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

        return head.ToString().Split(' ')[1];
    }

    private async Task Answer(NetworkStream stream, string path)
    {
        switch (path)
        {
            case "/page":
                await Write(stream, "200 OK", "text/html; charset=utf-8", Encoding.UTF8.GetBytes(PageHtml));
                break;
            case "/latin1":
                await Write(stream, "200 OK", "text/html; charset=windows-1252", [.. Encoding.ASCII.GetBytes("<html><body><p>Caf"), 0xE9, .. Encoding.ASCII.GetBytes(" owners met on Tuesday to discuss the new rules for the market.</p></body></html>")]);
                break;
            case "/redirect":
                await Write(stream, "302 Found", "text/plain", [], "Location: /page\r\n");
                break;
            case "/loop":
                await Write(stream, "302 Found", "text/plain", [], "Location: /loop\r\n");
                break;
            case "/slow":
                await Task.Delay(TimeSpan.FromSeconds(5), _stop.Token);
                await Write(stream, "200 OK", "text/html", Encoding.UTF8.GetBytes(PageHtml));
                break;
            case "/huge":
                await Write(stream, "200 OK", "text/html", new byte[2 * 1024 * 1024]);
                break;
            case "/bomb":
                await Write(stream, "200 OK", "text/html", Bomb(), "Content-Encoding: gzip\r\n");
                break;
            case "/flaky":
                await Write(stream, Requests % 2 == 1 ? "503 Service Unavailable" : "200 OK", "text/html", Encoding.UTF8.GetBytes(PageHtml));
                break;
            default:
                await Write(stream, "404 Not Found", "text/plain", Encoding.UTF8.GetBytes("not found"));
                break;
        }
    }

    /// <summary>A few kilobytes that unzip to 8 MB of zeros.</summary>
    private static byte[] Bomb()
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(new byte[8 * 1024 * 1024]);
        }

        return buffer.ToArray();
    }

    private static async Task Write(NetworkStream stream, string status, string type, byte[] body, string extraHeaders = "")
    {
        var head = $"HTTP/1.1 {status}\r\nContent-Type: {type}\r\nContent-Length: {body.Length}\r\n{extraHeaders}Connection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(body);
        await stream.FlushAsync();
    }
}
