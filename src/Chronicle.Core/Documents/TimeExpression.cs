namespace Chronicle.Documents;

/// <summary>A time expression of the text and its TIMEX3 value, normalised against the publication date.</summary>
public sealed record TimeExpression
{
    public required TimeId Id { get; init; }

    public required Span Span { get; init; }

    public required TimeType Type { get; init; }

    /// <summary>TIMEX3 value: "2024-01-04", "2024-01-04T12:00+03:00", "2014-SU", "P3M", "PAST_REF".</summary>
    public required string Value { get; init; }

    public TimeMod? Mod { get; init; }
}

/// <summary>TIMEX3 types.</summary>
public enum TimeType
{
    Date,
    Time,
    Duration,
    Set,
}

/// <summary>TIMEX3 modifiers.</summary>
public enum TimeMod
{
    Approx,
    Start,
    Mid,
    End,
    Before,
    After,
    OnOrBefore,
    OnOrAfter,
    LessThan,
    MoreThan,
    EqualOrLess,
    EqualOrMore,
}
