using System.Collections.Immutable;
using Chronicle.Documents;

namespace Chronicle.Entities;

/// <summary>A name found in the text before mentions are merged into entities.</summary>
internal sealed record Mention
{
    public required Span Span { get; init; }

    public required EntityType Type { get; init; }

    public required MentionKind Kind { get; init; }

    /// <summary>The name without titles ("Patrick Ryder" in "General Patrick Ryder").</summary>
    public required string Name { get; init; }

    public string? Country { get; init; }

    public Sector? Sector { get; init; }

    /// <summary>The known actor or country this mention matched, so that its other names join the same entity.</summary>
    public string? Key { get; init; }

    public ImmutableArray<string> Titles { get; init; } = [];

    /// <summary>True for a country named as an actor ("France said") rather than as a place ("in France").</summary>
    public bool Actor { get; init; }

    /// <summary>The token index of the mention's first token.</summary>
    public required int FirstToken { get; init; }

    public required int EndToken { get; init; }
}

/// <summary>How a mention was recognised, which decides how it may merge.</summary>
internal enum MentionKind
{
    /// <summary>From the actor list or the gazetteer.</summary>
    Known,

    /// <summary>A capitalised name of several words.</summary>
    Name,

    /// <summary>A single capitalised word: a surname, a short name.</summary>
    ShortName,

    /// <summary>A title and a surname ("General Ryder").</summary>
    TitledSurname,

    /// <summary>Capital letters ("HAN", "PMF").</summary>
    Acronym,

    /// <summary>A nationality and a collective noun ("U.S. forces", "Iraqi officials").</summary>
    Group,

    /// <summary>A nationality word ("Iranian").</summary>
    Nationality,

    /// <summary>A title with no name after it, standing for its holder ("the Foreign Secretary").</summary>
    Role,

    /// <summary>A common noun phrase for a place, an organisation or a group of people ("the city", "residents").</summary>
    Description,
}
