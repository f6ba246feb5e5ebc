using System.Collections.Immutable;
using System.Text.Json;
using Chronicle.Documents;

namespace Chronicle.Evaluation;

/// <summary>The gold events of one story, in the format of shared/eval/voa-events (one story a line).</summary>
public sealed record EventGoldStory(string Id, DateOnly? Published, ImmutableArray<EventGoldEvent> Events)
{
    /// <summary>Reads every story of a gold JSON Lines file.</summary>
    public static IEnumerable<EventGoldStory> Load(string path)
    {
        int line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            EventGoldStory story;
            try
            {
                story = Parse(text);
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new FormatException($"{path}:{line}: not a gold story ({e.Message}).", e);
            }

            yield return story;
        }
    }

    internal static EventGoldStory Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var published = root.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String
            ? DateOnly.Parse(p.GetString()!.AsSpan(0, 10), System.Globalization.CultureInfo.InvariantCulture)
            : (DateOnly?)null;
        var events = root.GetProperty("events").EnumerateArray().Select(EventGoldEvent.Parse).ToImmutableArray();
        return new EventGoldStory(root.GetProperty("id").ToString(), published, events);
    }
}

/// <summary>One gold event: names as the text gives them, an ISO date at the precision the text supports, a verbatim evidence clause.</summary>
public sealed record EventGoldEvent(
    EventType Type,
    string? Mode,
    ImmutableArray<string> Actors,
    ImmutableArray<string> Recipients,
    string? Date,
    string? Place,
    string? Country,
    int? Dead,
    int? Injured,
    int? Arrested,
    Modality Modality,
    string Evidence)
{
    internal static EventGoldEvent Parse(JsonElement e)
    {
        static string? Text(JsonElement e, string name) =>
            e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        static int? Count(JsonElement e, string name) =>
            e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;

        static ImmutableArray<string> Names(JsonElement e, string name) =>
            e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
                ? [.. v.EnumerateArray().Select(n => n.GetString()!).Where(n => n.Length > 0)]
                : [];

        return new EventGoldEvent(
            Enum.Parse<EventType>(Text(e, "type")!, ignoreCase: true),
            Text(e, "mode"),
            Names(e, "actors"),
            Names(e, "recipients"),
            Text(e, "date"),
            Text(e, "place"),
            Text(e, "country"),
            Count(e, "dead"),
            Count(e, "injured"),
            Count(e, "arrested"),
            Enum.Parse<Modality>(Text(e, "modality") ?? "asserted", ignoreCase: true),
            Text(e, "evidence") ?? "");
    }
}
