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

    public static string Assignments => string.Join(", ", Names.Select(n => $"{n} = @{n}"));

    public static DbCommand BindEvent(this DbCommand command, StoredEvent e)
    {
        var values = Values(e);
        for (int i = 0; i < Names.Length; i++)
        {
            command.Bind("@" + Names[i], values[i]);
        }

        return command;
    }

    /// <summary>The event's values in the order of <see cref="Names"/>.</summary>
    public static object?[] Values(StoredEvent e)
    {
        var place = e.Location?.Place;
        return
        [
            ContractNames.Of(e.Type),
            e.Mode,
            ContractValues.Json(e.Context),
            e.Cameo,
            e.Acled?.EventType,
            e.Acled?.SubEventType,
            ContractValues.Json(e.Actors),
            ContractValues.Json(e.Recipients),
            e.Date?.Value,
            e.Date is { } d ? ContractNames.Of(d.Precision) : null,
            e.Date is { } f ? ContractNames.Of(f.From) : null,
            e.Date?.Mod is { } mod ? ContractNames.Of(mod) : null,
            e.Location?.Name,
            place?.Country,
            place?.Admin1,
            place?.Latitude,
            place?.Longitude,
            place?.GeonameId,
            place?.FeatureClass.ToString(),
            e.Location is { } l ? ContractNames.Of(l.Precision) : null,
            e.Dead,
            e.Injured,
            e.Arrested,
            ContractNames.Of(e.Modality),
            e.Reporter,
            e.Confidence,
        ];
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
