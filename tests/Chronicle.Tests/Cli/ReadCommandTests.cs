using System.Text.Json;
using Chronicle.Tests.Inputs;

namespace Chronicle.Tests.Cli;

public class ReadCommandTests
{
    [Fact]
    public void PrintsTheArticleObjectOfAnHtmlPageWithoutItsBoilerplate()
    {
        var result = CliRunner.Run("read", Path.Combine(CliRunner.Samples(), "port-protest.html"));
        Assert.True(result.ExitCode == 0, result.Stderr);
        var article = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.Equal("Dockworkers Protest in Mombasa Over Unpaid Wages", article.GetProperty("title").GetString());
        Assert.Equal("2025-06-10", article.GetProperty("published").GetString());
        Assert.Equal("meta", article.GetProperty("publishedFrom").GetString());
        var text = article.GetProperty("text").GetString()!;
        Assert.Contains("Police detained 14 protesters", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Share on", text, StringComparison.Ordinal);
        Assert.DoesNotContain("newsletter", text, StringComparison.Ordinal);
        Assert.Contains(article.GetProperty("sections").EnumerateArray(), s => s.GetProperty("kind").GetString() == "caption");
        Assert.Contains("chronicle: 1 articles, 0 inputs with problems", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void PrintsPlainTextWhenAsked()
    {
        var result = CliRunner.Run("read", Path.Combine(CliRunner.Samples(), "navy-drone-strike.txt"), "--format", "text");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Liwa al-Bahr", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Your browser", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void ABadInputInABatchIsReportedAndTheOthersAreStillRead()
    {
        using var temp = new TempFolder();
        var good = temp.Write("good.html", "<html><head><title>Bridge Closes</title></head><body><article><p>The council voted on Monday "
            + "to close the old bridge, citing cracks found during an inspection.</p></article></body></html>");
        var binary = temp.Write("binary.html", [0x89, .. "PNG\r\n"u8, 0x1A, 0x0A, 0, 0, 0, 0x0D, .. "IHDR"u8]);
        var longPage = "<html><head><title>Tunnel Opens</title></head><body><article>"
            + string.Concat(Enumerable.Repeat("<p>The tunnel opened to traffic on Friday, two years after work began on the approach roads.</p>", 200));
        var compressed = TempFolder.Gzip(longPage);
        var truncated = temp.Write("truncated.html.gz", compressed[..(compressed.Length / 2)]);
        var empty = temp.Write("empty.html", "<html><body><nav><a href=/>Home</a></nav></body></html>");
        var missing = Path.Combine(temp.Path, "missing.html");

        var result = CliRunner.Run("read", binary, truncated, good, missing, empty, "--format", "jsonl");
        Assert.True(result.ExitCode == 0, result.Stderr);
        var titles = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("title") is { ValueKind: JsonValueKind.String } title ? title.GetString() : "(none)")
            .ToList();
        Assert.Equal(["Tunnel Opens", "Bridge Closes", "(none)"], titles);
        Assert.Contains($"error: {binary}: binary file, not an article", result.Stderr, StringComparison.Ordinal);
        Assert.Contains($"warning: {truncated}: compressed data ends early (truncated file?)", result.Stderr, StringComparison.Ordinal);
        Assert.Contains($"error: {missing}: does not exist", result.Stderr, StringComparison.Ordinal);
        Assert.Contains($"warning: {empty}: no article text found", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ABatchWithNothingReadableExitsWithOne()
    {
        using var temp = new TempFolder();
        var binary = temp.Write("binary.html", [0, 1, 2, 3, 0xFF, 0xFE, 0xFD]);
        var result = CliRunner.Run("read", binary, Path.Combine(temp.Path, "missing.html"));
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout.Trim());
    }
}
