using System.Globalization;
using Chronicle.Documents;

namespace Chronicle.Storage;

/// <summary>
/// The filters of an event search as a person types them (command-line options, URL query parameters), so
/// `chronicle events` and the HTTP API accept the same spellings and refuse the same mistakes with the same words.
/// </summary>
public sealed record EventFilterText
{
    public string? Type { get; init; }

    public string? Actor { get; init; }

    public string? Country { get; init; }

    public string? Since { get; init; }

    public string? Until { get; init; }

    public string? Near { get; init; }

    public string? Text { get; init; }

    public string? Modality { get; init; }

    /// <summary>The first filter that cannot be read, naming it, or null when all can.</summary>
    public FilterProblem? Problem()
    {
        if (Type is not null && !EventFilters.TryType(Type, out _))
        {
            return new FilterProblem("type", $"must be one of PLOVER's sixteen types (e.g. ASSAULT), not '{Type}'.");
        }

        if (Modality is not null && EventFilters.Modalities(Modality) is null)
        {
            return new FilterProblem("modality", $"must be asserted, negated, hypothetical, future, claimed, historical or all, not '{Modality}'.");
        }

        foreach (var (name, value) in new[] { ("since", Since), ("until", Until) })
        {
            if (value is not null && EventFilters.Day(value) is null)
            {
                return new FilterProblem(name, $"must be a date like 2024-01-04, not '{value}'.");
            }
        }

        return Near is not null && EventFilters.Circle(Near) is null
            ? new FilterProblem("near", $"must be LAT,LON,KM like 33.34,44.40,25, not '{Near}'.")
            : null;
    }

    /// <summary>The query the filters ask for; call <see cref="Problem"/> first, since a filter that cannot be read is left out.</summary>
    public EventQuery ToQuery() => new()
    {
        Type = Type is not null && EventFilters.TryType(Type, out var type) ? type : null,
        Actor = Actor,
        Country = Country,
        Since = Since is null ? null : EventFilters.Day(Since),
        Until = Until is null ? null : EventFilters.Day(Until),
        Near = Near is null ? null : EventFilters.Circle(Near),
        Text = Text,
        Modalities = Modality is null ? [] : [.. EventFilters.Modalities(Modality) ?? []],
    };
}

/// <summary>A filter that cannot be read: its name without any prefix ("type", "since"), and what is wrong, as a sentence.</summary>
public sealed record FilterProblem(string Name, string Message);

/// <summary>Reads the spellings of event types, modalities, days and circles.</summary>
public static class EventFilters
{
    public static bool TryType(string text, out EventType type) =>
        Enum.TryParse(text, ignoreCase: true, out type) && Enum.IsDefined(type) && !int.TryParse(text, out _);

    /// <summary>The modalities named, all six for "all", or null when a name is wrong.</summary>
    public static Modality[]? Modalities(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Trim().Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            return Enum.GetValues<Modality>();
        }

        var result = new List<Modality>();
        foreach (var name in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Enum.TryParse<Modality>(name, ignoreCase: true, out var modality) || int.TryParse(name, out _))
            {
                return null;
            }

            result.Add(modality);
        }

        return result.Count > 0 ? [.. result] : null;
    }

    /// <summary>A day written YYYY-MM-DD, or null.</summary>
    public static DateOnly? Day(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    /// <summary>LAT,LON,KM, or null when it is not three numbers within range.</summary>
    public static GeoCircle? Circle(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 3)
        {
            return null;
        }

        var numbers = parts.Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : double.NaN).ToArray();
        return numbers.Any(double.IsNaN) || Math.Abs(numbers[0]) > 90 || Math.Abs(numbers[1]) > 180 || numbers[2] <= 0
            ? null
            : new GeoCircle(numbers[0], numbers[1], numbers[2]);
    }
}
