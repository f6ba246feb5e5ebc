using System.Collections.Immutable;

namespace Chronicle.Documents;

/// <summary>A person, organisation, place or group the article names, with every mention of it merged.</summary>
public sealed record Entity
{
    public required EntityId Id { get; init; }

    public required EntityType Type { get; init; }

    /// <summary>The fullest name the article gives.</summary>
    public required string Name { get; init; }

    /// <summary>Other names the article uses for the same entity.</summary>
    public ImmutableArray<string> Aliases { get; init; } = [];

    /// <summary>ISO 3166 alpha-3 code of the country the entity belongs to or is.</summary>
    public string? Country { get; init; }

    public Sector? Sector { get; init; }

    /// <summary>Titles and roles kept apart from the name ("Pentagon Spokesperson").</summary>
    public ImmutableArray<string> Titles { get; init; } = [];

    /// <summary>The gazetteer entry of a place entity, once resolved.</summary>
    public GeoPlace? Place { get; init; }

    public ImmutableArray<Span> Mentions { get; init; } = [];

    /// <summary>The mentions of a place that stand for its government or people rather than the ground ("France said",
    /// "we"), a subset of <see cref="Mentions"/>; "in France" is not one.</summary>
    public ImmutableArray<Span> ActorMentions { get; init; } = [];
}

/// <summary>The kinds of entity in the output contract.</summary>
public enum EntityType
{
    Person,
    Org,
    Gpe,
    Loc,
    Norp,
    Fac,
    Other,
}

/// <summary>An actor's sector, in the sense PLOVER's agent codes use it.</summary>
public enum Sector
{
    Gov,
    Mil,
    Reb,
    Opp,
    Pol,
    Cop,
    Jud,
    Spy,
    Igo,
    Ngo,
    Med,
    Bus,
    Crm,
    Cvl,
    Ref,
    Rel,
    Edu,
    Hlh,
    Leg,
}

/// <summary>A gazetteer entry a place name was resolved to.</summary>
public sealed record GeoPlace
{
    /// <summary>GeoNames id; null for a country when the gazetteer lacks it.</summary>
    public int? GeonameId { get; init; }

    public required string Name { get; init; }

    /// <summary>ISO 3166 alpha-3.</summary>
    public required string Country { get; init; }

    public string? Admin1 { get; init; }

    public required double Latitude { get; init; }

    public required double Longitude { get; init; }

    /// <summary>GeoNames feature class: A (country, region), P (populated place), L, T, H, S.</summary>
    public required char FeatureClass { get; init; }

    public required PlacePrecision Precision { get; init; }
}

/// <summary>How finely a place is known.</summary>
public enum PlacePrecision
{
    Point,
    City,
    Admin1,
    Country,
}
