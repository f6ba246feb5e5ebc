using System.Text.Json;
using Chronicle.Tests.Inputs;

namespace Chronicle.Tests.Cli;

/// <summary>`chronicle quotes` end to end: the real program, data files and entity recogniser on a made-up wire story.</summary>
public sealed class QuotesCommandTests : IDisposable
{
    private const string Story = """
        Navy Downs Drones Over Red Sea

        WASHINGTON — Navy Spokesperson Captain Maria Lopez said on Tuesday that two destroyers shot down 12 drones over the Red Sea.

        "Our sailors acted quickly and no ship was hit," Lopez told reporters at the Pentagon. "We will keep the shipping lanes open."

        The Houthis, Lopez added, had fired the drones from Yemen.

        Foreign Minister Ahmed Salem said the strikes on Yemen must stop.
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void PrintsEachQuoteWithItsSpeakerAndCue()
    {
        var file = _folder.Write("story.txt", Story);

        var run = CliRunner.Run("quotes", file, "--published", "2024-01-09", "--format", "jsonl");

        Assert.Equal(0, run.ExitCode);
        var quotes = Lines(run.Stdout);
        Assert.Equal(
            [
                ("Maria Lopez", "said", "two destroyers shot down 12 drones over the Red Sea"),
                ("Maria Lopez", "told reporters", "Our sailors acted quickly and no ship was hit,"),
                ("Maria Lopez", "told reporters", "We will keep the shipping lanes open."),
                ("Maria Lopez", "added", "The Houthis, Lopez added, had fired the drones from Yemen"),
                ("Ahmed Salem", "said", "the strikes on Yemen must stop"),
            ],
            quotes.Select(q => (Speaker(q), q.GetProperty("cue").GetProperty("text").GetString(), q.GetProperty("quote").GetProperty("text").GetString())));
        Assert.Contains("5 quotes", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void KeepsOnlyTheSpeakerNamedByAnyAliasWhateverTheCase()
    {
        var file = _folder.Write("story.txt", Story);

        var run = CliRunner.Run("quotes", file, "--speaker", "LOPEZ", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var quotes = JsonDocument.Parse(run.Stdout).RootElement.EnumerateArray().ToList();
        Assert.Equal(4, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Maria Lopez", Speaker(q)));
    }

    [Fact]
    public void TableNamesTheArticleAndTheSpeakers()
    {
        var file = _folder.Write("story.txt", Story);

        var run = CliRunner.Run("quotes", file, "--speaker", "Ahmed Salem");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Navy Downs Drones Over Red Sea", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Ahmed Salem", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Maria Lopez", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsACommandLineWithoutInput()
    {
        var run = CliRunner.Run("quotes", "--speaker", "Lopez");

        Assert.Equal(2, run.ExitCode);
    }

    private static List<JsonElement> Lines(string jsonl) =>
        [.. jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement)];

    private static string? Speaker(JsonElement quote) =>
        quote.GetProperty("speaker") is { ValueKind: JsonValueKind.Object } speaker ? speaker.GetProperty("name").GetString() : null;
}
