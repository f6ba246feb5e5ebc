using System.Collections.Immutable;
using Chronicle.Documents;
using Chronicle.Quotes;

namespace Chronicle.Entities;

/// <summary>Adds personal pronouns to the entity they stand for: "he" and "she" to the latest person named before them,
/// "I" to the nearest person, "we" outside quotations to the nearest organisation or country acting as one and inside one
/// to the group its speaker speaks for, "They" opening a sentence to the latest group named before it, "they" to a group
/// reporting on itself ("the army said they").</summary>
/// <remarks>Possessives ("his", "our"), "it" and other "they" inside a sentence are left alone: they are mostly part of a
/// longer phrase or point to things that are not entities.</remarks>
internal static class PronounLinker
{
    // How many sentences back (and forward, for "I" and "we") a pronoun looks for the entity it stands for.
    private const int ThirdPersonReach = 2;
    private const int FirstPersonReach = 2;
    private const int MaxPronounLength = 4;

    private enum Referent
    {
        ThirdPersonSingular,
        Speaker,
        Group,
        ThirdPersonPlural,
        ReportedGroup,
    }

    // Case matters: "US" is a country, not "us".
    private static readonly Dictionary<string, Referent>.AlternateLookup<ReadOnlySpan<char>> Pronouns = new Dictionary<string, Referent>(StringComparer.Ordinal)
    {
        ["he"] = Referent.ThirdPersonSingular,
        ["He"] = Referent.ThirdPersonSingular,
        ["him"] = Referent.ThirdPersonSingular,
        ["she"] = Referent.ThirdPersonSingular,
        ["She"] = Referent.ThirdPersonSingular,
        ["I"] = Referent.Speaker,
        ["me"] = Referent.Speaker,
        ["we"] = Referent.Group,
        ["We"] = Referent.Group,
        ["us"] = Referent.Group,
        // Only "They" opening a sentence, which mostly continues the group the sentence before was about; inside a
        // sentence "they" and "them" often point to a group no name covers ("our forces if they are threatened").
        ["They"] = Referent.ThirdPersonPlural,

        // Inside a sentence, only the "they" of a group reporting on itself ("the army said they had retaken the town").
        ["they"] = Referent.ReportedGroup,
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for a word this linker adds as a mention: it stands for an entity without naming it.</summary>
    public static bool IsPronoun(ReadOnlySpan<char> word) => Pronouns.ContainsKey(word);

    public static ImmutableArray<Entity> Link(Document document, ImmutableArray<Entity> entities)
    {
        if (entities.IsEmpty)
        {
            return entities;
        }

        // Every entity's mentions in text order, gathered at the first pronoun only.
        List<(Span Span, int Entity)>? named = null;
        var added = new List<(Span Pronoun, int Entity)>();
        List<Span>? quoted = null;
        var sentences = document.Sentences;
        for (int s = 0; s < sentences.Length; s++)
        {
            for (int t = sentences[s].FirstToken; t < sentences[s].EndToken; t++)
            {
                var token = document.Tokens[t];
                if (token.Kind != TokenKind.Word || token.Span.Length > MaxPronounLength
                    || !Pronouns.TryGetValue(document.Slice(token.Span), out var referent))
                {
                    continue;
                }

                named ??= [.. entities
                    .SelectMany((entity, index) => entity.Mentions.Select(span => (Span: span, Entity: index)))
                    .OrderBy(m => m.Span.Start)];
                if ((referent == Referent.Speaker && !IsFirstPersonI(document, t)) || InsideName(named, token.Span))
                {
                    continue;
                }

                // Inside a quotation "we" is the speaker's side, which the nearest name often is not: the group named
                // beside the speaker is.
                var quotation = referent == Referent.Group ? Around(quoted ??= QuotedSpans(document.Text), token.Span) : null;
                int? entity = referent switch
                {
                    Referent.ThirdPersonSingular => Latest(document, named, token.Span.Start, s - ThirdPersonReach, e => entities[e].Type == EntityType.Person),
                    Referent.Speaker => Nearest(document, named, token.Span, s, e => entities[e].Type == EntityType.Person),
                    Referent.ThirdPersonPlural => Latest(document, named, token.Span.Start, s - ThirdPersonReach, e => IsGroup(entities[e])),
                    Referent.ReportedGroup => ReportingGroup(document, named, t, e => IsGroup(entities[e])),
                    _ when quotation is { } quote => SpeakersGroup.OfQuotation(document, named, entities, quoted!, quote, IsGroup),
                    _ => Nearest(document, named, token.Span, s, e => IsGroup(entities[e])),
                };
                if (entity is { } e)
                {
                    added.Add((token.Span, e));
                }
            }
        }

        if (added.Count == 0)
        {
            return entities;
        }

        var builder = entities.ToBuilder();
        foreach (var group in added.GroupBy(a => a.Entity))
        {
            var entity = builder[group.Key];
            var pronouns = group.Select(a => a.Pronoun).ToList();
            builder[group.Key] = entity with
            {
                Mentions = [.. entity.Mentions.Concat(pronouns).OrderBy(span => span.Start)],
                ActorMentions = entity.Type == EntityType.Gpe
                    ? [.. entity.ActorMentions.Concat(pronouns).OrderBy(span => span.Start)]
                    : entity.ActorMentions,
            };
        }

        return builder.ToImmutable();
    }

    // The spans between quotation marks; an unclosed quotation ends with its line.
    private static List<Span> QuotedSpans(string text)
    {
        var spans = new List<Span>();
        int open = -1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\u201C' || (c == '"' && open < 0))
            {
                open = i;
            }
            else if ((c == '\u201D' || c == '"' || c == '\n') && open >= 0)
            {
                spans.Add(new Span(open, i + 1));
                open = -1;
            }
        }

        if (open >= 0)
        {
            spans.Add(new Span(open, text.Length));
        }

        return spans;
    }

    private static Span? Around(List<Span> quotations, Span span)
    {
        foreach (var quotation in quotations)
        {
            if (quotation.Contains(span))
            {
                return quotation;
            }
        }

        return null;
    }

    // The group just before a verb of speaking and "that" before the pronoun: a group reporting what it did.
    private static int? ReportingGroup(Document document, List<(Span Span, int Entity)> named, int pronoun, Func<int, bool> fits)
    {
        int verb = pronoun - 1;
        if (verb >= 0 && document.Slice(document.Tokens[verb].Span) is "that")
        {
            verb--;
        }

        if (verb <= 0 || !SpeechLexicon.IsSpeechVerb(document.Slice(document.Tokens[verb].Span))
            || SpeechLexicon.NamesListener(document.Slice(document.Tokens[verb].Span)))
        {
            return null;
        }

        int before = LastBefore(named, document.Tokens[verb].Span.Start);
        return before >= 0 && named[before].Span.End == document.Tokens[verb - 1].Span.End && fits(named[before].Entity)
            && OpensClause(document, verb - 1, named[before].Span)
            ? named[before].Entity
            : null;
    }

    // A name that opens its clause is its subject; one after a preposition is not ("forces in Somalia say they").
    private static bool OpensClause(Document document, int last, Span name)
    {
        int first = document.Sentences[document.SentenceAt(name.Start)].FirstToken;
        int previous = last;
        while (previous >= first && document.Tokens[previous].Span.Start >= name.Start)
        {
            previous--;
        }

        if (previous >= first && SpeechLexicon.IsDeterminer(document.Slice(document.Tokens[previous].Span)))
        {
            previous--;
        }

        return previous < first || document.Tokens[previous].Kind == TokenKind.Punctuation;
    }

    // "we" is an organisation, or a country acting as one ("France said ... we will").
    private static bool IsGroup(Entity entity) =>
        entity.Type == EntityType.Org || (entity.Type == EntityType.Gpe && !entity.ActorMentions.IsEmpty);

    // "I" the pronoun, not the numeral of "World War I" or "Charles Keating I".
    private static bool IsFirstPersonI(Document document, int token)
    {
        var word = document.Slice(document.Tokens[token].Span);
        if (word is not "I")
        {
            return true;
        }

        return token == 0 || document.Tokens[token - 1].Kind != TokenKind.Word
            || !char.IsUpper(document.Slice(document.Tokens[token - 1].Span)[0]) || IsSentenceFirst(document, token - 1);
    }

    private static bool IsSentenceFirst(Document document, int token)
    {
        int sentence = document.SentenceAt(document.Tokens[token].Span.Start);
        return sentence >= 0 && document.Sentences[sentence].FirstToken == token;
    }

    private static int? Latest(Document document, List<(Span Span, int Entity)> named, int position, int firstSentence, Func<int, bool> fits)
    {
        int from = Math.Max(firstSentence, 0);
        int start = document.Sentences[from].Span.Start;
        for (int m = LastBefore(named, position); m >= 0 && named[m].Span.Start >= start; m--)
        {
            if (fits(named[m].Entity))
            {
                return named[m].Entity;
            }
        }

        return null;
    }

    private static int? Nearest(Document document, List<(Span Span, int Entity)> named, Span pronoun, int sentence, Func<int, bool> fits)
    {
        var sentences = document.Sentences;
        int start = sentences[Math.Max(sentence - FirstPersonReach, 0)].Span.Start;
        int end = sentences[Math.Min(sentence + 1, sentences.Length - 1)].Span.End;
        int? best = null;
        int bestDistance = int.MaxValue;
        int last = LastBefore(named, pronoun.Start);
        for (int m = last; m >= 0 && named[m].Span.Start >= start; m--)
        {
            if (fits(named[m].Entity))
            {
                (best, bestDistance) = (named[m].Entity, pronoun.Start - named[m].Span.End);
                break;
            }
        }

        for (int m = last + 1; m < named.Count && named[m].Span.Start < end && named[m].Span.Start - pronoun.End < bestDistance; m++)
        {
            if (fits(named[m].Entity))
            {
                return named[m].Entity;
            }
        }

        return best;
    }

    private static bool InsideName(List<(Span Span, int Entity)> named, Span span)
    {
        for (int m = LastBefore(named, span.End); m >= 0 && span.Start - named[m].Span.Start < 200; m--)
        {
            if (named[m].Span.Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }

    // The index of the last mention that starts before a position, or -1.
    private static int LastBefore(List<(Span Span, int Entity)> named, int position)
    {
        int low = 0, high = named.Count;
        while (low < high)
        {
            int mid = (low + high) >>> 1;
            if (named[mid].Span.Start < position)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low - 1;
    }
}
