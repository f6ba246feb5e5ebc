using System.Diagnostics;
using System.Net;
using Chronicle.Tests.Cli;
using Chronicle.Tests.Inputs;

namespace Chronicle.Tests.Web;

/// <summary>`chronicle serve` through the built program: it prints where it listens, answers, and stops on Ctrl-C.</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public async Task ServesOnLoopbackPrintsTheAddressAndStopsCleanlyOnInterrupt()
    {
        using var folder = new TempFolder();
        string db = Path.Combine(folder.Path, "serve.db");
        Assert.Equal(0, CliRunner.Run("ingest", Path.Combine(CliRunner.Samples(), "navy-drone-strike.txt"), "--db", db).ExitCode);

        using var serve = Chronicle.Tests.Storage.Cli.Start("serve", "--db", db, "--urls", "http://127.0.0.1:0");
        var errors = serve.StandardError.ReadToEndAsync();
        string? address = await serve.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(1));
        try
        {
            Assert.NotNull(address);
            Assert.StartsWith("http://127.0.0.1:", address, StringComparison.Ordinal);
            using var client = new HttpClient { BaseAddress = new Uri(address) };
            using var response = await client.GetAsync("/api/events?type=ASSAULT");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("\"ASSAULT\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            using var interrupt = Process.Start("kill", ["-INT", serve.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await interrupt.WaitForExitAsync();
            if (!serve.WaitForExit(TimeSpan.FromSeconds(30)))
            {
                serve.Kill(entireProcessTree: true);
            }
        }

        Assert.Equal(0, serve.ExitCode);
        Assert.Contains("chronicle: stopped", await errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://127.0.0.1:5080")]
    [InlineData("127.0.0.1:5080")]
    [InlineData("http://127.0.0.1:5080/chronicle")]
    public void RefusesAddressesItCannotServe(string urls)
    {
        var result = CliRunner.Run("serve", "--db", "unused.db", "--urls", urls);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--urls", result.Stdout + result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void HelpTeachesByExample()
    {
        var help = CliRunner.Run("serve", "--help");

        Assert.Equal(0, help.ExitCode);
        Assert.Contains("--api-key", help.Stdout, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1:5080", help.Stdout, StringComparison.Ordinal);
        Assert.Contains("chronicle serve --db voa.db", help.Stdout, StringComparison.Ordinal);
    }
}
