using System.Text.Json;

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
    }

    [Fact]
    public void PrintsPlainTextWhenAsked()
    {
        var result = CliRunner.Run("read", Path.Combine(CliRunner.Samples(), "navy-drone-strike.txt"), "--format", "text");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Liwa al-Bahr", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Your browser", result.Stdout, StringComparison.Ordinal);
    }
}
