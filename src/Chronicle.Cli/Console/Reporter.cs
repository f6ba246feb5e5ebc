using System.Diagnostics;
using Chronicle.Inputs;

namespace Chronicle.Cli.Console;

/// <summary>Writes problems, warnings, progress and the closing summary to standard error, keeping standard output for data.</summary>
/// <param name="countsEvents">False for commands that stop before event coding, whose summary would always say "0 events".</param>
internal sealed class Reporter(bool countsEvents = true)
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly bool _interactive = !System.Console.IsErrorRedirected;
    private TimeSpan _lastProgress;

    public int Articles { get; private set; }

    public int Problems { get; private set; }

    public int Events { get; private set; }

    public void Problem(InputProblem problem)
    {
        Problems++;
        ClearProgress();
        System.Console.Error.WriteLine($"chronicle: error: {problem}");
    }

    public void Warning(InputProblem warning)
    {
        ClearProgress();
        System.Console.Error.WriteLine($"chronicle: warning: {warning}");
    }

    public void Processed(int events)
    {
        Articles++;
        Events += events;
        if (_interactive && _clock.Elapsed - _lastProgress > TimeSpan.FromMilliseconds(500))
        {
            _lastProgress = _clock.Elapsed;
            System.Console.Error.Write($"\r{Articles} articles{EventCount}, {Rate:F0} articles/s   ");
        }
    }

    public void Summary()
    {
        ClearProgress();
        System.Console.Error.WriteLine(
            $"chronicle: {Articles} articles{EventCount}, {Problems} inputs with problems, {_clock.Elapsed.TotalSeconds:F2} s ({Rate:F0} articles/s)");
    }

    public int ExitCode => Articles > 0 ? ExitCodes.Success : ExitCodes.NothingRead;

    private string EventCount => countsEvents ? $", {Events} events" : "";

    private double Rate => Articles / Math.Max(_clock.Elapsed.TotalSeconds, 1e-3);

    private void ClearProgress()
    {
        if (_interactive && _lastProgress > TimeSpan.Zero)
        {
            System.Console.Error.Write("\r" + new string(' ', 60) + "\r");
        }
    }

    /// <summary>The last word on an exception nothing else handled: a message that says what failed, and a non-zero exit.</summary>
    public static int Fail(Exception exception)
    {
        switch (exception)
        {
            case Spectre.Console.Cli.CommandParseException or Spectre.Console.Cli.CommandRuntimeException:
                System.Console.Error.WriteLine($"chronicle: {exception.Message} (see 'chronicle --help')");
                return ExitCodes.Usage;
            case FileNotFoundException or DirectoryNotFoundException or FormatException:
                System.Console.Error.WriteLine($"chronicle: {exception.Message}");
                return ExitCodes.Internal;
            default:
                System.Console.Error.WriteLine($"chronicle: internal error: {exception}");
                return ExitCodes.Internal;
        }
    }
}
