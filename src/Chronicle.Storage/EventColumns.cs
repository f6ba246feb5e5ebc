using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using Chronicle.Documents;
using Chronicle.Serialization;

namespace Chronicle.Storage;

/// <summary>The columns events and reports share, and how a <see cref="StoredEvent"/> maps onto them.</summary>
internal static class EventColumns
{
    public static readonly ImmutableArray<string> Names =
    [
        "type", "mode", "context", "cameo", "acled_event_type", "acled_sub_event_type", "actors", "recipients",
        "date_value", "date_precision", "date_from", "date_mod", "location_name", "country", "admin1", "lat", "lon",
        "geoname_id", "feature_class", "location_precision", "dead", "injured", "arrested", "modality", "reporter", "confidence",
    ];

    /// <summary>"e.id, e.type, ..., e.source_count", the selection <see cref="Read"/> expects.</summary>
    public static readonly string Select = "e.id, " + string.Join(", ", Names.Select(n => "e." + n)) + ", e.source_count";

    public static string Parameters => string.Join(", ", Names.Select(n => "@" + n));

    public static string Assignments => string.Join(", ", Names.Select(n => $"{n} = @{n}"));

    public static DbCommand BindEvent(this DbCommand command, StoredEvent e)
    {
        var place = e.Location?.Place;
        return command
            .Bind("@type", ContractNames.Of(e.Type))
            .Bind("@mode", e.Mode)
            .Bind("@context", ContractValues.Json(e.Context))
            .Bind("@cameo", e.Cameo)
            .Bind("@acled_event_type", e.Acled?.EventType)
            .Bind("@acled_sub_event_type", e.Acled?.SubEventType)
            .Bind("@actors", ContractValues.Json(e.Actors))
            .Bind("@recipients", ContractValues.Json(e.Recipients))
            .Bind("@date_value", e.Date?.Value)
            .Bind("@date_precision", e.Date is { } d ? ContractNames.Of(d.Precision) : null)
            .Bind("@date_from", e.Date is { } f ? ContractNames.Of(f.From) : null)
            .Bind("@date_mod", e.Date?.Mod is { } mod ? ContractNames.Of(mod) : null)
            .Bind("@location_name", e.Location?.Name)
            .Bind("@country", place?.Country)
            .Bind("@admin1", place?.Admin1)
            .Bind("@lat", place?.Latitude)
            .Bind("@lon", place?.Longitude)
            .Bind("@geoname_id", place?.GeonameId)
            .Bind("@feature_class", place?.FeatureClass.ToString())
            .Bind("@location_precision", e.Location is { } l ? ContractNames.Of(l.Precision) : null)
            .Bind("@dead", e.Dead)
            .Bind("@injured", e.Injured)
            .Bind("@arrested", e.Arrested)
            .Bind("@modality", ContractNames.Of(e.Modality))
            .Bind("@reporter", e.Reporter)
            .Bind("@confidence", e.Confidence);
    }

    /// <summary>Reads the columns of <see cref="Select"/>, starting at the reader's first column.</summary>
    public static StoredEvent Read(DbDataReader r)
    {
        int i = 1;
        var type = ContractValues.EventType(r.GetString(i++));
        string? mode = r.String(i++);
        var context = ContractValues.Strings(r.GetString(i++)).ToImmutableArray();
        string cameo = r.GetString(i++);
        string? acledType = r.String(i++);
        string? acledSub = r.String(i++);
        var actors = ContractValues.Strings(r.GetString(i++)).ToImmutableArray();
        var recipients = ContractValues.Strings(r.GetString(i++)).ToImmutableArray();
        string? dateValue = r.String(i++);
        string? datePrecision = r.String(i++);
        string? dateFrom = r.String(i++);
        string? dateMod = r.String(i++);
        string? locationName = r.String(i++);
        string? country = r.String(i++);
        string? admin1 = r.String(i++);
        double? lat = r.Double(i++);
        double? lon = r.Double(i++);
        int? geonameId = r.Int(i++);
        string? featureClass = r.String(i++);
        string? locationPrecision = r.String(i++);
        var e = new StoredEvent
        {
            Id = Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture),
            Type = type,
            Mode = mode,
            Context = context,
            Cameo = cameo,
            Acled = acledType is not null && acledSub is not null ? new AcledType(acledType, acledSub) : null,
            Actors = actors,
            Recipients = recipients,
            Date = dateValue is not null && datePrecision is not null && dateFrom is not null
                ? new EventDate(dateValue, ContractValues.DatePrecision(datePrecision), ContractValues.DateSource(dateFrom), dateMod is null ? null : ContractValues.TimeMod(dateMod))
                : null,
            Location = locationName is not null && locationPrecision is not null
                ? new EventLocation(locationName, Place(locationName, country, admin1, lat, lon, geonameId, featureClass, locationPrecision), ContractValues.PlacePrecision(locationPrecision))
                : null,
            Dead = r.Int(i++),
            Injured = r.Int(i++),
            Arrested = r.Int(i++),
            Modality = ContractValues.Modality(r.GetString(i++)),
            Reporter = r.String(i++),
            Confidence = r.GetDouble(i++),
        };
        return e with { SourceCount = r.Int(i) ?? 0 };
    }

    private static GeoPlace? Place(string name, string? country, string? admin1, double? lat, double? lon, int? geonameId, string? featureClass, string precision) =>
        country is not null && lat is { } latitude && lon is { } longitude
            ? new GeoPlace
            {
                Name = name,
                Country = country,
                Admin1 = admin1,
                Latitude = latitude,
                Longitude = longitude,
                GeonameId = geonameId,
                FeatureClass = featureClass is { Length: > 0 } c ? c[0] : 'P',
                Precision = ContractValues.PlacePrecision(precision),
            }
            : null;
}
