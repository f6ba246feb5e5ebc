using System.Text.Json;
using Chronicle.Tests.Cli;
using Chronicle.Tests.Inputs;

namespace Chronicle.Tests.Entities;

/// <summary>`chronicle extract --actors FILE` end to end: a user's actor joins the built-in list.</summary>
public sealed class ActorsOptionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AUsersActorIsRecognisedWithItsAliasesCountryAndSector()
    {
        string actors = _folder.Write("my-actors.tsv", "# mine\nNorthern Hawks Brigade\tORG\tSYR\tREB\tNHB|the Hawks\n");
        string article = _folder.Write("a.txt", "The Northern Hawks Brigade shelled the town. NHB fighters later withdrew.\n");

        var run = CliRunner.Run("extract", article, "--actors", actors);

        Assert.Equal(0, run.ExitCode);
        var entity = JsonDocument.Parse(run.Stdout).RootElement.GetProperty("entities").EnumerateArray()
            .Single(e => e.GetProperty("name").GetString() == "Northern Hawks Brigade");
        Assert.Equal(("ORG", "SYR", "REB"), (entity.GetProperty("type").GetString(), entity.GetProperty("country").GetString(), entity.GetProperty("sector").GetString()));
        Assert.Equal(2, entity.GetProperty("mentions").GetArrayLength());
    }

    [Fact]
    public void AMalformedActorFileNamesItsLine()
    {
        string actors = _folder.Write("bad.tsv", "Northern Hawks Brigade\tARMY\n");
        string article = _folder.Write("a.txt", "Text.\n");

        var run = CliRunner.Run("extract", article, "--actors", actors);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("bad.tsv:1", run.Stderr, StringComparison.Ordinal);
    }
}
