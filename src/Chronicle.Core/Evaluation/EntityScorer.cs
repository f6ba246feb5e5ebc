using System.Collections.Immutable;
using Chronicle.Documents;

namespace Chronicle.Evaluation;

/// <summary>Scores the entity layer against re3d: exact and overlapping spans, and the distinct mention texts of each document.</summary>
/// <remarks>
/// Chronicle's GPE, LOC and FAC count as Location, NORP as Nationality, ORG as Organisation, PERSON as Person; OTHER is
/// not scored. A place's actor mentions ("France said", not "in France") count as Organisation, as re3d annotates them. re3d's spans sometimes keep a leading determiner ("the Kurdish YPG") and Chronicle's never do, so the
/// normalised measures drop a leading "the", "a" or "an" on both sides; the exact measure compares spans as they are.
/// </remarks>
public sealed class EntityScorer(Func<Document, Document> annotate)
{
    private static readonly string[] Determiners = ["the ", "a ", "an "];

    public EntityScore Score(IEnumerable<Re3dDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var score = new EntityScore.Builder();
        foreach (var gold in documents)
        {
            var annotated = annotate(gold.ToDocument());
            Compare(gold, SystemMentions(annotated), score);
        }

        return score.ToScore();
    }

    /// <summary>The scored mentions of an annotated document, with their re3d type.</summary>
    public static ImmutableArray<Re3dMention> SystemMentions(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var mentions = ImmutableArray.CreateBuilder<Re3dMention>();
        foreach (var entity in document.Entities)
        {
            if (TypeOf(entity.Type) is not { } type)
            {
                continue;
            }

            foreach (var span in entity.Mentions)
            {
                // A country named as an actor is an organisation to re3d ("France said"), a place otherwise.
                var mentionType = entity.ActorMentions.Contains(span) ? Re3dType.Organisation : type;
                mentions.Add(new Re3dMention(span, mentionType, document[span]));
            }
        }

        return [.. mentions.OrderBy(m => m.Span.Start).ThenBy(m => m.Span.End)];
    }

    /// <summary>re3d's type for a Chronicle entity type, or null for one re3d does not score.</summary>
    public static Re3dType? TypeOf(EntityType type) => type switch
    {
        EntityType.Person => Re3dType.Person,
        EntityType.Org => Re3dType.Organisation,
        EntityType.Gpe or EntityType.Loc or EntityType.Fac => Re3dType.Location,
        EntityType.Norp => Re3dType.Nationality,
        _ => null,
    };

    /// <summary>A mention's text as the per-document measure compares it: whitespace collapsed, a leading determiner dropped.</summary>
    public static string NormaliseText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        foreach (var determiner in Determiners)
        {
            if (collapsed.Length > determiner.Length && collapsed.StartsWith(determiner, StringComparison.OrdinalIgnoreCase))
            {
                return collapsed[determiner.Length..];
            }
        }

        return collapsed;
    }

    /// <summary>Adds one document's counts to the score.</summary>
    internal static void Compare(Re3dDocument gold, IReadOnlyList<Re3dMention> system, EntityScore.Builder score)
    {
        score.CountDocument(gold.Id);
        var normalisedGold = gold.Gold.Select(m => m with { Span = WithoutDeterminer(gold.Text, m.Span) }).ToList();
        var normalisedSystem = system.Select(m => m with { Span = WithoutDeterminer(gold.Text, m.Span) }).ToList();
        foreach (var type in Enum.GetValues<Re3dType>())
        {
            var g = gold.Gold.Where(m => m.Type == type).ToList();
            var s = system.Where(m => m.Type == type).ToList();
            score.Add(EntityMeasure.Exact, type, Pair(g, s, (a, b) => a.Span == b.Span), s.Count, g.Count);
            var ng = normalisedGold.Where(m => m.Type == type).ToList();
            var ns = normalisedSystem.Where(m => m.Type == type).ToList();
            score.Add(EntityMeasure.ExactNormalised, type, Pair(ng, ns, (a, b) => a.Span == b.Span), s.Count, g.Count);
            score.Add(EntityMeasure.Overlap, type, Pair(g, s, (a, b) => a.Span.Overlaps(b.Span)), s.Count, g.Count);

            var goldTexts = Texts(g);
            var systemTexts = Texts(s);
            score.Add(EntityMeasure.DocumentText, type, goldTexts.Count(systemTexts.Contains), systemTexts.Count, goldTexts.Count);
        }
    }

    /// <summary>The per-document measure's misses and false alarms: distinct (type, text) pairs on one side only.</summary>
    public static (ImmutableArray<(Re3dType Type, string Text)> Missed, ImmutableArray<(Re3dType Type, string Text)> Spurious) Differences(
        Re3dDocument gold, IReadOnlyList<Re3dMention> system)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(system);
        var g = TypedTexts(gold.Gold);
        var s = TypedTexts(system);
        return ([.. g.Except(s).Order()], [.. s.Except(g).Order()]);
    }

    private static HashSet<(Re3dType, string)> TypedTexts(IEnumerable<Re3dMention> mentions) =>
        mentions.Select(m => (m.Type, NormaliseText(m.Text))).ToHashSet();

    private static HashSet<string> Texts(IEnumerable<Re3dMention> mentions) =>
        mentions.Select(m => NormaliseText(m.Text)).ToHashSet(StringComparer.Ordinal);

    private static Span WithoutDeterminer(string text, Span span)
    {
        foreach (var determiner in Determiners)
        {
            if (span.Length > determiner.Length
                && text.AsSpan(span.Start, determiner.Length).Equals(determiner, StringComparison.OrdinalIgnoreCase))
            {
                return new Span(span.Start + determiner.Length, span.End);
            }
        }

        return span;
    }

    // One to one, in text order: each gold mention takes the first unused system mention that matches it.
    private static int Pair(List<Re3dMention> gold, List<Re3dMention> system, Func<Re3dMention, Re3dMention, bool> matches)
    {
        var used = new bool[system.Count];
        int pairs = 0;
        foreach (var g in gold)
        {
            for (int s = 0; s < system.Count; s++)
            {
                if (!used[s] && matches(g, system[s]))
                {
                    used[s] = true;
                    pairs++;
                    break;
                }
            }
        }

        return pairs;
    }
}

/// <summary>The ways the entity layer is measured against re3d.</summary>
public enum EntityMeasure
{
    /// <summary>Same span and type, as annotated.</summary>
    Exact,

    /// <summary>Same span and type once a leading determiner is dropped on both sides.</summary>
    ExactNormalised,

    /// <summary>Overlapping spans of the same type, paired one to one.</summary>
    Overlap,

    /// <summary>Per document, the distinct normalised mention texts of each type (the micro-F1: mention text and type per document).</summary>
    DocumentText,
}

/// <summary>Correct, system and gold counts per measure and re3d type.</summary>
public sealed class EntityScore
{
    private readonly ImmutableDictionary<(EntityMeasure, Re3dType), PrecisionRecall> _counts;

    private EntityScore(ImmutableDictionary<(EntityMeasure, Re3dType), PrecisionRecall> counts, int documents)
    {
        _counts = counts;
        Documents = documents;
    }

    public int Documents { get; }

    /// <summary>The counts of one measure for one type, or summed over the four types (micro-averaged) when type is null.</summary>
    public PrecisionRecall Get(EntityMeasure measure, Re3dType? type = null)
    {
        if (type is { } one)
        {
            return _counts.GetValueOrDefault((measure, one));
        }

        var all = Enum.GetValues<Re3dType>().Select(t => _counts.GetValueOrDefault((measure, t))).ToList();
        return new PrecisionRecall(all.Sum(c => c.Correct), all.Sum(c => c.System), all.Sum(c => c.Gold));
    }

    /// <summary>Accumulates counts document by document.</summary>
    internal sealed class Builder
    {
        private readonly Dictionary<(EntityMeasure, Re3dType), PrecisionRecall> _counts = [];
        private readonly HashSet<string> _documents = [];

        public void Add(EntityMeasure measure, Re3dType type, int correct, int system, int gold)
        {
            var before = _counts.GetValueOrDefault((measure, type));
            _counts[(measure, type)] = new PrecisionRecall(before.Correct + correct, before.System + system, before.Gold + gold);
        }

        public void CountDocument(string id) => _documents.Add(id);

        public EntityScore ToScore() => new(_counts.ToImmutableDictionary(), _documents.Count);
    }
}
