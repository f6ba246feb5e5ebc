using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Chronicle.Documents;

namespace Chronicle.Serialization;

/// <summary>Writes a document as the chronicle/1 JSON of the output contract, offsets in code points.</summary>
public static class DocumentJsonWriter
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public static JsonWriterOptions Options(bool indented) => new() { Indented = indented, Encoder = Encoder };

    public static void Write(Utf8JsonWriter json, Document document)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(document);
        var offsets = new CodePointOffsets(document.Text);
        json.WriteStartObject();
        json.WriteString("schema", ContractNames.Schema);
        WriteArticle(json, document.Article, offsets);
        json.WriteStartArray("entities");
        foreach (var entity in document.Entities)
        {
            WriteEntity(json, document, entity, offsets);
        }

        json.WriteEndArray();
        json.WriteStartArray("times");
        foreach (var time in document.Times)
        {
            json.WriteStartObject();
            json.WriteString("id", time.Id.ToString());
            WriteSpanFields(json, document, time.Span, offsets);
            json.WriteString("type", ContractNames.Of(time.Type));
            json.WriteString("value", time.Value);
            json.WriteStringOrNull("mod", time.Mod is { } mod ? ContractNames.Of(mod) : null);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("quotes");
        foreach (var quote in document.Quotes)
        {
            json.WriteStartObject();
            json.WriteString("id", quote.Id.ToString());
            WriteSpanFields(json, document, quote.Span, offsets);
            json.WriteString("kind", ContractNames.Of(quote.Kind));
            json.WriteStringOrNull("speaker", quote.Speaker?.ToString());
            json.WritePropertyName("cue");
            WriteSpanOrNull(json, document, quote.Cue, offsets);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("quantities");
        foreach (var quantity in document.Quantities)
        {
            json.WriteStartObject();
            WriteSpanFields(json, document, quantity.Span, offsets);
            json.WriteNumber("value", quantity.Value);
            json.WriteString("unit", quantity.Unit);
            json.WriteBoolean("approximate", quantity.Approximate);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("events");
        foreach (var e in document.Events)
        {
            WriteEvent(json, document, e, offsets);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static string ToJson(Document document, bool indented = true)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options(indented)))
        {
            Write(json, document);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes the contract's article object alone, as `chronicle read` prints it.</summary>
    public static void WriteArticle(Utf8JsonWriter json, Article article)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(article);
        json.WriteStartObject();
        WriteArticleFields(json, article, new CodePointOffsets(article.Text));
        json.WriteEndObject();
    }

    private static void WriteArticle(Utf8JsonWriter json, Article article, CodePointOffsets offsets)
    {
        json.WriteStartObject("article");
        WriteArticleFields(json, article, offsets);
        json.WriteEndObject();
    }

    private static void WriteArticleFields(Utf8JsonWriter json, Article article, CodePointOffsets offsets)
    {
        json.WriteString("id", article.Id);
        json.WriteString("contentHash", article.ContentHash);
        json.WriteString("source", article.Source);
        json.WriteStringOrNull("url", article.Url);
        json.WriteStringOrNull("title", article.Title);
        json.WriteStrings("byline", article.Byline);
        json.WriteStringOrNull("published", article.Published?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("publishedFrom", article.Published is { } published ? ContractNames.Of(published.From) : "none");
        json.WriteString("language", article.Language);
        json.WriteStringOrNull("siteName", article.SiteName);
        json.WriteString("text", article.Text);
        json.WriteStartArray("sections");
        foreach (var section in article.Sections)
        {
            json.WriteStartObject();
            json.WriteString("kind", ContractNames.Of(section.Kind));
            json.WriteNumber("start", offsets[section.Span.Start]);
            json.WriteNumber("end", offsets[section.Span.End]);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteEntity(Utf8JsonWriter json, Document document, Entity entity, CodePointOffsets offsets)
    {
        json.WriteStartObject();
        json.WriteString("id", entity.Id.ToString());
        json.WriteString("type", ContractNames.Of(entity.Type));
        json.WriteString("name", entity.Name);
        json.WriteStrings("aliases", entity.Aliases);
        json.WriteStringOrNull("country", entity.Country);
        json.WriteStringOrNull("sector", entity.Sector is { } sector ? ContractNames.Of(sector) : null);
        json.WriteStrings("titles", entity.Titles);
        json.WritePropertyName("place");
        if (entity.Place is { } place)
        {
            json.WriteStartObject();
            WritePlaceFields(json, place);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNullValue();
        }

        json.WriteStartArray("mentions");
        foreach (var mention in entity.Mentions)
        {
            WriteSpan(json, document, mention, offsets);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WritePlaceFields(Utf8JsonWriter json, GeoPlace place)
    {
        json.WriteNumberOrNull("geonameId", place.GeonameId);
        json.WriteString("name", place.Name);
        json.WriteString("country", place.Country);
        json.WriteStringOrNull("admin1", place.Admin1);
        json.WriteNumber("lat", Math.Round(place.Latitude, 5));
        json.WriteNumber("lon", Math.Round(place.Longitude, 5));
        json.WriteString("featureClass", place.FeatureClass.ToString());
        json.WriteString("precision", ContractNames.Of(place.Precision));
    }

    private static void WriteEvent(Utf8JsonWriter json, Document document, Event e, CodePointOffsets offsets)
    {
        json.WriteStartObject();
        json.WriteString("id", e.Id.ToString());
        json.WriteString("type", ContractNames.Of(e.Type));
        json.WriteStringOrNull("mode", e.Mode);
        json.WriteStrings("context", e.Context);
        json.WriteString("cameo", e.Cameo);
        WriteAcled(json, e.Acled);
        json.WriteStrings("actors", e.Actors.Select(a => a.ToString()));
        json.WriteStrings("recipients", e.Recipients.Select(r => r.ToString()));
        WriteDate(json, e.Date);
        WriteLocation(json, e.Location);

        json.WriteNumberOrNull("dead", e.Dead);
        json.WriteNumberOrNull("injured", e.Injured);
        json.WriteNumberOrNull("arrested", e.Arrested);
        json.WriteString("modality", ContractNames.Of(e.Modality));
        json.WriteStringOrNull("reporter", e.Reporter?.ToString());
        json.WriteStartArray("evidence");
        foreach (var evidence in e.Evidence)
        {
            WriteSpan(json, document, evidence, offsets);
        }

        json.WriteEndArray();
        json.WriteNumber("confidence", Math.Round(e.Confidence, 2));
        json.WriteEndObject();
    }

    /// <summary>Writes an event's "acled" property: ACLED's event and sub-event type, or null.</summary>
    public static void WriteAcled(Utf8JsonWriter json, AcledType? value)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WritePropertyName("acled");
        if (value is { } acled)
        {
            json.WriteStartObject();
            json.WriteString("eventType", acled.EventType);
            json.WriteString("subEventType", acled.SubEventType);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNullValue();
        }
    }

    /// <summary>Writes an event's "date" property: value, precision, source and bound, or null.</summary>
    public static void WriteDate(Utf8JsonWriter json, EventDate? value)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WritePropertyName("date");
        if (value is { } date)
        {
            json.WriteStartObject();
            json.WriteString("value", date.Value);
            json.WriteString("precision", ContractNames.Of(date.Precision));
            json.WriteString("from", ContractNames.Of(date.From));
            json.WriteStringOrNull("mod", date.Mod is { } mod ? ContractNames.Of(mod) : null);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNullValue();
        }
    }

    /// <summary>Writes an event's "location" property: name, country, admin1, coordinates, GeoNames id and precision, or null.</summary>
    public static void WriteLocation(Utf8JsonWriter json, EventLocation? value)
    {
        ArgumentNullException.ThrowIfNull(json);
        json.WritePropertyName("location");
        if (value is { } location)
        {
            json.WriteStartObject();
            json.WriteString("name", location.Name);
            json.WriteStringOrNull("country", location.Place?.Country);
            json.WriteStringOrNull("admin1", location.Place?.Admin1);
            if (location.Place is { } place)
            {
                json.WriteNumber("lat", Math.Round(place.Latitude, 5));
                json.WriteNumber("lon", Math.Round(place.Longitude, 5));
                json.WriteNumberOrNull("geonameId", place.GeonameId);
            }
            else
            {
                json.WriteNull("lat");
                json.WriteNull("lon");
                json.WriteNull("geonameId");
            }

            json.WriteString("precision", ContractNames.Of(location.Precision));
            json.WriteEndObject();
        }
        else
        {
            json.WriteNullValue();
        }
    }

    private static void WriteSpan(Utf8JsonWriter json, Document document, Span span, CodePointOffsets offsets)
    {
        json.WriteStartObject();
        WriteSpanFields(json, document, span, offsets);
        json.WriteEndObject();
    }

    private static void WriteSpanOrNull(Utf8JsonWriter json, Document document, Span? span, CodePointOffsets offsets)
    {
        if (span is { } value)
        {
            WriteSpan(json, document, value, offsets);
        }
        else
        {
            json.WriteNullValue();
        }
    }

    private static void WriteSpanFields(Utf8JsonWriter json, Document document, Span span, CodePointOffsets offsets)
    {
        json.WriteNumber("start", offsets[span.Start]);
        json.WriteNumber("end", offsets[span.End]);
        json.WriteString("text", document.Slice(span));
    }
}
