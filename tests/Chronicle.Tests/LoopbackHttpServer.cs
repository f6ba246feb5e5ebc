using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Chronicle.Tests;

/// <summary>A minimal HTTP/1.1 server on a loopback port for tests; a subclass decides how to answer each request.</summary>
internal abstract class LoopbackHttpServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();

    protected LoopbackHttpServer()
    {
        _listener.Start();
        _ = Task.Run(AcceptLoop);
    }

    public Uri Url(string path) => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}{path}");

    /// <summary>Cancelled when the server stops, for answers that wait.</summary>
    protected CancellationToken Stopping => _stop.Token;

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }

    /// <summary>Answers one request, given its request line and headers.</summary>
    protected abstract Task Answer(NetworkStream stream, string head);

    protected static string PathOf(string head) => head.Split(' ')[1];

    protected static async Task Write(NetworkStream stream, string status, string? type, byte[] body, string extraHeaders = "")
    {
        var contentType = type is null ? "" : $"Content-Type: {type}\r\n";
        var head = $"HTTP/1.1 {status}\r\n{contentType}Content-Length: {body.Length}\r\n{extraHeaders}Connection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await stream.WriteAsync(body);
        await stream.FlushAsync();
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
                await Answer(stream, await ReadHead(stream));
            }
            catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The client went away or gave up (a timeout test); nothing to answer.
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
}
