using System.Text;
using System.Text.Json;

namespace Chronicle.Tests.Cli;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("chronicle-extract-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private string Write(string name, string content) => Write(name, Encoding.UTF8.GetBytes(content));

    [Fact]
    public void PrintsOneDocumentOfTheContractForOneInput()
    {
        var result = CliRunner.Run("extract", Path.Combine(CliRunner.Samples(), "navy-drone-strike.txt"));
        Assert.True(result.ExitCode == 0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal("chronicle/1", root.GetProperty("schema").GetString());
        Assert.Equal("Navy Drone Strike Kills Militia Commander in Yemen", root.GetProperty("article").GetProperty("title").GetString());
        Assert.NotEqual(0, root.GetProperty("events").GetArrayLength());
        Assert.Contains("1 articles", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsAFolderOfTextHtmlAndJsonLinesAsOneDocumentALine()
    {
        var samples = CliRunner.Samples();
        int expected = Directory.GetFiles(samples).Sum(f => f.EndsWith(".jsonl", StringComparison.Ordinal)
            ? File.ReadLines(f).Count(l => l.Trim().Length > 0)
            : 1);
        var result = CliRunner.Run("extract", samples, "--format", "jsonl");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expected, lines.Length);
        var titles = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("article").GetProperty("title").GetString()).ToList();
        Assert.Contains("Dockworkers Protest in Mombasa Over Unpaid Wages", titles);
        Assert.Contains("Troops withdraw from border town", titles);
    }

    [Fact]
    public void SeveralInputsAsJsonMakeAnArray()
    {
        var a = Write("a.txt", "Police arrested two men in Nairobi on Monday.");
        var b = Write("b.txt", "Protesters marched in Lagos on Tuesday.");
        var result = CliRunner.Run("extract", a, b, "--published", "2025-05-07");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
        Assert.Equal(2, json.RootElement.GetArrayLength());
        Assert.Equal("given", json.RootElement[0].GetProperty("article").GetProperty("publishedFrom").GetString());
    }

    [Fact]
    public void ReadsStandardInput()
    {
        var result = CliRunner.RunWithInput("Rebels attacked an army base in Goma on Sunday, killing three soldiers.", "extract", "-", "--published", "2025-02-03", "--format", "jsonl");
        Assert.Equal(0, result.ExitCode);
        var events = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("events");
        var assault = events.EnumerateArray().Single(e => e.GetProperty("type").GetString() == "ASSAULT");
        Assert.Equal(3, assault.GetProperty("dead").GetInt32());
        Assert.Equal("2025-02-02", assault.GetProperty("date").GetProperty("value").GetString());
    }

    [Fact]
    public void TablePrintsEntitiesQuotesAndEventsForAPerson()
    {
        var result = CliRunner.Run("extract", Path.Combine(CliRunner.Samples(), "navy-drone-strike.txt"), "--format", "table");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Entities", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Elena Ruiz", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("ASSAULT", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void BadInputsAreNamedAndTheOthersStillProcessed()
    {
        var empty = Write("empty.txt", "");
        var binary = Write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3]);
        var latin1 = Write("latin1.txt", [.. Encoding.ASCII.GetBytes("Police in S"), 0xE3, .. Encoding.ASCII.GetBytes("o Paulo arrested 12 people on Friday.")]);
        var lines = Write("feed.jsonl", "{\"text\": \"Troops withdrew from Humera on Tuesday.\", \"published\": \"2025-04-02\"}\n{\"text\": broken\n{\"title\": \"no text\"}\n");
        var good = Write("good.txt", "Protesters marched in Lagos on Tuesday.");
        var result = CliRunner.Run("extract", empty, binary, latin1, lines, good, "--format", "jsonl");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(3, result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("empty.txt", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("image.txt", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("feed.jsonl:2", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("feed.jsonl:3", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("latin1.txt", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void ExitsNonZeroWhenNothingCouldBeRead()
    {
        var empty = Write("empty.txt", "   \n");
        var result = CliRunner.Run("extract", empty, Path.Combine(_dir, "missing.txt"));
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Stdout.Trim());
        Assert.Contains("missing.txt", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("extract", "--format", "xml", "x.txt")]
    [InlineData("extract", "x.txt", "--published", "yesterday")]
    [InlineData("extract")]
    public void AWrongCommandLineExitsWithTwo(params string[] arguments)
    {
        var result = CliRunner.Run(arguments);
        Assert.Equal(2, result.ExitCode);
        Assert.NotEqual("", result.Stderr.Trim());
    }
}
