using System.Globalization;
using Chronicle.Documents;
using Chronicle.Pipeline;

namespace Chronicle.Time;

/// <summary>The time zones of every country with their offsets and summer-time rules, for reading "local time" at a place.</summary>
/// <remarks>
/// Built from the IANA time zone database (data/time/zones.tsv, see tools/time). The rules are this decade's: a date
/// from before a country last changed its clocks gets today's offset. A place in a country of several zones takes the
/// zone whose principal city is nearest, a country named as a whole the zone of its capital.
/// </remarks>
public sealed class CountryTimeZones
{
    private static readonly Lazy<CountryTimeZones> Installed =
        new(() => Load(Path.Combine(ChronicleResources.FindDataDirectory(), "time", "zones.tsv")));

    private readonly Dictionary<string, Zone[]> _byCountry;

    private CountryTimeZones(Dictionary<string, Zone[]> byCountry)
    {
        _byCountry = byCountry;
    }

    /// <summary>The table installed with Chronicle, read once on first use.</summary>
    public static CountryTimeZones Default => Installed.Value;

    public static CountryTimeZones Load(string path)
    {
        var zones = new List<(string Country, Zone Zone)>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#' || line.StartsWith("iso3\t", StringComparison.Ordinal))
            {
                continue;
            }

            var f = line.Split('\t');
            if (f.Length < 10)
            {
                throw new FormatException($"{path}: expected 10 tab-separated columns in '{line}'.");
            }

            zones.Add((f[0], new Zone(
                double.Parse(f[2], CultureInfo.InvariantCulture),
                double.Parse(f[3], CultureInfo.InvariantCulture),
                int.Parse(f[4], CultureInfo.InvariantCulture),
                int.Parse(f[5], CultureInfo.InvariantCulture),
                f[6] switch
                {
                    "none" => SummerRule.None,
                    "eu" => SummerRule.European,
                    "us" => SummerRule.American,
                    _ => SummerRule.SameDays,
                },
                MonthDay(f[7]),
                MonthDay(f[8]),
                f[9] == "1")));
        }

        return new CountryTimeZones(zones.GroupBy(z => z.Country, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(z => z.Zone).ToArray(), StringComparer.Ordinal));
    }

    /// <summary>The offset at a resolved place on a day; false when the country is unknown or its clocks change and the day is not known.</summary>
    public bool TryGetOffset(GeoPlace place, DateOnly? day, out TimeSpan offset)
    {
        ArgumentNullException.ThrowIfNull(place);
        offset = TimeSpan.Zero;
        if (!_byCountry.TryGetValue(place.Country, out var zones))
        {
            return false;
        }

        var zone = place.Precision == PlacePrecision.Country ? Array.Find(zones, z => z.IsCapital) ?? zones[0] : Nearest(zones, place);
        return zone.TryGetOffset(day, out offset);
    }

    /// <summary>The offset of a country's capital on a day (ISO 3166 alpha-3 code).</summary>
    public bool TryGetOffset(string country, DateOnly? day, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        return _byCountry.TryGetValue(country, out var zones)
            && (Array.Find(zones, z => z.IsCapital) ?? zones[0]).TryGetOffset(day, out offset);
    }

    private static Zone Nearest(Zone[] zones, GeoPlace place)
    {
        double cos = Math.Cos(place.Latitude * Math.PI / 180);
        return zones.MinBy(z => Math.Pow(z.Latitude - place.Latitude, 2) + Math.Pow((z.Longitude - place.Longitude) * cos, 2))!;
    }

    private static (int Month, int Day)? MonthDay(string text) =>
        text.Length == 5 ? (int.Parse(text.AsSpan(0, 2), CultureInfo.InvariantCulture), int.Parse(text.AsSpan(3, 2), CultureInfo.InvariantCulture)) : null;

    private enum SummerRule
    {
        None,
        European,
        American,

        /// <summary>Changes on the month-days of the year the table was built, taken as the same every year.</summary>
        SameDays,
    }

    private sealed record Zone(
        double Latitude, double Longitude, int January, int Between, SummerRule Rule, (int Month, int Day)? From, (int Month, int Day)? To, bool IsCapital)
    {
        public bool TryGetOffset(DateOnly? day, out TimeSpan offset)
        {
            offset = TimeSpan.FromMinutes(January);
            if (Rule == SummerRule.None)
            {
                return true;
            }

            if (day is not { } date)
            {
                return false;
            }

            bool between = Rule switch
            {
                SummerRule.European => TimeZones.IsSummer(TimeZones.SummerTime.European, date),
                SummerRule.American => TimeZones.IsSummer(TimeZones.SummerTime.American, date),
                _ => date >= new DateOnly(date.Year, From!.Value.Month, From.Value.Day) && date < new DateOnly(date.Year, To!.Value.Month, To.Value.Day),
            };
            offset = TimeSpan.FromMinutes(between ? Between : January);
            return true;
        }
    }
}
