using System.Diagnostics;
using System.Security;
using Chronicle.Tests.Feeds;
using Chronicle.Tests.Inputs;
using Chronicle.Tests.Storage;
using Program = Chronicle.Tests.Storage.Cli;

namespace Chronicle.Tests.Watch;

/// <summary>chronicle watch against a loopback feed that changes between rounds, as separate processes.</summary>
public sealed class WatchCommandTests : IDisposable
{
    private readonly FeedServer _server = new();
    private readonly TempFolder _folder = new();

    public void Dispose()
    {
        _server.Dispose();
        _folder.Dispose();
    }

    private static string Feed(params (string Id, string Text)[] items) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Wire</title>
        {string.Concat(items.Select(i => $"<item><title>{i.Id}</title><guid>{i.Id}</guid><pubDate>Thu, 04 Jan 2024 12:00:00 GMT</pubDate><description>{SecurityElement.Escape(i.Text)}</description></item>"))}
        </channel></rss>
        """;

    [Fact]
    public async Task EachRoundIngestsOnlyNewItemsAndARestartIngestsNothingAgain()
    {
        _server.Serve("/feed", "application/rss+xml", Feed(("strike-1", StrikeReports.FirstReport)));
        var url = _server.Url("/feed").AbsoluteUri;
        var db = Path.Combine(_folder.Path, "watch.db");

        using var watch = Program.Start("watch", url, "--db", db, "--every", "2s", "--rounds", "3", "--allow-private");
        var output = watch.StandardOutput.ReadToEndAsync();
        var log = new List<string>();
        await ReadUntil(watch, log, $"round 1: {url}");
        _server.Serve("/feed", "application/rss+xml", Feed(("strike-1", StrikeReports.FirstReport), ("strike-2", StrikeReports.SecondReport)));
        await ReadUntil(watch, log, null);
        await watch.WaitForExitAsync();
        var errors = string.Join('\n', log);

        Assert.Equal(0, watch.ExitCode);
        Assert.Equal("", await output);
        Assert.Contains($"round 1: {url}: 1 new items", errors, StringComparison.Ordinal);
        Assert.Contains($"round 2: {url}: 1 new items", errors, StringComparison.Ordinal);
        Assert.Contains($"round 3: {url}: not modified, 0 events", errors, StringComparison.Ordinal);
        Assert.Contains("stored 2 new articles (0 already stored)", errors, StringComparison.Ordinal);
        Assert.Equal([200, 200, 304], _server.Log.Select(r => r.Status));

        var restart = Program.Run("watch", url, "--db", db, "--rounds", "1", "--allow-private");

        Assert.Equal(0, restart.ExitCode);
        Assert.Contains($"round 1: {url}: 0 new items", restart.Errors, StringComparison.Ordinal);
        Assert.Contains("stored 0 new articles (0 already stored)", restart.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SigtermStopsTheWatchCleanlyBetweenRounds()
    {
        _server.Serve("/feed", "application/rss+xml", Feed(("strike-1", StrikeReports.FirstReport)));
        var url = _server.Url("/feed").AbsoluteUri;
        var db = Path.Combine(_folder.Path, "watch.db");

        using var watch = Program.Start("watch", url, "--db", db, "--every", "1h", "--allow-private");
        var log = new List<string>();
        await ReadUntil(watch, log, $"round 1: {url}");
        using (var kill = Process.Start("kill", ["-TERM", watch.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await ReadUntil(watch, log, null);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await watch.WaitForExitAsync(timeout.Token);

        Assert.Equal(0, watch.ExitCode);
        Assert.Contains(log, l => l.Contains("SIGTERM received", StringComparison.Ordinal));
        Assert.Contains(log, l => l.Contains("stored 1 new articles", StringComparison.Ordinal));
    }

    [Fact]
    public void AFeedFileIsReReadEachRoundAndAnItemWithNothingToReadIsWarnedAboutOnce()
    {
        var path = _folder.Write("wire.rss", Feed(("strike-1", StrikeReports.FirstReport)).Replace("</channel>", "<item><title>Empty</title></item></channel>", StringComparison.Ordinal));
        var db = Path.Combine(_folder.Path, "watch.db");

        var result = Program.Run("watch", path, "--db", db, "--every", "0.1s", "--rounds", "2");

        Assert.Equal(0, result.ExitCode);
        Assert.Single(result.Errors.Split('\n'), l => l.Contains($"warning: {path}:item 2: skipped: neither content nor a link", StringComparison.Ordinal));
        Assert.Contains($"round 1: {path}: 2 new items", result.Errors, StringComparison.Ordinal);
        Assert.Contains($"round 2: {path}: 0 new items", result.Errors, StringComparison.Ordinal);
        Assert.Contains("0 inputs with problems", result.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void AWrongIntervalIsAUsageError()
    {
        var result = Program.Run("watch", "feed.xml", "--every", "soon");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--every", result.Errors + result.Output, StringComparison.Ordinal);
    }

    /// <summary>Reads standard error into the log until a line contains the text (or, for null, to its end), within a minute.</summary>
    private static async Task ReadUntil(Process process, List<string> log, string? text)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (await process.StandardError.ReadLineAsync(timeout.Token) is { } line)
        {
            log.Add(line);
            if (text is not null && line.Contains(text, StringComparison.Ordinal))
            {
                return;
            }
        }

        Assert.Null(text);
    }
}
