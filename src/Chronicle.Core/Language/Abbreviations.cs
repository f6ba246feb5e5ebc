namespace Chronicle.Language;

/// <summary>Abbreviations whose final period does not end a sentence.</summary>
internal static class Abbreviations
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Known = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Sr", "Jr", "St", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm", "Sgt",
        "Brig", "Cpl", "Pvt", "Pfc", "Spc", "Gov", "Sen", "Rep", "Rev", "Hon", "Pres", "Amb", "Supt", "Insp", "Atty",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun",
        "Inc", "Ltd", "Corp", "Co", "No", "Nos", "vs", "etc", "approx", "est", "Ft", "Mt", "a.k.a", "aka", "e.g", "i.e",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Titles that, abbreviated, precede a name and so never end a sentence.</summary>
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm", "Sgt", "Brig", "Cpl",
        "Pvt", "Pfc", "Spc", "Gov", "Sen", "Rep", "Rev", "Hon", "Pres", "Amb", "St", "Mt", "Ft",
    };

    public static bool IsKnown(ReadOnlySpan<char> word) =>
        Known.Contains(word);

    public static bool IsTitle(ReadOnlySpan<char> word) =>
        Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
