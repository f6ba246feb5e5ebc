using System.Collections.Immutable;
using System.Data.Common;
using Chronicle.Documents;

namespace Chronicle.Storage;

/// <summary>
/// What a filter matches, counted for a timeline and a map: events per day and type, and events per place.
/// Events dated less precisely than a day are counted apart, since a day bucket would show them as a spike on the 1st.
/// </summary>
public sealed record EventSummary(ImmutableArray<DayCount> Days, ImmutableArray<PlaceCount> Places, int Events, int NotDailyDated, int Unplaced);

/// <summary>How many matching events of a type begin on a day.</summary>
public readonly record struct DayCount(DateOnly Day, EventType Type, int Count);

/// <summary>How many matching events happened at one place (same name, coordinates within about a kilometre), and of which type most.</summary>
public sealed record PlaceCount(string Name, string? Country, double Latitude, double Longitude, int Count, EventType TopType);

/// <summary>Counts the events a query matches, reading only the columns the counts need.</summary>
internal static class EventSummaryReader
{
    public static EventSummary Summarize(DbConnection connection, Dialect dialect, EventQuery query)
    {
        using var command = connection.Command("");
        if (EventConditions.Where(query, command, dialect) is not { } where)
        {
            return new EventSummary([], [], 0, 0, 0);
        }

        command.CommandText = $"SELECT e.date_start, e.date_precision, e.type, e.lat, e.lon, e.location_name, e.country FROM events e WHERE {where}";
        var days = new Dictionary<(DateOnly, EventType), int>();
        var places = new Dictionary<(string, double, double), (string? Country, Dictionary<EventType, int> Types)>();
        int events = 0, notDaily = 0, unplaced = 0;
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var type = ContractValues.EventType(reader.GetString(2));
                double? lat = reader.Double(3), lon = reader.Double(4);
                if (query.Near is { } circle && !(lat is { } la && lon is { } lo && circle.Contains(la, lo)))
                {
                    continue;
                }

                events++;
                if (reader.Date(0) is { } day && reader.String(1) is "day" or "hour")
                {
                    days[(day, type)] = days.GetValueOrDefault((day, type)) + 1;
                }
                else
                {
                    notDaily++;
                }

                if (lat is { } latitude && lon is { } longitude && reader.String(5) is { } name)
                {
                    // About a kilometre: finer than a map shows, coarse enough that jittered coordinates of one place count once.
                    var key = (name, Math.Round(latitude, 2), Math.Round(longitude, 2));
                    if (!places.TryGetValue(key, out var place))
                    {
                        places[key] = place = (reader.String(6), []);
                    }

                    place.Types[type] = place.Types.GetValueOrDefault(type) + 1;
                }
                else
                {
                    unplaced++;
                }
            }
        }

        return new EventSummary(
            [.. days.OrderBy(d => d.Key.Item1).ThenBy(d => d.Key.Item2).Select(d => new DayCount(d.Key.Item1, d.Key.Item2, d.Value))],
            [.. places.Select(p => new PlaceCount(p.Key.Item1, p.Value.Country, p.Key.Item2, p.Key.Item3, p.Value.Types.Values.Sum(), p.Value.Types.MaxBy(t => t.Value).Key))
                .OrderByDescending(p => p.Count)],
            events, notDaily, unplaced);
    }
}
