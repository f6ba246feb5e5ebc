using System.Collections.Immutable;
using Chronicle.Documents;

namespace Chronicle.Storage;

/// <summary>Folds reports into one stored event: the finest date and place, the highest counts, every actor once.</summary>
internal static class Consolidation
{
    /// <summary>The event as one report alone tells it.</summary>
    public static StoredEvent Of(EventReport report)
    {
        var e = report.Event;
        return new StoredEvent
        {
            Id = 0,
            Type = e.Type,
            Mode = e.Mode,
            Context = e.Context,
            Cameo = e.Cameo,
            Acled = e.Acled,
            Actors = [.. report.Actors.Select(a => a.Name).Distinct()],
            Recipients = [.. report.Recipients.Select(a => a.Name).Distinct()],
            Date = e.Date,
            Location = e.Location,
            Dead = e.Dead,
            Injured = e.Injured,
            Arrested = e.Arrested,
            Modality = e.Modality,
            Reporter = report.ReporterName,
            Confidence = e.Confidence,
            SourceCount = 1,
        };
    }

    /// <summary>The stored event once another article's report has joined it.</summary>
    public static StoredEvent Absorb(MergeCandidate candidate, EventReport report)
    {
        var stored = candidate.Event;
        var e = report.Event;
        return stored with
        {
            Mode = stored.Mode ?? e.Mode,
            Context = [.. stored.Context.Union(e.Context)],
            Acled = stored.Acled ?? e.Acled,
            Actors = Union(stored.Actors, report.Actors, candidate.ActorKeys),
            Recipients = Union(stored.Recipients, report.Recipients, candidate.RecipientKeys),
            Date = Finer(e.Date, stored.Date) ? e.Date : stored.Date,
            Location = Finer(e.Location, stored.Location) ? e.Location : stored.Location,
            Dead = Max(stored.Dead, e.Dead),
            Injured = Max(stored.Injured, e.Injured),
            Arrested = Max(stored.Arrested, e.Arrested),
            Modality = Rank(e.Modality) < Rank(stored.Modality) ? e.Modality : stored.Modality,
            Reporter = stored.Reporter ?? report.ReporterName,
            Confidence = Math.Max(stored.Confidence, e.Confidence),
            SourceCount = stored.SourceCount + 1,
        };
    }

    private static ImmutableArray<string> Union(ImmutableArray<string> names, ImmutableArray<ReportActor> actors, IReadOnlySet<string> storedKeys)
    {
        var result = names.ToBuilder();
        foreach (var actor in actors)
        {
            if (!actor.Keys.Any(storedKeys.Contains) && !result.Contains(actor.Name))
            {
                result.Add(actor.Name);
            }
        }

        return result.ToImmutable();
    }

    private static bool Finer(EventDate? candidate, EventDate? current) =>
        candidate is not null && (current is null || candidate.Precision < current.Precision
            || (candidate.Precision == current.Precision && candidate.From == DateSource.Text && current.From == DateSource.Published));

    private static bool Finer(EventLocation? candidate, EventLocation? current) =>
        candidate?.Place is not null && (current?.Place is null || candidate.Precision < current.Precision);

    private static int? Max(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    private static int Rank(Modality modality) => modality switch
    {
        Modality.Asserted => 0,
        Modality.Claimed => 1,
        Modality.Historical => 2,
        _ => 3,
    };
}
