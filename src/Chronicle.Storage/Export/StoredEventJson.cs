using System.Globalization;
using System.Text.Json;
using Chronicle.Serialization;

namespace Chronicle.Storage.Export;

/// <summary>
/// Writes a stored event as the contract's event plus <c>sources</c> and <c>sourceCount</c>; actors, recipients and
/// reporter are names, since entity ids only mean something inside one article, and <c>evidence</c> is the first source's.
/// </summary>
public static class StoredEventJson
{
    public static void Write(Utf8JsonWriter json, StoredEvent e)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(e);
        json.WriteStartObject();
        json.WriteString("id", e.Id.ToString(CultureInfo.InvariantCulture));
        json.WriteString("type", ContractNames.Of(e.Type));
        json.WriteStringOrNull("mode", e.Mode);
        json.WriteStrings("context", e.Context);
        json.WriteString("cameo", e.Cameo);
        DocumentJsonWriter.WriteAcled(json, e.Acled);
        json.WriteStrings("actors", e.Actors);
        json.WriteStrings("recipients", e.Recipients);
        DocumentJsonWriter.WriteDate(json, e.Date);
        DocumentJsonWriter.WriteLocation(json, e.Location);

        json.WriteNumberOrNull("dead", e.Dead);
        json.WriteNumberOrNull("injured", e.Injured);
        json.WriteNumberOrNull("arrested", e.Arrested);
        json.WriteString("modality", ContractNames.Of(e.Modality));
        json.WriteStringOrNull("reporter", e.Reporter);
        json.WriteStartArray("evidence");
        foreach (var evidence in e.Sources.IsDefaultOrEmpty ? [] : e.Sources[0].Evidence)
        {
            Evidence(json, evidence);
        }

        json.WriteEndArray();
        json.WriteNumber("confidence", Math.Round(e.Confidence, 2));
        json.WriteNumber("sourceCount", e.SourceCount);
        json.WriteStartArray("sources");
        foreach (var source in e.Sources)
        {
            json.WriteStartObject();
            json.WriteString("articleId", source.ArticleId);
            json.WriteStringOrNull("url", source.Url);
            json.WriteStringOrNull("title", source.Title);
            json.WriteStringOrNull("published", source.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("event", source.ReportId);
            json.WriteStartArray("evidence");
            foreach (var evidence in source.Evidence)
            {
                Evidence(json, evidence);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>A GeoJSON feature for an event with coordinates: a point and the event's main fields as properties.</summary>
    public static void WriteFeature(Utf8JsonWriter json, StoredEvent e)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(e);
        var place = e.Location?.Place ?? throw new ArgumentException("A GeoJSON feature needs a place with coordinates.", nameof(e));
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        json.WriteStartObject("geometry");
        json.WriteString("type", "Point");
        json.WriteStartArray("coordinates");
        json.WriteNumberValue(Math.Round(place.Longitude, 5));
        json.WriteNumberValue(Math.Round(place.Latitude, 5));
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("id", e.Id.ToString(CultureInfo.InvariantCulture));
        json.WriteString("type", ContractNames.Of(e.Type));
        json.WriteStringOrNull("mode", e.Mode);
        json.WriteStringOrNull("date", e.Date?.Value);
        json.WriteStringOrNull("datePrecision", e.Date is { } d ? ContractNames.Of(d.Precision) : null);
        json.WriteString("modality", ContractNames.Of(e.Modality));
        json.WriteString("actors", string.Join("; ", e.Actors));
        json.WriteString("recipients", string.Join("; ", e.Recipients));
        json.WriteString("location", e.Location!.Name);
        json.WriteString("country", place.Country);
        json.WriteStringOrNull("admin1", place.Admin1);
        json.WriteString("geoPrecision", ContractNames.Of(e.Location.Precision));
        json.WriteNumberOrNull("dead", e.Dead);
        json.WriteNumberOrNull("injured", e.Injured);
        json.WriteNumber("sourceCount", e.SourceCount);
        json.WriteString("sources", string.Join(" ", e.Sources.Select(s => s.Url ?? s.ArticleId)));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Evidence(Utf8JsonWriter json, Evidence evidence)
    {
        json.WriteStartObject();
        json.WriteNumber("start", evidence.Start);
        json.WriteNumber("end", evidence.End);
        json.WriteString("text", evidence.Text);
        json.WriteEndObject();
    }
}
