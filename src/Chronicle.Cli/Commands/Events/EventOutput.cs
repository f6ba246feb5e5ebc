using System.Globalization;
using System.Text;
using System.Text.Json;
using Chronicle.Serialization;
using Chronicle.Storage;
using Chronicle.Storage.Export;
using Spectre.Console;

namespace Chronicle.Cli.Commands.Events;

/// <summary>Writes a list of stored events to standard output in the chosen format.</summary>
internal static class EventOutput
{
    public static void Write(EventsFormat format, IReadOnlyList<StoredEvent> events, Stream stdout, IAnsiConsole console)
    {
        switch (format)
        {
            case EventsFormat.Json:
                using (var json = new Utf8JsonWriter(stdout, DocumentJsonWriter.Options(indented: true)))
                {
                    json.WriteStartArray();
                    foreach (var e in events)
                    {
                        StoredEventJson.Write(json, e);
                    }

                    json.WriteEndArray();
                }

                stdout.WriteByte((byte)'\n');
                break;
            case EventsFormat.Jsonl:
                using (var json = new Utf8JsonWriter(stdout, DocumentJsonWriter.Options(indented: false)))
                {
                    foreach (var e in events)
                    {
                        StoredEventJson.Write(json, e);
                        json.Flush();
                        json.Reset();
                        stdout.WriteByte((byte)'\n');
                    }
                }

                break;
            case EventsFormat.Csv:
                using (var writer = new StreamWriter(stdout, new UTF8Encoding(false), leaveOpen: true))
                using (var csv = new EventCsv(writer))
                {
                    foreach (var e in events)
                    {
                        csv.Write(e);
                    }
                }

                break;
            case EventsFormat.Geojson:
                WriteGeoJson(events, stdout);
                break;
            default:
                WriteTable(events, console);
                break;
        }
    }

    private static void WriteGeoJson(IReadOnlyList<StoredEvent> events, Stream stdout)
    {
        int unplaced = 0;
        using (var json = new Utf8JsonWriter(stdout, DocumentJsonWriter.Options(indented: false)))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteStartArray("features");
            foreach (var e in events)
            {
                if (e.Location?.Place is null)
                {
                    unplaced++;
                    continue;
                }

                StoredEventJson.WriteFeature(json, e);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stdout.WriteByte((byte)'\n');
        if (unplaced > 0)
        {
            System.Console.Error.WriteLine($"chronicle: {unplaced} events without coordinates left out of the GeoJSON");
        }
    }

    private static void WriteTable(IReadOnlyList<StoredEvent> events, IAnsiConsole console)
    {
        var table = new Table().Border(TableBorder.Simple);
        foreach (var column in new[] { "id", "date", "type", "modality", "actors → recipients", "place", "dead", "sources" })
        {
            table.AddColumn(column);
        }

        foreach (var e in events)
        {
            table.AddRow(
                e.Id.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(e.Date?.Value ?? ""),
                ContractNames.Of(e.Type) + (e.Mode is null ? "" : "/" + Markup.Escape(e.Mode)),
                ContractNames.Of(e.Modality),
                Markup.Escape($"{string.Join(", ", e.Actors)} → {string.Join(", ", e.Recipients)}"),
                Markup.Escape(e.Location is { } l ? l.Name + (l.Place?.Country is { } c ? $" ({c})" : "") : ""),
                e.Dead?.ToString(CultureInfo.InvariantCulture) ?? "",
                e.SourceCount.ToString(CultureInfo.InvariantCulture));
        }

        console.Write(table);
        console.MarkupLine($"[grey]{events.Count} events[/]");
    }
}
