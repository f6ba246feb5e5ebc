using Spectre.Console;

namespace Chronicle.Cli.Commands.Eval;

/// <summary>The checks every eval command makes on the gold it is given, so that each names the option and says what to give.</summary>
internal static class EvalInputs
{
    /// <summary>The folder is given, exists and holds at least one file matching <paramref name="pattern"/>.</summary>
    public static ValidationResult Folder(string? path, string option, string pattern, SearchOption search, string emptyHint)
    {
        if (path is null)
        {
            return ValidationResult.Error($"Give {option} DIR.");
        }

        if (!Directory.Exists(path))
        {
            return ValidationResult.Error($"The folder '{path}' ({option}) does not exist.");
        }

        return Directory.EnumerateFiles(path, pattern, search).Any()
            ? ValidationResult.Success()
            : ValidationResult.Error($"'{path}' holds no {pattern}; {emptyHint}");
    }

    /// <summary>Each option names a file that exists.</summary>
    public static ValidationResult Files(params ReadOnlySpan<(string Option, string? Path)> files)
    {
        foreach (var (option, path) in files)
        {
            if (path is null)
            {
                return ValidationResult.Error($"Give {option} FILE.");
            }

            if (!File.Exists(path))
            {
                return ValidationResult.Error($"The file '{path}' ({option}) does not exist.");
            }
        }

        return ValidationResult.Success();
    }
}
