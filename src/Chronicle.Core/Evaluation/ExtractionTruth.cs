using System.Text.Json;

namespace Chronicle.Evaluation;

/// <summary>Reads article bodies keyed by page id from the benchmark's files: the ground truth, or a peer's output (the same map under "output").</summary>
public static class ExtractionTruth
{
    public static Dictionary<string, string> Load(string path)
    {
        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream);
        var root = json.RootElement;
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("output", out var output))
        {
            root = output;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"{path}: expected an object of page ids, found {root.ValueKind}");
        }

        var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in root.EnumerateObject())
        {
            bodies[page.Name] = page.Value.ValueKind == JsonValueKind.Object
                && page.Value.TryGetProperty("articleBody", out var body) && body.ValueKind == JsonValueKind.String
                ? body.GetString()!
                : string.Empty;
        }

        return bodies;
    }
}
