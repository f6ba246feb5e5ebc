namespace Chronicle.Quantities;

/// <summary>Nouns that news counts (people, forces, weapons, places, distances), so a number before them is an amount.</summary>
internal static class CountNouns
{
    private static readonly string[] Plurals =
    [
        // People and forces.
        "people", "persons", "civilians", "troops", "soldiers", "personnel", "servicemembers",
        "fighters", "militants", "gunmen", "members", "children", "kids", "women", "men", "girls", "boys",
        "refugees", "migrants", "asylum-seekers", "protesters", "protestors", "demonstrators", "police",
        "policemen", "officers", "workers", "students", "journalists", "reporters", "hostages", "prisoners",
        "detainees", "captives", "casualties", "deaths", "dead", "injured", "wounded", "victims", "bodies",
        "residents", "families", "households", "villagers", "rebels", "insurgents", "combatants", "terrorists",
        "jihadists", "militiamen", "militias", "sailors", "marines", "airmen", "pilots", "officials", "diplomats",
        "leaders", "commanders", "guards", "agents", "contractors", "advisers", "advisors", "volunteers",
        "patients", "doctors", "nurses", "teachers", "voters", "citizens", "nationals", "foreigners", "tourists",
        "passengers", "crew", "survivors", "suspects", "arrests", "individuals", "adults", "infants", "babies",
        "persons", "inmates", "settlers", "pilgrims", "worshippers", "mourners", "supporters", "opponents",
        "lawmakers", "delegates", "ministers", "senators", "employees", "staff", "staffers", "recruits",
        "veterans", "peacekeepers", "monitors", "observers", "inspectors", "cases", "infections",
        // Weapons, vehicles and things struck.
        "drones", "rockets", "missiles", "shells", "bombs", "mortars", "rounds", "grenades", "mines", "weapons",
        "rifles", "aircraft", "jets", "planes", "warplanes", "helicopters", "tanks", "vehicles", "trucks", "cars",
        "ships", "vessels", "boats", "warships", "submarines", "attacks", "strikes", "airstrikes", "raids",
        "explosions", "incidents", "clashes", "homes", "houses", "buildings", "schools", "hospitals", "mosques",
        "churches", "villages", "towns", "cities", "bases", "facilities", "sites", "targets", "camps", "shelters",
        "tents", "checkpoints", "bridges", "roads",
        // Measures.
        "kilometers", "kilometres", "km", "miles", "meters", "metres", "feet", "yards", "tons", "tonnes",
        "kilograms", "kg", "pounds", "liters", "litres", "gallons", "barrels", "acres", "hectares",
        "dollars", "euros", "pounds", "shekels", "rials", "rubles", "yuan",
    ];

    private static readonly Dictionary<string, string> Irregular = new(StringComparer.OrdinalIgnoreCase)
    {
        ["people"] = "person",
        ["children"] = "child",
        ["women"] = "woman",
        ["men"] = "man",
        ["gunmen"] = "gunman",
        ["policemen"] = "policeman",
        ["militiamen"] = "militiaman",
        ["feet"] = "foot",
        ["casualties"] = "casualty",
        ["militias"] = "militia",
        ["babies"] = "baby",
        ["families"] = "family",
        ["cities"] = "city",
        ["facilities"] = "facility",
        ["bodies"] = "body",
        ["lawmakers"] = "lawmaker",
    };

    private static readonly HashSet<string> PluralSet = new(Plurals, StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> SingularSet = new(Plurals.Select(Singular), StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PluralLookup =
        PluralSet.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SingularLookup =
        SingularSet.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the word is a counted noun in the number it would agree with ("troops" after 900, "soldier" after one).</summary>
    public static bool IsCountNoun(ReadOnlySpan<char> word, bool singular) =>
        singular ? SingularLookup.Contains(word) || PluralLookup.Contains(word) && IsInvariable(word) : PluralLookup.Contains(word);

    /// <summary>Whether a counted noun is marked plural ("troops", "people"), so that it ends a noun compound rather than modifying the next noun.</summary>
    public static bool IsMarkedPlural(ReadOnlySpan<char> word) =>
        PluralLookup.Contains(word) && (!IsInvariable(word) || Irregular.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word));

    // "personnel", "police", "crew", "staff", "aircraft", "dead" do not change with the number.
    private static bool IsInvariable(ReadOnlySpan<char> word) => !word.EndsWith("s", StringComparison.OrdinalIgnoreCase);

    private static string Singular(string plural)
    {
        if (Irregular.TryGetValue(plural, out var singular))
        {
            return singular;
        }

        if (plural.EndsWith("ies", StringComparison.Ordinal))
        {
            return plural[..^3] + "y";
        }

        if (plural.EndsWith("ches", StringComparison.Ordinal) || plural.EndsWith("shes", StringComparison.Ordinal)
            || plural.EndsWith("xes", StringComparison.Ordinal))
        {
            return plural[..^2];
        }

        return plural.EndsWith('s') ? plural[..^1] : plural;
    }
}
