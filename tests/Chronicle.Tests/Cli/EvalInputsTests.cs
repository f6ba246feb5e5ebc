namespace Chronicle.Tests.Cli;

/// <summary>Every eval command refuses missing or absent gold with exit code 2 and a message naming the option.</summary>
public sealed class EvalInputsTests
{
    [Theory]
    [InlineData("Give --re3d DIR", "eval", "entities")]
    [InlineData("(--re3d) does not exist", "eval", "entities", "--re3d", "/no/such/re3d")]
    [InlineData("Give --tml DIR", "eval", "time")]
    [InlineData("(--tml) does not exist", "eval", "time", "--tml", "/no/such/tml")]
    [InlineData("Give --gold FILE", "eval", "events")]
    [InlineData("(--gold) does not exist", "eval", "events", "--gold", "/no/such/gold.jsonl", "--corpus", "/no/such/corpus.jsonl")]
    [InlineData("Give --html DIR", "eval", "extraction")]
    [InlineData("(--html) does not exist", "eval", "extraction", "--html", "/no/such/pages", "--truth", "/no/such/truth.json")]
    public void NamesTheOptionToGive(string message, params string[] arguments)
    {
        var run = CliRunner.Run(arguments);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Stderr, StringComparison.Ordinal);
    }
}
