using System.Globalization;
using Chronicle.Documents;
using Chronicle.Serialization;

namespace Chronicle.Storage.Export;

/// <summary>
/// Writes events as CSV with ACLED's columns first, so ACLED tooling reads them, then PLOVER's and Chronicle's own.
/// ACLED's precision codes: time 1 = day or finer, 2 = within a month, 3 = coarser; geo 1 = town or point, 2 = admin area, 3 = country.
/// </summary>
public sealed class EventCsv : IDisposable
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "event_id", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1",
        "location", "latitude", "longitude", "geo_precision", "fatalities", "source", "source_count", "notes",
        "plover_type", "plover_mode", "plover_context", "cameo", "modality", "injured", "arrested", "date_value", "confidence",
    ];

    private readonly TextWriter _writer;
    private bool _lineStarted;

    public EventCsv(TextWriter writer)
    {
        _writer = writer;
        foreach (var column in Columns)
        {
            Field(column);
        }

        NextRecord();
    }

    public void Write(StoredEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var range = DateRange.Of(e.Date);
        var place = e.Location?.Place;
        Field(e.Id.ToString(CultureInfo.InvariantCulture));
        Field(range?.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Field(range?.Start.Year.ToString(CultureInfo.InvariantCulture));
        Field(e.Date is { } date ? TimePrecision(date.Precision) : null);
        Field(e.Acled?.EventType);
        Field(e.Acled?.SubEventType);
        Field(string.Join("; ", e.Actors));
        Field(string.Join("; ", e.Recipients));
        Field(place?.Country);
        Field(place?.Admin1);
        Field(e.Location?.Name);
        Field(place?.Latitude.ToString("0.#####", CultureInfo.InvariantCulture));
        Field(place?.Longitude.ToString("0.#####", CultureInfo.InvariantCulture));
        Field(e.Location is { } location ? GeoPrecision(location.Precision) : null);
        Field(e.Dead?.ToString(CultureInfo.InvariantCulture));
        Field(string.Join("; ", e.Sources.Select(s => s.Url ?? s.ArticleId)));
        Field(e.SourceCount.ToString(CultureInfo.InvariantCulture));
        Field(e.Sources.IsDefaultOrEmpty ? null : string.Join(" … ", e.Sources[0].Evidence.Select(v => v.Text)));
        Field(ContractNames.Of(e.Type));
        Field(e.Mode);
        Field(string.Join("; ", e.Context));
        Field(e.Cameo);
        Field(ContractNames.Of(e.Modality));
        Field(e.Injured?.ToString(CultureInfo.InvariantCulture));
        Field(e.Arrested?.ToString(CultureInfo.InvariantCulture));
        Field(e.Date?.Value);
        Field(e.Confidence.ToString("0.##", CultureInfo.InvariantCulture));
        NextRecord();
    }

    public void Dispose() => _writer.Flush();

    /// <summary>Writes one field, quoted as RFC 4180 asks when it holds a comma, a quote or a line break.</summary>
    private void Field(string? value)
    {
        if (_lineStarted)
        {
            _writer.Write(',');
        }

        _lineStarted = true;
        value ??= "";
        if (value.AsSpan().IndexOfAny(",\"\r\n") >= 0)
        {
            _writer.Write('"');
            _writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
            _writer.Write('"');
        }
        else
        {
            _writer.Write(value);
        }
    }

    private void NextRecord()
    {
        _writer.Write("\r\n");
        _lineStarted = false;
    }

    private static string TimePrecision(DatePrecision precision) => precision switch
    {
        DatePrecision.Hour or DatePrecision.Day => "1",
        DatePrecision.Month => "2",
        _ => "3",
    };

    private static string GeoPrecision(PlacePrecision precision) => precision switch
    {
        PlacePrecision.Point or PlacePrecision.City => "1",
        PlacePrecision.Admin1 => "2",
        _ => "3",
    };
}
