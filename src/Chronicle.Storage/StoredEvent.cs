using System.Collections.Immutable;
using Chronicle.Documents;

namespace Chronicle.Storage;

/// <summary>One real-world event as stored: the reports of every article that told of it, consolidated, with those articles as its sources.</summary>
public sealed record StoredEvent
{
    public required long Id { get; init; }

    public required EventType Type { get; init; }

    public string? Mode { get; init; }

    public ImmutableArray<string> Context { get; init; } = [];

    public required string Cameo { get; init; }

    public AcledType? Acled { get; init; }

    /// <summary>Actor names across the sources, one per actor (entity ids only mean something inside their article).</summary>
    public ImmutableArray<string> Actors { get; init; } = [];

    public ImmutableArray<string> Recipients { get; init; } = [];

    /// <summary>The most precise date any source gives.</summary>
    public EventDate? Date { get; init; }

    /// <summary>The most precise place any source gives.</summary>
    public EventLocation? Location { get; init; }

    /// <summary>The highest count any source gives.</summary>
    public int? Dead { get; init; }

    public int? Injured { get; init; }

    public int? Arrested { get; init; }

    /// <summary>The firmest modality among the sources: asserted, then claimed, then historical.</summary>
    public required Modality Modality { get; init; }

    public string? Reporter { get; init; }

    public double Confidence { get; init; }

    /// <summary>How many articles reported the event.</summary>
    public int SourceCount { get; init; }

    /// <summary>The articles that reported the event, in the order they were stored; empty when not asked for.</summary>
    public ImmutableArray<EventSource> Sources { get; init; } = [];
}

/// <summary>One article's report of a stored event: which article, and the words that report it.</summary>
public sealed record EventSource(string ArticleId, string? Url, string? Title, DateOnly? Published, string ReportId, ImmutableArray<Evidence> Evidence);

/// <summary>A span of an article's text given as evidence, in Unicode code points like the document contract.</summary>
public readonly record struct Evidence(int Start, int End, string Text);
