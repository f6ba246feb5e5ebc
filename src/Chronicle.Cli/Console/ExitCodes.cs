namespace Chronicle.Cli.Console;

/// <summary>The exit codes scripts can rely on.</summary>
internal static class ExitCodes
{
    /// <summary>At least one article was processed (problems with other inputs are reported on stderr).</summary>
    public const int Success = 0;

    /// <summary>No input could be read or processed.</summary>
    public const int NothingRead = 1;

    /// <summary>The command line was wrong (unknown option, bad value).</summary>
    public const int Usage = 2;

    /// <summary>Chronicle itself failed (missing data files, a bug).</summary>
    public const int Internal = 3;
}
