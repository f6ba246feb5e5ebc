using System.Collections.Immutable;
using Chronicle.Documents;

namespace Chronicle.Evaluation;

/// <summary>Counts of agreement for one attribute: correct, given by the system, given by gold.</summary>
public readonly record struct Counts(int Correct, int System, int Gold)
{
    public static Counts operator +(Counts a, Counts b) => new(a.Correct + b.Correct, a.System + b.System, a.Gold + b.Gold);

    public PrecisionRecall Measure => new(Correct, System, Gold);
}

/// <summary>The attribute agreement of one matched pair of events.</summary>
public readonly record struct AttributeCounts(Counts Actors, Counts Recipients, Counts Date, Counts Place, Counts Counts, bool ModalityAgrees)
{
    /// <summary>True when the system got an attribute wrong: gave a wrong value, missed one or added one gold does not have.</summary>
    public bool AnyWrong => new[] { Actors, Recipients, Date, Place, Counts }.Any(c => c.Correct != c.System || c.Correct != c.Gold);
}

/// <summary>A gold event and the system event matched to it, with how far their attributes agree.</summary>
public sealed record MatchedEvent(EventGoldEvent Gold, Event System, AttributeCounts Attributes);

/// <summary>Event scores: detection by type and overall, attributes on the matched pairs, and the misses and false alarms to read.</summary>
public sealed record EventScore(
    ImmutableDictionary<EventType, Counts> ByType,
    Counts Actors,
    Counts Recipients,
    Counts Date,
    Counts Place,
    Counts CasualtyCounts,
    int ModalityAgreements,
    ImmutableArray<EventGoldEvent> Misses,
    ImmutableArray<Event> FalseAlarms,
    ImmutableArray<MatchedEvent> Matches)
{
    public static EventScore Empty { get; } = new(ImmutableDictionary<EventType, Counts>.Empty, default, default, default, default, default, 0, [], [], []);

    /// <summary>How many false alarms are negated or hypothetical: events the coder did not report as facts.</summary>
    public int UnrealFalseAlarms => FalseAlarms.Count(e => e.Modality is Modality.Negated or Modality.Hypothetical);

    public Counts Events => ByType.Values.Aggregate(default(Counts), (sum, c) => sum + c);

    /// <summary>The mean F1 of actor, recipient, date and place, the headline attribute figure.</summary>
    public double MeanAttributeF1 => (Actors.Measure.F1 + Recipients.Measure.F1 + Date.Measure.F1 + Place.Measure.F1) / 4;

    public static EventScore operator +(EventScore a, EventScore b) => new(
        a.ByType.Keys.Union(b.ByType.Keys).ToImmutableDictionary(t => t, t => a.ByType.GetValueOrDefault(t) + b.ByType.GetValueOrDefault(t)),
        a.Actors + b.Actors,
        a.Recipients + b.Recipients,
        a.Date + b.Date,
        a.Place + b.Place,
        a.CasualtyCounts + b.CasualtyCounts,
        a.ModalityAgreements + b.ModalityAgreements,
        a.Misses.AddRange(b.Misses),
        a.FalseAlarms.AddRange(b.FalseAlarms),
        a.Matches.AddRange(b.Matches));
}

/// <summary>Accumulates one story's score.</summary>
internal sealed class EventScoreBuilder
{
    private readonly Dictionary<EventType, Counts> _byType = [];
    private readonly ImmutableArray<EventGoldEvent>.Builder _misses = ImmutableArray.CreateBuilder<EventGoldEvent>();
    private readonly ImmutableArray<Event>.Builder _falseAlarms = ImmutableArray.CreateBuilder<Event>();
    private readonly ImmutableArray<MatchedEvent>.Builder _matches = ImmutableArray.CreateBuilder<MatchedEvent>();
    private Counts _actors, _recipients, _date, _place, _counts;
    private int _modality;

    public void Gold(EventType type) => Add(type, new Counts(0, 0, 1));

    public void Missed(EventGoldEvent gold) => _misses.Add(gold);

    public void Matched(EventGoldEvent gold, Event system, AttributeCounts attributes)
    {
        Add(gold.Type, new Counts(1, 1, 0));
        _matches.Add(new MatchedEvent(gold, system, attributes));
        _actors += attributes.Actors;
        _recipients += attributes.Recipients;
        _date += attributes.Date;
        _place += attributes.Place;
        _counts += attributes.Counts;
        _modality += attributes.ModalityAgrees ? 1 : 0;
    }

    public void Spurious(Event system)
    {
        Add(system.Type, new Counts(0, 1, 0));
        _falseAlarms.Add(system);
    }

    public EventScore Build() => new(
        _byType.ToImmutableDictionary(), _actors, _recipients, _date, _place, _counts, _modality, _misses.ToImmutable(), _falseAlarms.ToImmutable(),
        _matches.ToImmutable());

    private void Add(EventType type, Counts counts) => _byType[type] = _byType.GetValueOrDefault(type) + counts;
}
