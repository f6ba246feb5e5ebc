namespace Chronicle.Cli.Console;

/// <summary>
/// Carries the conventional "-" (read standard input) through the command-line parser, which takes a lone "-" for an
/// option without a name.
/// </summary>
internal static class StandardInputArgument
{
    private const string Placeholder = "(stdin)";

    /// <summary>Replaces each lone "-" before parsing.</summary>
    public static string[] Protect(string[] args) => [.. args.Select(a => a == "-" ? Placeholder : a)];

    /// <summary>Restores "-" in parsed input arguments.</summary>
    public static IEnumerable<string> Restore(IEnumerable<string> inputs) => inputs.Select(i => i == Placeholder ? "-" : i);
}
