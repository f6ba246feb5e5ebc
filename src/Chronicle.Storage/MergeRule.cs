using System.Globalization;
using Chronicle.Documents;
using Chronicle.Serialization;

namespace Chronicle.Storage;

/// <summary>
/// Decides whether a report tells of an event already stored from other articles: same type, a shared actor or
/// recipient, overlapping dates at their precision, and places within <see cref="NearKm"/> or in the same admin area.
/// </summary>
internal static class MergeRule
{
    /// <summary>How far apart two points may be and still be one event's place (a city and its outskirts).</summary>
    public const double NearKm = 25;

    public static MergeMatch? Compare(EventReport report, MergeCandidate candidate)
    {
        var stored = candidate.Event;
        if (stored.Type != report.Event.Type || report.Range is not { } range || !range.Overlaps(candidate.Range))
        {
            return null;
        }

        var sharedActors = report.Actors.SelectMany(a => a.Keys).Where(candidate.ActorKeys.Contains).Distinct().ToList();
        var sharedRecipients = report.Recipients.SelectMany(a => a.Keys).Where(candidate.RecipientKeys.Contains).Distinct().ToList();
        if (sharedActors.Count + sharedRecipients.Count == 0)
        {
            return null;
        }

        if (ComparePlaces(report.Event.Location, stored.Location) is not var (placeScore, placeReason))
        {
            return null;
        }

        var date = report.Event.Date!;
        bool sameDate = stored.Date is { } storedDate && storedDate.Precision == date.Precision && range == candidate.Range;
        int score = (2 * (sharedActors.Count + sharedRecipients.Count)) + placeScore + (sameDate ? 1 : 0);
        var reasons = new List<string> { $"same type {ContractNames.Of(stored.Type)}" };
        if (sharedActors.Count > 0)
        {
            reasons.Add("shared actors: " + string.Join(", ", sharedActors.Select(Display)));
        }

        if (sharedRecipients.Count > 0)
        {
            reasons.Add("shared recipients: " + string.Join(", ", sharedRecipients.Select(Display)));
        }

        reasons.Add($"dates {date.Value} ({ContractNames.Of(date.Precision)}) and {stored.Date?.Value} ({(stored.Date is { } d ? ContractNames.Of(d.Precision) : "none")}) overlap");
        reasons.Add(placeReason);
        return new MergeMatch(stored.Id, score, string.Join("; ", reasons));
    }

    /// <summary>A score and a reason when two places can be one event's place, null when they cannot.</summary>
    private static (int Score, string Reason)? ComparePlaces(EventLocation? report, EventLocation? stored)
    {
        if (report?.Place is not { } a || stored?.Place is not { } b)
        {
            return (0, report is null || stored is null ? "one report gives no place" : $"places {report.Name} and {stored.Name} not both on the map");
        }

        if (a.Country != b.Country)
        {
            return null;
        }

        if (report.Precision == PlacePrecision.Country || stored.Precision == PlacePrecision.Country)
        {
            return (0, $"same country {a.Country}");
        }

        double km = GeoDistance.Kilometres(a.Latitude, a.Longitude, b.Latitude, b.Longitude);
        bool points = report.Precision is PlacePrecision.Point or PlacePrecision.City && stored.Precision is PlacePrecision.Point or PlacePrecision.City;
        if (points && km <= NearKm)
        {
            return (2, string.Create(CultureInfo.InvariantCulture, $"places {report.Name} and {stored.Name} {km:F0} km apart"));
        }

        if (a.Admin1 is { Length: > 0 } admin1 && admin1 == b.Admin1)
        {
            return (1, $"same admin area {admin1}, {a.Country}");
        }

        return null;
    }

    private static string Display(string key) => key.StartsWith("cc:", StringComparison.Ordinal) ? "state of " + key[3..] : key;
}

/// <summary>A stored event that a report might join, with the keys of its actors and recipients.</summary>
internal sealed record MergeCandidate(StoredEvent Event, DateRange Range, IReadOnlySet<string> ActorKeys, IReadOnlySet<string> RecipientKeys);

/// <summary>The event a report joins, how well it fits, and why, in words.</summary>
internal sealed record MergeMatch(long EventId, int Score, string Reason);
