using System.Collections.Immutable;
using Chronicle.Documents;
using Chronicle.Quotes;

namespace Chronicle.Entities;

/// <summary>Finds the group a "we" inside a quotation speaks for, from the words that attribute the quotation.</summary>
internal static class SpeakersGroup
{
    // How far from the speaker's name the speaker's group may be named ("Colonel Ruiz, commander of the 7th Brigade",
    // "European Union foreign policy chief Kaja Kallas").
    private const int MaxWordsFromSpeaker = 8;

    // How far before its verb a speaking group may be named ("a U.S. State Department press officer said").
    private const int MaxWordsToVerb = 4;

    /// <summary>The group a "we" inside a quotation stands for: the group named beside the speaker in the attribution
    /// ("said Colonel Ruiz, commander of the 7th Brigade"), or the one speaking when the attribution names no person ("a
    /// ministry spokesman said"); else, when the speaker is an official of a country ("U.S. Army Colonel Ruiz said"), the
    /// group of that country the article names most: an official speaks for an institution, while a resident or a
    /// passenger saying "we" speaks for no group the article names.</summary>
    public static int? OfQuotation(Document document, List<(Span Span, int Entity)> named, ImmutableArray<Entity> entities,
        List<Span> quotations, Span quotation, Func<Entity, bool> isGroup)
    {
        var attribution = Attribution(document, named, quotations, quotation);

        // A quotation that names no one and follows another straight on (a statement quoted paragraph by paragraph)
        // goes on in the same voice.
        int index = quotations.IndexOf(quotation);
        while (attribution.Count == 0 && index > 0 && document.Text.AsSpan(quotations[index - 1].End, quotation.Start - quotations[index - 1].End).IsWhiteSpace())
        {
            quotation = quotations[--index];
            attribution = Attribution(document, named, quotations, quotation);
        }

        var speaker = Nearest(attribution, quotation, m => entities[m.Entity].Type == EntityType.Person);
        var group = speaker is { } person
            ? Nearest(attribution, person.Span, m => isGroup(entities[m.Entity]) && NamedBeside(document, person.Span, m.Span))
            : Nearest(attribution, quotation, m => isGroup(entities[m.Entity]) && Speaks(document, m.Span));
        if (group is not null)
        {
            return group.Value.Entity;
        }

        return speaker is { } official && !entities[official.Entity].Titles.IsEmpty && entities[official.Entity].Country is { } country
            ? MostNamed(entities, e => isGroup(e) && e.Country == country)
            : null;
    }

    /// <summary>The group named most often among those that fit: an official of a country speaks for its government or
    /// for the agency of it the article names most.</summary>
    private static int? MostNamed(ImmutableArray<Entity> entities, Func<Entity, bool> fits)
    {
        int? most = null;
        for (int e = 0; e < entities.Length; e++)
        {
            if (fits(entities[e]) && (most is null || entities[e].Mentions.Length > entities[most.Value].Mentions.Length))
            {
                most = e;
            }
        }

        return most;
    }

    // The names outside any quotation in the rest of the sentences a quotation opens and closes in, and in the sentence
    // before when the quotation opens its own sentence and that one introduces it ("Ruiz released this statement:") or
    // quotes the same speaker ("..." said Ruiz. "We ..."): the words that name the speaker.
    private static List<(Span Span, int Entity)> Attribution(Document document, List<(Span Span, int Entity)> named, List<Span> quotations, Span quotation)
    {
        int opening = document.SentenceAt(quotation.Start);
        if (opening > 0 && document.Text.AsSpan(document.Sentences[opening].Span.Start, quotation.Start - document.Sentences[opening].Span.Start).IsWhiteSpace())
        {
            var previous = document.Sentences[opening - 1].Span;
            if (document.Text.AsSpan(previous.Start, previous.Length).TrimEnd().EndsWith(':') || quotations.Exists(q => previous.Overlaps(q) && q != quotation))
            {
                opening--;
            }
        }

        int before = opening >= 0 ? document.Sentences[opening].Span.Start : quotation.Start;
        int closing = document.SentenceAt(Math.Min(quotation.End, document.Text.Length - 1));
        int after = closing >= 0 ? Math.Max(document.Sentences[closing].Span.End, quotation.End) : quotation.End;
        return named.FindAll(m => ((m.Span.Start >= before && m.Span.End <= quotation.Start) || (m.Span.Start >= quotation.End && m.Span.End <= after))
            && !quotations.Exists(q => q.Overlaps(m.Span)));
    }

    private static (Span Span, int Entity)? Nearest(List<(Span Span, int Entity)> mentions, Span target, Func<(Span Span, int Entity), bool> fits)
    {
        (Span Span, int Entity)? best = null;
        int bestDistance = int.MaxValue;
        foreach (var mention in mentions)
        {
            int distance = mention.Span.Start >= target.End ? mention.Span.Start - target.End : Math.Max(target.Start - mention.Span.End, 0);
            if (distance < bestDistance && fits(mention))
            {
                (best, bestDistance) = (mention, distance);
            }
        }

        return best;
    }

    // A group in the speaker's own phrase: a few words after the name, with no verb of speaking between ("Ruiz,
    // commander of the 7th Brigade"; "Ruiz said in a letter to the council" names the listener), or in the title before
    // it, with no punctuation between ("7th Brigade commander Ruiz"; "against its allies, Ruiz said" is not his).
    private static bool NamedBeside(Document document, Span speaker, Span group)
    {
        bool after = group.Start >= speaker.End;
        int first = document.TokenAtOrAfter(after ? speaker.End : group.End);
        int end = document.TokenAtOrAfter(after ? group.Start : speaker.Start);
        if (end - first > MaxWordsFromSpeaker)
        {
            return false;
        }

        for (int t = first; t < end; t++)
        {
            var token = document.Tokens[t];
            if ((!after && token.Kind == TokenKind.Punctuation) || SpeechLexicon.IsSpeechVerb(document.Slice(token.Span)))
            {
                return false;
            }
        }

        return true;
    }

    // A group that speaks: the subject a few words before a verb of speaking ("a ministry spokesman said"), or its
    // object after one that does not name a listener ("said the ministry"; "told VOA" does).
    private static bool Speaks(Document document, Span group)
    {
        int before = document.TokenAtOrAfter(group.Start) - 1;
        if (before >= 0 && SpeechLexicon.IsDeterminer(document.Slice(document.Tokens[before].Span)))
        {
            before--;
        }

        if (before >= 0 && SpeechLexicon.IsSpeechVerb(document.Slice(document.Tokens[before].Span)))
        {
            return !SpeechLexicon.NamesListener(document.Slice(document.Tokens[before].Span));
        }

        int end = document.TokenAtOrAfter(group.End);
        for (int t = end; t < Math.Min(end + MaxWordsToVerb, document.Tokens.Length); t++)
        {
            var token = document.Tokens[t];
            if (token.Kind == TokenKind.Punctuation)
            {
                return false;
            }

            if (SpeechLexicon.IsSpeechVerb(document.Slice(token.Span)))
            {
                return true;
            }
        }

        return false;
    }
}
