using Chronicle.Documents;

namespace Chronicle.Quotes;

/// <summary>Resolves a speaker phrase to an entity: a name by its mention, a pronoun or a role noun by the most recent fitting entity.</summary>
internal sealed class SpeakerResolver
{
    // A pronoun prefers the previous quote's speaker only while that quote is this close.
    private const int MaxSentencesToPreviousSpeaker = 3;

    private readonly QuoteText _source;
    private readonly (Span Span, Entity Entity)[] _mentions;
    private readonly List<Span> _quoted;

    public SpeakerResolver(QuoteText source, List<Span> quoted)
    {
        _source = source;
        _quoted = quoted;
        _mentions = [.. source.Document.Entities
            .SelectMany(entity => entity.Mentions.Select(mention => (mention, entity)))
            .OrderBy(m => m.mention.Start)];
    }

    /// <summary>The entity a speaker phrase names, or null when unsure.</summary>
    /// <param name="phrase">The speaker phrase.</param>
    /// <param name="previous">The quote before this one, whose speaker a pronoun may continue.</param>
    public EntityId? Resolve(Span phrase, PreviousQuote? previous)
    {
        int first = _source.TokenAtOrAfter(phrase.Start);
        int last = _source.TokenAtOrAfter(phrase.End) - 1;
        var pronoun = first == last ? SpeechLexicon.PronounKindOf(_source.Word(first)) : PronounKind.None;
        if (pronoun != PronounKind.None)
        {
            return ResolvePronoun(phrase.Start, pronoun, previous);
        }

        if (NamedIn(phrase, last, EntityType.Person) is { } person)
        {
            return person;
        }

        if (first == last && SurnameOfPersonBefore(phrase.Start, _source.Word(first)) is { } bySurname)
        {
            return bySurname;
        }

        var head = _source.Tokens[last].Span;
        if (!IsMentioned(head))
        {
            var role = _source.Word(last).ToString();
            return MostRecent(phrase.Start, entity => entity.Type == EntityType.Person && HasTitleWord(entity, role), out _);
        }

        return NamedIn(phrase, last, null);
    }

    private EntityId? ResolvePronoun(int position, PronounKind pronoun, PreviousQuote? previous)
    {
        var recent = MostRecent(position, entity => Fits(entity, pronoun), out var recentMention);
        if (previous is { Speaker: { } speaker } before
            && _source.ParagraphAt(before.Outer.Start) >= _source.ParagraphAt(position) - 1
            && _source.SentenceIndexOf(position) - _source.SentenceIndexOf(before.Outer.Start) <= MaxSentencesToPreviousSpeaker
            && _source.Document.FindEntity(speaker) is { } entity
            && Fits(entity, pronoun)
            && (recent == speaker || !MentionedSince(before.Outer, recentMention)))
        {
            return speaker;
        }

        return recent;
    }

    private static bool Fits(Entity entity, PronounKind pronoun) => pronoun switch
    {
        PronounKind.Person => entity.Type == EntityType.Person,
        PronounKind.PersonOrGroup => entity.Type is EntityType.Person or EntityType.Org,
        PronounKind.Group => entity.Type is EntityType.Org or EntityType.Gpe,
        _ => false,
    };

    // The head of an English noun phrase comes last, so the rightmost mention is the speaker
    // ("Pentagon Spokesperson General Ryder"), unless it is a possessor ("Ryder's spokesman").
    private EntityId? NamedIn(Span phrase, int lastToken, EntityType? type)
    {
        EntityId? found = null;
        int foundStart = -1;
        foreach (var (span, entity) in _mentions)
        {
            if (span.Start >= phrase.End)
            {
                break;
            }

            if (!span.Overlaps(phrase) || (type is { } wanted && entity.Type != wanted) || span.Start < foundStart)
            {
                continue;
            }

            int next = _source.TokenAtOrAfter(span.End);
            if (next <= lastToken && _source.IsPossessive(next))
            {
                continue;
            }

            if (type is null && !span.Contains(_source.Tokens[lastToken].Span))
            {
                continue;
            }

            found = entity.Id;
            foundStart = span.Start;
        }

        return found;
    }

    // A lone capitalised word that ends the name of a person already named is that person, even when the entity
    // stage took it for something else ("Lopez told reporters" after "Maria Lopez", where Lopez is also a town).
    private EntityId? SurnameOfPersonBefore(int position, ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || !char.IsUpper(word[0]))
        {
            return null;
        }

        var surname = word.ToString();
        return MostRecent(position, entity => entity.Type == EntityType.Person && entity.Name.EndsWith(" " + surname, StringComparison.Ordinal), out _);
    }

    private bool IsMentioned(Span span)
    {
        foreach (var (mention, _) in _mentions)
        {
            if (mention.Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The entity of the latest mention before a position, outside direct quotes, that fits.</summary>
    private EntityId? MostRecent(int position, Func<Entity, bool> fits, out Span mention)
    {
        for (int m = _mentions.Length - 1; m >= 0; m--)
        {
            var (span, entity) = _mentions[m];
            if (span.End <= position && fits(entity) && !IsQuoted(span))
            {
                mention = span;
                return entity.Id;
            }
        }

        mention = default;
        return null;
    }

    // Someone else named in a sentence after the previous quote's has taken over as the likely referent.
    private bool MentionedSince(Span previousQuote, Span mention) =>
        mention.Start >= previousQuote.End
        && _source.SentenceIndexOf(mention.Start) > _source.SentenceIndexOf(previousQuote.End - 1);

    private bool IsQuoted(Span span)
    {
        foreach (var quote in _quoted)
        {
            if (quote.Contains(span))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasTitleWord(Entity entity, string word)
    {
        foreach (var title in entity.Titles)
        {
            foreach (var part in title.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (part.Equals(word, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }
}

/// <summary>The quote before the one being resolved: the text it claims and who spoke it.</summary>
internal readonly record struct PreviousQuote(Span Outer, EntityId? Speaker);
