using System.Collections.Immutable;
using Chronicle.Documents;

namespace Chronicle.Events;

/// <summary>An event as coded from one mention, before mentions of the same event are merged.</summary>
internal sealed record EventCandidate
{
    public required Trigger Trigger { get; init; }

    public required int Sentence { get; init; }

    public required Span TriggerSpan { get; init; }

    /// <summary>"the strike": a definite noun that refers back to an event already reported.</summary>
    public required bool Anaphoric { get; init; }

    /// <summary>"attacks", "the strikes": a plural noun tells of several acts, to which "the strike" does not refer back.</summary>
    public required bool Plural { get; init; }

    /// <summary>A noun with no participant, date or count of its own: it can only join an event already reported.</summary>
    public required bool Weak { get; init; }

    /// <summary>The head words of every trigger merged into this event ("strike", "attack"), to resolve "the strike".</summary>
    public required ImmutableHashSet<string> Heads { get; init; }

    public required string? Mode { get; init; }

    public required AcledType? Acled { get; init; }

    public required ImmutableArray<EntityId> Actors { get; init; }

    public required ImmutableArray<EntityId> Recipients { get; init; }

    public required EventDate? Date { get; init; }

    public required EventLocation? Location { get; init; }

    public required int? Dead { get; init; }

    public required int? Injured { get; init; }

    public required int? Arrested { get; init; }

    public required Modality Modality { get; init; }

    public required EntityId? Reporter { get; init; }

    public required ImmutableArray<Span> Evidence { get; init; }

    public required double Confidence { get; init; }
}
