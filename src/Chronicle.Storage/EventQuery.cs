using System.Collections.Immutable;
using Chronicle.Documents;

namespace Chronicle.Storage;

/// <summary>A filter over stored events; every condition given must hold.</summary>
public sealed record EventQuery
{
    /// <summary>Modalities shown when none is asked for: what the sources say happened, including claims and history.</summary>
    public static readonly ImmutableArray<Modality> DefaultModalities = [Modality.Asserted, Modality.Claimed, Modality.Historical];

    public EventType? Type { get; init; }

    /// <summary>A name or alias of an actor or recipient (case and punctuation ignored), or an ISO3 code for a state's organs.</summary>
    public string? Actor { get; init; }

    /// <summary>ISO 3166 alpha-3 of the event's place.</summary>
    public string? Country { get; init; }

    /// <summary>Events whose date begins on or after this day.</summary>
    public DateOnly? Since { get; init; }

    /// <summary>Events whose date begins on or before this day.</summary>
    public DateOnly? Until { get; init; }

    public GeoCircle? Near { get; init; }

    /// <summary>Words that must all occur in a source's evidence, actors, place or title.</summary>
    public string? Text { get; init; }

    /// <summary>Empty for <see cref="DefaultModalities"/>.</summary>
    public ImmutableArray<Modality> Modalities { get; init; } = [];

    public int? Limit { get; init; }

    /// <summary>How many matching events to skip before the first one returned, for paging.</summary>
    public int Offset { get; init; }

    /// <summary>Whether to load each event's sources with their evidence.</summary>
    public bool WithSources { get; init; } = true;
}

/// <summary>A point and a radius in kilometres.</summary>
public sealed record GeoCircle(double Latitude, double Longitude, double Kilometres)
{
    public bool Contains(double latitude, double longitude) => GeoDistance.Kilometres(Latitude, Longitude, latitude, longitude) <= Kilometres;
}
