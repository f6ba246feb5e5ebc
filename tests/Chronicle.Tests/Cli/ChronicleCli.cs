using System.Diagnostics;
using System.Text;

namespace Chronicle.Tests.Cli;

/// <summary>Runs the built `chronicle` program as a user would, capturing its output and exit code.</summary>
internal static class ChronicleCli
{
    public static CliResult Run(params string[] arguments)
    {
        var program = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "chronicle.exe" : "chronicle");
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"chronicle {string.Join(' ', arguments)} did not finish in two minutes.");
        }

        return new CliResult(process.ExitCode, stdout, stderr.Result);
    }
}

/// <summary>What one run of the program printed and returned.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr);
