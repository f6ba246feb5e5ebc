using System.Text.Json;
using Chronicle.Tests.Inputs;

namespace Chronicle.Tests.Cli;

/// <summary>`chronicle eval time` end to end on a small TimeML gold folder written by the test.</summary>
public sealed class EvalTimeCommandTests : IDisposable
{
    private const string Gold = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>wire_1</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">March 22, 2013</TIMEX3></DCT>
        <TEXT>The talks ended <TIMEX3 tid="t1" type="DATE" value="2013-03-21">Thursday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P3D">three days</TIMEX3>. The ministers meet again <TIMEX3 tid="t3" type="DATE" value="2013-04">in April</TIMEX3>.</TEXT>
        </TimeML>
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void ScoresExtentTypeAndValueAgainstTheGold()
    {
        _folder.Write("gold/wire_1.tml", Gold);

        var run = CliRunner.Run("eval", "time", "--tml", Path.Combine(_folder.Path, "gold"), "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var score = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.Equal(1, score.GetProperty("documents").GetInt32());
        Assert.Equal(3, score.GetProperty("gold").GetInt32());
        // "in April" is tagged "April": relaxed but not strict.
        Assert.Equal(2, score.GetProperty("extentStrict").GetProperty("correct").GetInt32());
        Assert.Equal(3, score.GetProperty("extentRelaxed").GetProperty("correct").GetInt32());
        Assert.Equal(3, score.GetProperty("value").GetProperty("correct").GetInt32());
        Assert.Equal(0.776, score.GetProperty("publishedValueF1").GetProperty("HeidelTime").GetDouble());
    }

    [Fact]
    public void TableShowsThePublishedFiguresBesideOurs()
    {
        _folder.Write("gold/wire_1.tml", Gold);

        var run = CliRunner.Run("eval", "time", "--tml", Path.Combine(_folder.Path, "gold"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("extent, relaxed", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("SUTime", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void AFolderWithoutGoldIsAnError()
    {
        _folder.Write("input/wire_1.tml.TE3input", Gold);

        var run = CliRunner.Run("eval", "time", "--tml", Path.Combine(_folder.Path, "input"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("gold", run.Stderr, StringComparison.Ordinal);
    }
}
