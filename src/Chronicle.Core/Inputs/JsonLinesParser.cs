using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;

namespace Chronicle.Inputs;

/// <summary>Turns one line of a JSON Lines file into an input; <c>text</c> is required, other known fields are optional.</summary>
internal static class JsonLinesParser
{
    public static InputItem Parse(string line, string source)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            return InputItem.Of(new InputProblem(source, $"not valid JSON: {e.Message}"));
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return InputItem.Of(new InputProblem(source, $"expected a JSON object, found {root.ValueKind}"));
            }

            if (String(root, "text") is not { } text)
            {
                return InputItem.Of(new InputProblem(source, "no \"text\" string field"));
            }

            var warnings = ImmutableArray.CreateBuilder<InputProblem>();
            DateOnly? published = null;
            if (String(root, "published") is { } date)
            {
                published = ParseDate(date);
                if (published is null)
                {
                    warnings.Add(new InputProblem(source, $"ignored unreadable \"published\" value \"{date}\""));
                }
            }

            return InputItem.Of(new RawInput
            {
                Source = source,
                Format = InputFormat.PlainText,
                Text = text,
                Id = Scalar(root, "id"),
                Title = String(root, "title"),
                Url = String(root, "url"),
                Published = published,
                Byline = Names(root, "author") is { IsEmpty: false } authors ? authors : Names(root, "byline"),
                Warnings = warnings.ToImmutable(),
            });
        }
    }

    /// <summary>The calendar date of a date or date-time string, as written (no shift to another time zone).</summary>
    internal static DateOnly? ParseDate(string value)
    {
        value = value.Trim();
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
        {
            return DateOnly.FromDateTime(moment.DateTime);
        }

        return null;
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;

    // Ids are often numbers in the wild; keep them as their JSON text.
    private static string? Scalar(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetRawText()
            : String(root, name);

    private static ImmutableArray<string> Names(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return [];
        }

        IEnumerable<string?> names = value.ValueKind switch
        {
            JsonValueKind.String => [value.GetString()],
            JsonValueKind.Array => value.EnumerateArray()
                .Where(e => e.ValueKind == JsonValueKind.String)
                .Select(e => e.GetString()),
            _ => [],
        };
        return [.. names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n!.Trim())];
    }
}
