using System.Collections.Immutable;

namespace Chronicle.Documents;

/// <summary>One real-world event the article reports: who did what to whom, when, where, with its evidence.</summary>
public sealed record Event
{
    public required EventId Id { get; init; }

    public required EventType Type { get; init; }

    /// <summary>PLOVER mode ("aerial", "arrest"), when the text says how.</summary>
    public string? Mode { get; init; }

    /// <summary>PLOVER contexts ("military", "terrorism").</summary>
    public ImmutableArray<string> Context { get; init; } = [];

    /// <summary>CAMEO root code ("19").</summary>
    public required string Cameo { get; init; }

    public AcledType? Acled { get; init; }

    public ImmutableArray<EntityId> Actors { get; init; } = [];

    public ImmutableArray<EntityId> Recipients { get; init; } = [];

    public EventDate? Date { get; init; }

    public EventLocation? Location { get; init; }

    public int? Dead { get; init; }

    public int? Injured { get; init; }

    public int? Arrested { get; init; }

    public required Modality Modality { get; init; }

    /// <summary>Who reported the event, when it is stated in a quote or attributed by a cue.</summary>
    public EntityId? Reporter { get; init; }

    public ImmutableArray<Span> Evidence { get; init; } = [];

    public double Confidence { get; init; }
}

/// <summary>PLOVER's sixteen event types.</summary>
public enum EventType
{
    Agree,
    Consult,
    Support,
    Concede,
    Cooperate,
    Aid,
    Retreat,
    Request,
    Accuse,
    Reject,
    Threaten,
    Protest,
    Sanction,
    Mobilize,
    Coerce,
    Assault,
}

/// <summary>Whether the article reports an event as fact, or as something else.</summary>
public enum Modality
{
    Asserted,
    Negated,
    Hypothetical,
    Future,
    Claimed,
    Historical,
}

/// <summary>ACLED's event type and sub-event type, for violence and protest.</summary>
public sealed record AcledType(string EventType, string SubEventType);

/// <summary>An event's date: a TIMEX3 value, how precise it is, whether it came from the text, and "before"/"after" when the text bounds it.</summary>
public sealed record EventDate(string Value, DatePrecision Precision, DateSource From, TimeMod? Mod = null);

/// <summary>How finely an event's date is known.</summary>
public enum DatePrecision
{
    Hour,
    Day,
    Month,
    Season,
    Year,

    /// <summary>A reference without a date ("in recent months": TIMEX3 PAST_REF).</summary>
    Vague,
}

/// <summary>Where an event's date came from.</summary>
public enum DateSource
{
    Text,
    Published,
}

/// <summary>Where an event took place: the name the text uses and, when resolved, the gazetteer entry.</summary>
public sealed record EventLocation(string Name, GeoPlace? Place, PlacePrecision Precision);
