namespace Chronicle.Time;

/// <summary>UTC offsets of the zone names news gives with clock times ("Iraq time", "GMT", "EST", "ET").</summary>
/// <remarks>
/// A small table, not a time-zone database: countries and capitals common in international news with their current
/// standard offset, and the European and US summer-time rules for the zones that follow them. Countries with several
/// zones appear only through their capital.
/// </remarks>
internal static class TimeZones
{
    /// <summary>The summer-time rules zones follow: none, the European Union's, or the United States'.</summary>
    internal enum SummerTime
    {
        Fixed,
        European,
        American,
    }

    private static readonly Dictionary<string, (int Minutes, SummerTime Rule)> Zones = Build();

    private static readonly Dictionary<string, (int Minutes, SummerTime Rule)>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Zones.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsKnown(ReadOnlySpan<char> name) => Lookup.ContainsKey(name);

    /// <summary>The offset of a zone abbreviation or place name on a day; the day matters only where summer time applies.</summary>
    public static bool TryGetOffset(ReadOnlySpan<char> name, DateOnly? day, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (!Lookup.TryGetValue(name, out var zone))
        {
            return false;
        }

        int minutes = zone.Minutes;
        if (zone.Rule != SummerTime.Fixed)
        {
            if (day is not { } date)
            {
                return false;
            }

            minutes += IsSummer(zone.Rule, date) ? 60 : 0;
        }

        offset = TimeSpan.FromMinutes(minutes);
        return true;
    }

    /// <summary>A TIMEX3 offset suffix: "Z" for UTC, else "+03:00" or "-04:00".</summary>
    public static string Format(TimeSpan offset) =>
        offset == TimeSpan.Zero ? "Z" : $"{(offset < TimeSpan.Zero ? '-' : '+')}{offset.Duration():hh\\:mm}";

    /// <summary>Whether summer time is in force on a day under a rule; the hours of the change are ignored.</summary>
    public static bool IsSummer(SummerTime rule, DateOnly date)
    {
        if (rule == SummerTime.Fixed)
        {
            return false;
        }

        if (rule == SummerTime.European)
        {
            // Last Sunday of March to last Sunday of October.
            return date >= LastSunday(date.Year, 3) && date < LastSunday(date.Year, 10);
        }

        // Second Sunday of March to first Sunday of November.
        return date >= NthSunday(date.Year, 3, 2) && date < NthSunday(date.Year, 11, 1);
    }

    private static DateOnly LastSunday(int year, int month)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(int)last.DayOfWeek);
    }

    private static DateOnly NthSunday(int year, int month, int n)
    {
        var first = new DateOnly(year, month, 1);
        return first.AddDays(((7 - (int)first.DayOfWeek) % 7) + (7 * (n - 1)));
    }

    private static Dictionary<string, (int Minutes, SummerTime Rule)> Build()
    {
        var zones = new Dictionary<string, (int, SummerTime)>(StringComparer.OrdinalIgnoreCase);
        void Add(int minutes, SummerTime rule, params string[] names)
        {
            foreach (var name in names)
            {
                zones[name] = (minutes, rule);
            }
        }

        Add(0, SummerTime.Fixed, "GMT", "UTC", "Z", "Greenwich", "Greenwich Mean", "Coordinated Universal", "Universal");
        Add(-300, SummerTime.Fixed, "Eastern Standard");
        Add(-240, SummerTime.Fixed, "Eastern Daylight");
        Add(-480, SummerTime.Fixed, "Pacific Standard");
        Add(-420, SummerTime.Fixed, "Pacific Daylight");
        Add(-300, SummerTime.Fixed, "EST");
        Add(-240, SummerTime.Fixed, "EDT");
        Add(-360, SummerTime.Fixed, "CST");
        Add(-300, SummerTime.Fixed, "CDT");
        Add(-420, SummerTime.Fixed, "MST");
        Add(-360, SummerTime.Fixed, "MDT");
        Add(-480, SummerTime.Fixed, "PST");
        Add(-420, SummerTime.Fixed, "PDT");
        Add(60, SummerTime.Fixed, "CET", "BST", "WAT");
        Add(120, SummerTime.Fixed, "CEST", "EET", "CAT", "SAST");
        Add(180, SummerTime.Fixed, "EEST", "MSK", "EAT");
        Add(540, SummerTime.Fixed, "JST", "KST");
        Add(-300, SummerTime.American, "ET", "Eastern", "Washington", "New York");
        Add(-360, SummerTime.American, "CT", "Central", "Chicago");
        Add(-420, SummerTime.American, "MT", "Mountain", "Denver");
        Add(-480, SummerTime.American, "PT", "Pacific", "Los Angeles", "California");
        Add(0, SummerTime.European, "London", "Britain", "British", "UK", "U.K.", "Lisbon", "Portugal", "Dublin", "Ireland");
        Add(60, SummerTime.European, "Paris", "France", "Berlin", "Germany", "Brussels", "Belgium", "Amsterdam",
            "Netherlands", "The Hague", "Rome", "Italy", "Madrid", "Spain", "Warsaw", "Poland", "Stockholm", "Sweden",
            "Oslo", "Norway", "Copenhagen", "Denmark", "Vienna", "Austria", "Geneva", "Bern", "Switzerland",
            "Belgrade", "Serbia", "Pristina", "Kosovo", "Sarajevo", "Bosnia", "Budapest", "Hungary", "Prague",
            "Czech", "Central European");
        // Israel's and Lebanon's summer time starts and ends within days of Europe's.
        Add(120, SummerTime.European, "Kyiv", "Kiev", "Ukraine", "Kharkiv", "Odesa", "Athens", "Greece", "Bucharest",
            "Romania", "Sofia", "Bulgaria", "Helsinki", "Finland", "Chisinau", "Moldova", "Nicosia", "Cyprus",
            "Beirut", "Lebanon", "Jerusalem", "Israel", "Tel Aviv", "Gaza", "West Bank", "Eastern European");
        Add(0, SummerTime.Fixed, "Dakar", "Senegal", "Accra", "Ghana", "Bamako", "Mali", "Ouagadougou", "Burkina Faso");
        Add(60, SummerTime.Fixed, "Lagos", "Abuja", "Nigeria", "Niamey", "Niger", "N'Djamena", "Chad", "Algiers", "Algeria",
            "Tunis", "Tunisia", "Kinshasa");
        Add(120, SummerTime.Fixed, "Cairo", "Egypt", "Khartoum", "Sudan", "Juba", "Tripoli", "Libya", "Johannesburg",
            "Pretoria", "South Africa", "Kigali", "Rwanda", "Harare", "Zimbabwe", "Maputo", "Mozambique");
        Add(180, SummerTime.Fixed, "Baghdad", "Iraq", "Erbil", "Mosul", "Basra", "Damascus", "Syria", "Aleppo", "Amman",
            "Jordan", "Riyadh", "Saudi", "Saudi Arabia", "Jeddah", "Doha", "Qatar", "Kuwait", "Manama", "Bahrain",
            "Sanaa", "Aden", "Yemen", "Ankara", "Istanbul", "Turkey", "Moscow", "Nairobi", "Kenya", "Addis Ababa",
            "Ethiopia", "Mogadishu", "Somalia", "Kampala", "Uganda", "Dar es Salaam", "Tanzania", "Minsk", "Belarus");
        Add(210, SummerTime.Fixed, "Tehran", "Iran");
        Add(240, SummerTime.Fixed, "Dubai", "Abu Dhabi", "UAE", "Muscat", "Oman", "Baku", "Azerbaijan", "Tbilisi", "Georgia",
            "Yerevan", "Armenia");
        Add(270, SummerTime.Fixed, "Kabul", "Afghanistan");
        Add(300, SummerTime.Fixed, "Islamabad", "Karachi", "Lahore", "Pakistan", "Tashkent", "Uzbekistan");
        Add(330, SummerTime.Fixed, "New Delhi", "Delhi", "Mumbai", "India", "Colombo", "Sri Lanka");
        Add(345, SummerTime.Fixed, "Kathmandu", "Nepal");
        Add(360, SummerTime.Fixed, "Dhaka", "Bangladesh");
        Add(390, SummerTime.Fixed, "Yangon", "Naypyitaw", "Myanmar");
        Add(420, SummerTime.Fixed, "Bangkok", "Thailand", "Hanoi", "Vietnam", "Phnom Penh", "Cambodia", "Jakarta");
        Add(480, SummerTime.Fixed, "Beijing", "China", "Shanghai", "Hong Kong", "Taipei", "Taiwan", "Manila", "Philippines",
            "Singapore", "Kuala Lumpur", "Malaysia", "Perth");
        Add(540, SummerTime.Fixed, "Tokyo", "Japan", "Seoul", "Korea", "South Korea", "Pyongyang", "North Korea");
        Add(-180, SummerTime.Fixed, "Buenos Aires", "Argentina", "Brasilia", "Sao Paulo", "Brazil");
        Add(-240, SummerTime.Fixed, "Caracas", "Venezuela", "La Paz", "Bolivia");
        Add(-300, SummerTime.Fixed, "Bogota", "Colombia", "Lima", "Peru", "Quito", "Ecuador");
        Add(-360, SummerTime.Fixed, "Mexico City");
        return zones;
    }
}
