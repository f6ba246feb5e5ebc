using System.Diagnostics;
using System.Text;

namespace Chronicle.Tests.Cli;

/// <summary>Runs the built `chronicle` program as a separate process, as a user or a script would.</summary>
internal static class CliRunner
{
    public static CliResult RunWithInput(string? stdin, params string[] arguments)
    {
        var program = Path.Combine(AppContext.BaseDirectory, "chronicle.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(program);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"chronicle {string.Join(' ', arguments)} did not finish in 2 minutes.");
        }

        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    public static CliResult Run(params string[] arguments) => RunWithInput(null, arguments);

    /// <summary>The repository's samples folder, found from the test's output directory.</summary>
    public static string Samples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples");
            if (File.Exists(Path.Combine(candidate, "navy-drone-strike.txt")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("The repository's samples/ folder was not found above the test output.");
    }
}

/// <summary>What a run of the program printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr);
