using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Chronicle.Places;

/// <summary>Countries, first-level divisions and cities from GeoNames, indexed by every name they go by; loaded once, read-only.</summary>
public sealed class Gazetteer
{
    private readonly FrozenDictionary<string, Country> _countriesByIso2;
    private readonly FrozenDictionary<string, Country> _countriesByIso3;
    private readonly FrozenDictionary<string, string> _admin1Names;

    // Made once: getting an alternate lookup checks the comparer, which costs more than the lookup itself.
    private readonly FrozenDictionary<string, Country>.AlternateLookup<ReadOnlySpan<char>> _demonymLookup;
    private readonly FrozenDictionary<string, GazetteerEntry[]>.AlternateLookup<ReadOnlySpan<char>> _nameLookup;

    private Gazetteer(
        IReadOnlyList<Country> countries,
        IReadOnlyDictionary<string, string> admin1Names,
        IEnumerable<(string Name, GazetteerEntry Entry)> names)
    {
        _countriesByIso2 = countries.ToFrozenDictionary(c => c.Iso2, StringComparer.Ordinal);
        _countriesByIso3 = countries.ToFrozenDictionary(c => c.Iso3, StringComparer.Ordinal);
        var demonyms = new Dictionary<string, Country>(StringComparer.Ordinal);
        foreach (var country in countries)
        {
            foreach (var demonym in country.Demonyms)
            {
                demonyms.TryAdd(demonym, country);
            }
        }

        _demonymLookup = demonyms.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _admin1Names = admin1Names.ToFrozenDictionary(StringComparer.Ordinal);
        var entries = new Dictionary<string, List<GazetteerEntry>>(StringComparer.Ordinal);
        foreach (var (name, entry) in names)
        {
            ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(entries, name, out _);
            (list ??= []).Add(entry);
        }

        // Most names have one place, which needs no de-duplication; comparing records field by field was most of the load.
        var byName = entries.ToFrozenDictionary(
            pair => pair.Key, pair => pair.Value.Count == 1 ? [pair.Value[0]] : pair.Value.Distinct().ToArray(), StringComparer.Ordinal);
        _nameLookup = byName.GetAlternateLookup<ReadOnlySpan<char>>();
        Countries = countries;
        MaxNameWords = byName.Keys.Max(k => k.Count(c => c == ' ') + 1);
    }

    public IReadOnlyList<Country> Countries { get; }

    /// <summary>The most words any indexed name has.</summary>
    public int MaxNameWords { get; }

    /// <summary>Loads countries.tsv, admin1.tsv and cities.tsv from a directory.</summary>
    public static Gazetteer Load(string directory)
    {
        var countries = ReadRows(Path.Combine(directory, "countries.tsv")).Select(Country.FromRow).ToList();
        var byIso2 = countries.ToDictionary(c => c.Iso2, StringComparer.Ordinal);
        var admin1Names = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = new List<(string, GazetteerEntry)>(400_000);
        foreach (var country in countries)
        {
            var entry = new GazetteerEntry(country.GeonameId, country.Name, PlaceKind.Country, country.Iso3, null,
                country.Latitude, country.Longitude, "PCLI", long.MaxValue);
            foreach (var name in country.Names)
            {
                names.Add((name, entry));
            }
        }

        foreach (var row in ReadRows(Path.Combine(directory, "admin1.tsv")))
        {
            if (!byIso2.TryGetValue(row[0], out var country))
            {
                continue;
            }

            admin1Names[row[0] + "." + row[1]] = row[2];
            var entry = new GazetteerEntry(ParseId(row[4]), row[2], PlaceKind.Admin1, country.Iso3, row[2],
                ParseDouble(row[5]), ParseDouble(row[6]), "ADM1", 0);
            foreach (var name in NamesOf(row[2], row[3], row[7]))
            {
                names.Add((name, entry));
            }
        }

        foreach (var row in ReadRows(Path.Combine(directory, "cities.tsv")))
        {
            if (!byIso2.TryGetValue(row[7], out var country))
            {
                continue;
            }

            admin1Names.TryGetValue(row[7] + "." + row[8], out var admin1);
            var entry = new GazetteerEntry(ParseId(row[0]), row[1], PlaceKind.City, country.Iso3, admin1,
                ParseDouble(row[4]), ParseDouble(row[5]), row[6], long.Parse(row[9], CultureInfo.InvariantCulture));
            foreach (var name in NamesOf(row[1], row[2], row[3]))
            {
                names.Add((name, entry));
            }
        }

        return new Gazetteer(countries, admin1Names, names);
    }

    /// <summary>Every place that goes by exactly this name (case-sensitive).</summary>
    public IReadOnlyList<GazetteerEntry> Find(ReadOnlySpan<char> name) =>
        _nameLookup.TryGetValue(name, out var entries) ? entries : [];

    /// <summary>The place of this name that lies in the named country or first-level region, or null.</summary>
    public GazetteerEntry? FindWithin(string name, string region)
    {
        var regions = Find(region);
        GazetteerEntry? best = null;
        foreach (var candidate in Find(name))
        {
            foreach (var container in regions)
            {
                bool inside = container.Kind switch
                {
                    PlaceKind.Country => candidate.Country == container.Country && candidate.Kind != PlaceKind.Country,
                    PlaceKind.Admin1 => candidate.Kind == PlaceKind.City && candidate.Country == container.Country && candidate.Admin1 == container.Name,
                    _ => false,
                };
                if (inside && (best is null || candidate.Population > best.Population))
                {
                    best = candidate;
                }
            }
        }

        return best;
    }

    public Country? CountryByIso2(string iso2) => _countriesByIso2.GetValueOrDefault(iso2);

    public Country? CountryByIso3(string iso3) => _countriesByIso3.GetValueOrDefault(iso3);

    /// <summary>The country a nationality word refers to ("Iranian", "Iraqis").</summary>
    public Country? CountryByDemonym(ReadOnlySpan<char> word) =>
        _demonymLookup.TryGetValue(word, out var country) ? country : null;

    /// <summary>The country a name denotes, if it is one of a country's names.</summary>
    public Country? CountryByName(ReadOnlySpan<char> name)
    {
        foreach (var entry in Find(name))
        {
            if (entry.Kind == PlaceKind.Country)
            {
                return CountryByIso3(entry.Country);
            }
        }

        return null;
    }

    private static IEnumerable<string> NamesOf(string name, string asciiName, string aliases)
    {
        yield return name;
        if (asciiName.Length > 0 && asciiName != name)
        {
            yield return asciiName;
        }

        foreach (var alias in aliases.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            yield return alias;
        }
    }

    internal static IEnumerable<string[]> ReadRows(string path)
    {
        bool header = true;
        foreach (var line in File.ReadLines(path))
        {
            if (header)
            {
                header = false;
                continue;
            }

            if (line.Length > 0 && line[0] != '#')
            {
                yield return line.Split('\t');
            }
        }
    }

    internal static int? ParseId(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int id) ? id : null;

    internal static double ParseDouble(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double number) ? number : double.NaN;
}

/// <summary>The kind of a gazetteer entry, coarsest first.</summary>
public enum PlaceKind
{
    Country,
    Admin1,
    City,
}

/// <summary>One place of the gazetteer.</summary>
public sealed record GazetteerEntry(
    int? GeonameId,
    string Name,
    PlaceKind Kind,
    string Country,
    string? Admin1,
    double Latitude,
    double Longitude,
    string FeatureCode,
    long Population);

/// <summary>A country with its codes, capital, names and nationality words.</summary>
public sealed record Country
{
    public required string Iso2 { get; init; }

    public required string Iso3 { get; init; }

    public required string Name { get; init; }

    public string? Capital { get; init; }

    public int? GeonameId { get; init; }

    public double Latitude { get; init; }

    public double Longitude { get; init; }

    /// <summary>The name and every alias.</summary>
    public required IReadOnlyList<string> Names { get; init; }

    public required IReadOnlyList<string> Demonyms { get; init; }

    internal static Country FromRow(string[] row)
    {
        static string[] Split(string value) =>
            value.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        return new Country
        {
            Iso2 = row[0],
            Iso3 = row[1],
            Name = row[2],
            Capital = row[3].Length > 0 ? row[3] : null,
            Latitude = Gazetteer.ParseDouble(row[5]),
            Longitude = Gazetteer.ParseDouble(row[6]),
            GeonameId = Gazetteer.ParseId(row[7]),
            Names = [row[2], .. Split(row[8])],
            Demonyms = Split(row[9]),
        };
    }
}
