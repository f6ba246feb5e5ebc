using System.IO.Compression;
using System.Net.Sockets;
using System.Text;

namespace Chronicle.Tests.Fetching;

/// <summary>A minimal HTTP/1.1 server on a loopback port, answering a fixed set of paths for fetcher tests.</summary>
internal sealed class LoopbackServer : LoopbackHttpServer
{
    public const string PageHtml = "<html><head><title>Loopback Page</title></head><body><article><p>A paragraph served from loopback for the fetcher test, long enough to be prose.</p></article></body></html>";

    private int _requests;

    public int Requests => Volatile.Read(ref _requests);

    protected override async Task Answer(NetworkStream stream, string head)
    {
        Interlocked.Increment(ref _requests);
        await AnswerPath(stream, PathOf(head));
    }

    private async Task AnswerPath(NetworkStream stream, string path)
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
                await Task.Delay(TimeSpan.FromSeconds(5), Stopping);
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
}
