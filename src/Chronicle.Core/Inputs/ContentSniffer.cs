using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Chronicle.Inputs;

/// <summary>Guesses the format of content that arrived without a file name (standard input).</summary>
internal static partial class ContentSniffer
{
    /// <summary>HTML if it looks like markup, null (JSON Lines) if every non-empty line is a JSON object, else plain text.</summary>
    public static InputFormat? Sniff(byte[] bytes)
    {
        var head = Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        if (Markup().IsMatch(head))
        {
            return InputFormat.Html;
        }

        bool any = false;
        foreach (var line in Lines(bytes))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (!IsJsonObject(line))
            {
                return InputFormat.PlainText;
            }

            any = true;
        }

        return any ? null : InputFormat.PlainText;
    }

    public static IEnumerable<string> Lines(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    private static bool IsJsonObject(string line)
    {
        if (!line.TrimStart().StartsWith('{'))
        {
            return false;
        }

        try
        {
            using var json = JsonDocument.Parse(line);
            return json.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    // Markup starts (after optional whitespace or BOM) with a doctype, a comment or one of the usual page-level tags.
    [GeneratedRegex(@"^[\s\uFEFF]*<(!doctype\s+html|!--|html|head|body|meta|title|article|div|p)[\s>/]", RegexOptions.IgnoreCase)]
    private static partial Regex Markup();
}
