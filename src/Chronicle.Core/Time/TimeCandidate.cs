using Chronicle.Documents;

namespace Chronicle.Time;

/// <summary>A time expression one rule proposes, before overlapping proposals are settled and clock times get their day.</summary>
internal sealed record TimeCandidate(Span Span, TimeType Type, string Value, TimeMod? Mod, int Rule)
{
    /// <summary>The rule's rank; at equal extent the earlier rule wins.</summary>
    public int Rule { get; } = Rule;

    /// <summary>The zone name given with a clock time ("Iraq", "GMT"); its offset can depend on the day, so it is applied last.</summary>
    public string? Zone { get; init; }

    /// <summary>The place a clock time is given in when the text names it as the zone ("Kharkiv time").</summary>
    public GeoPlace? ZonePlace { get; init; }

    /// <summary>The clock time is "local time": its zone is that of the place the sentence is about.</summary>
    public bool IsLocal { get; init; }

    /// <summary>A clock time without its day: the value starts with "T" ("T12:00").</summary>
    public bool IsClock => Type == TimeType.Time && Value.StartsWith('T');
}
