using System.Collections.Immutable;

namespace Chronicle.Documents;

/// <summary>
/// One article's clean text and the layers of annotation added to it; immutable, so each stage returns a new document.
/// </summary>
public sealed record Document
{
    private Document(Article article)
    {
        Article = article;
    }

    public Article Article { get; }

    public string Text => Article.Text;

    /// <summary>The layers present; a stage may only read a layer listed here.</summary>
    public Layer Layers { get; private init; } = Layer.Article;

    public ImmutableArray<Sentence> Sentences { get; private init; } = [];

    public ImmutableArray<Token> Tokens { get; private init; } = [];

    public ImmutableArray<Entity> Entities { get; private init; } = [];

    public ImmutableArray<TimeExpression> Times { get; private init; } = [];

    public ImmutableArray<Quote> Quotes { get; private init; } = [];

    public ImmutableArray<Quantity> Quantities { get; private init; } = [];

    public ImmutableArray<Event> Events { get; private init; } = [];

    public static Document FromArticle(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        foreach (var section in article.Sections)
        {
            CheckSpan(article.Text, section.Span);
        }

        return new Document(article);
    }

    public bool Has(Layer layers) => (Layers & layers) == layers;

    /// <summary>The text a span covers.</summary>
    public string this[Span span] => Text.Substring(span.Start, span.Length);

    public ReadOnlySpan<char> Slice(Span span) => Text.AsSpan(span.Start, span.Length);

    public Document WithLanguage(ImmutableArray<Sentence> sentences, ImmutableArray<Token> tokens)
    {
        foreach (var token in tokens)
        {
            CheckSpan(Text, token.Span);
        }

        return this with { Sentences = sentences, Tokens = tokens, Layers = Layers | Layer.Sentences | Layer.Tokens };
    }

    public Document WithEntities(ImmutableArray<Entity> entities)
    {
        foreach (var entity in entities)
        {
            foreach (var mention in entity.Mentions)
            {
                CheckSpan(Text, mention);
            }
        }

        return this with { Entities = entities, Layers = Layers | Layer.Entities };
    }

    /// <summary>The same entities with their gazetteer entries filled in.</summary>
    public Document WithPlaces(ImmutableArray<Entity> entities)
    {
        if (entities.Length != Entities.Length)
        {
            throw new ArgumentException("Place resolution must keep every entity.", nameof(entities));
        }

        return WithEntities(entities) with { Layers = Layers | Layer.Places };
    }

    public Document WithTimes(ImmutableArray<TimeExpression> times)
    {
        foreach (var time in times)
        {
            CheckSpan(Text, time.Span);
        }

        return this with { Times = times, Layers = Layers | Layer.Times };
    }

    public Document WithQuotes(ImmutableArray<Quote> quotes)
    {
        foreach (var quote in quotes)
        {
            CheckSpan(Text, quote.Span);
            if (quote.Cue is { } cue)
            {
                CheckSpan(Text, cue);
            }
        }

        return this with { Quotes = quotes, Layers = Layers | Layer.Quotes };
    }

    public Document WithQuantities(ImmutableArray<Quantity> quantities)
    {
        foreach (var quantity in quantities)
        {
            CheckSpan(Text, quantity.Span);
        }

        return this with { Quantities = quantities, Layers = Layers | Layer.Quantities };
    }

    public Document WithEvents(ImmutableArray<Event> events)
    {
        foreach (var evidence in events.SelectMany(e => e.Evidence))
        {
            CheckSpan(Text, evidence);
        }

        return this with { Events = events, Layers = Layers | Layer.Events };
    }

    public Entity? FindEntity(EntityId id)
    {
        foreach (var entity in Entities)
        {
            if (entity.Id == id)
            {
                return entity;
            }
        }

        return null;
    }

    /// <summary>The index of the sentence that contains a position, or -1.</summary>
    public int SentenceAt(int position)
    {
        int low = 0, high = Sentences.Length - 1;
        while (low <= high)
        {
            int mid = (low + high) >>> 1;
            var span = Sentences[mid].Span;
            if (position < span.Start)
            {
                high = mid - 1;
            }
            else if (position >= span.End)
            {
                low = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    /// <summary>The index of the first token that starts at or after a position (the token count when there is none).</summary>
    public int TokenAtOrAfter(int position)
    {
        int low = 0, high = Tokens.Length;
        while (low < high)
        {
            int mid = (low + high) >>> 1;
            if (Tokens[mid].Span.Start < position)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    private static void CheckSpan(string text, Span span)
    {
        if (span.End > text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(span), $"Span {span} runs past the end of the text ({text.Length}).");
        }
    }
}
