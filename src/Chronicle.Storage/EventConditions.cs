using System.Data.Common;
using Chronicle.Serialization;

namespace Chronicle.Storage;

/// <summary>The WHERE clause of an <see cref="EventQuery"/> over events aliased "e", shared by every read that filters events.</summary>
internal static class EventConditions
{
    /// <summary>
    /// The conditions, with their parameters bound to the command, or null when nothing can match (a text query with no words).
    /// A circle narrows the rows to its bounding box only: the caller checks the exact distance.
    /// </summary>
    public static string? Where(EventQuery query, DbCommand command, Dialect dialect)
    {
        var conditions = new List<string>();
        if (query.Type is { } type)
        {
            conditions.Add("e.type = @type");
            command.Bind("@type", ContractNames.Of(type));
        }

        if (query.Country is { Length: > 0 } country)
        {
            conditions.Add("e.country = @country");
            command.Bind("@country", country.ToUpperInvariant());
        }

        if (query.Since is { } since)
        {
            conditions.Add("e.date_start >= @since");
            command.Bind("@since", since);
        }

        if (query.Until is { } until)
        {
            conditions.Add("e.date_start <= @until");
            command.Bind("@until", until);
        }

        var modalities = query.Modalities.IsDefaultOrEmpty ? EventQuery.DefaultModalities : query.Modalities;
        conditions.Add($"e.modality IN ({string.Join(", ", modalities.Select(m => $"'{ContractNames.Of(m)}'"))})");
        if (query.Actor is { Length: > 0 } actor)
        {
            conditions.Add("EXISTS (SELECT 1 FROM actor_keys k WHERE k.event_id = e.id AND k.key IN (@actor, @state))");
            command.Bind("@actor", ActorKeys.Normalize(actor)).Bind("@state", "cc:" + actor.Trim().ToUpperInvariant());
        }

        if (query.Near is { } near)
        {
            // A box around the circle narrows the rows with plain comparisons.
            double dLat = near.Kilometres / 111.0;
            double dLon = near.Kilometres / (111.0 * Math.Max(0.01, Math.Cos(near.Latitude * Math.PI / 180)));
            conditions.Add("e.lat BETWEEN @lat0 AND @lat1 AND e.lon BETWEEN @lon0 AND @lon1");
            command.Bind("@lat0", near.Latitude - dLat).Bind("@lat1", near.Latitude + dLat)
                .Bind("@lon0", near.Longitude - dLon).Bind("@lon1", near.Longitude + dLon);
        }

        if (query.Text is { Length: > 0 } text)
        {
            string words = dialect.SearchQuery(text);
            if (words.Length == 0)
            {
                return null;
            }

            conditions.Add($"e.id IN (SELECT r.event_id FROM reports r WHERE {dialect.SearchCondition("@text")})");
            command.Bind("@text", words);
        }

        return string.Join(" AND ", conditions);
    }
}
