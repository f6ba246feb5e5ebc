using System.Collections.Immutable;
using System.Text;
using Chronicle.Documents;

namespace Chronicle.Storage;

/// <summary>One document's event readied for the store: entity ids resolved to names and comparison keys, offsets in code points.</summary>
internal sealed record EventReport
{
    public required Event Event { get; init; }

    public required ImmutableArray<ReportActor> Actors { get; init; }

    public required ImmutableArray<ReportActor> Recipients { get; init; }

    public string? ReporterName { get; init; }

    public DateRange? Range { get; init; }

    public required ImmutableArray<(int Start, int End)> Evidence { get; init; }

    public required string SearchText { get; init; }

    /// <summary>
    /// Whether the report may join another article's event: a negated, hypothetical or future event did not happen, a
    /// year or a vague date cannot tell one event from another, and an event with no actor has nothing to compare.
    /// </summary>
    public bool Mergeable =>
        Event.Modality is Modality.Asserted or Modality.Claimed or Modality.Historical
        && Event.Date is { Mod: null or TimeMod.Approx, Precision: DatePrecision.Hour or DatePrecision.Day or DatePrecision.Month or DatePrecision.Season }
        && Range is not null
        && (Actors.Length > 0 || Recipients.Length > 0);

    public static EventReport From(Document document, Event e, Func<int, int> codePoint)
    {
        var actors = e.Actors.Select(id => ReportActor.Of(document, id)).OfType<ReportActor>().ToImmutableArray();
        var recipients = e.Recipients.Select(id => ReportActor.Of(document, id)).OfType<ReportActor>().ToImmutableArray();
        var search = new StringBuilder();
        foreach (var span in e.Evidence)
        {
            search.Append(document.Slice(span)).Append(' ');
        }

        foreach (var actor in actors.Concat(recipients))
        {
            search.Append(actor.Name).Append(' ');
        }

        search.Append(e.Location?.Name).Append(' ').Append(document.Article.Title);
        return new EventReport
        {
            Event = e,
            Actors = actors,
            Recipients = recipients,
            ReporterName = e.Reporter is { } reporter ? document.FindEntity(reporter)?.Name : null,
            Range = DateRange.Of(e.Date),
            Evidence = [.. e.Evidence.Select(s => (codePoint(s.Start), codePoint(s.End)))],
            SearchText = search.ToString().Trim(),
        };
    }
}

/// <summary>An actor or recipient of a report: its id in the article, its name, and its comparison keys.</summary>
internal sealed record ReportActor(string LocalId, string Name, ImmutableArray<string> Keys)
{
    public static ReportActor? Of(Document document, EntityId id) =>
        document.FindEntity(id) is { } entity ? new ReportActor(id.ToString(), entity.Name, ActorKeys.Of(entity)) : null;
}
