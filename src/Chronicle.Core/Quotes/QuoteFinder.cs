using Chronicle.Documents;
using Chronicle.Pipeline;

namespace Chronicle.Quotes;

/// <summary>Finds direct and reported speech, its cue and its speaker's entity; stateless, so safe across threads.</summary>
public sealed class QuoteFinder : IStage
{
    public string Name => "quotes";

    public Layer Requires => Layer.Sentences | Layer.Tokens | Layer.Entities;

    public Layer Assigns => Layer.Quotes;

    public Document Annotate(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!document.Has(Requires))
        {
            throw new ArgumentException($"The quote finder needs the layers {Requires}.", nameof(document));
        }

        return document.WithQuotes([.. Find(document).Select(found => found.Quote)]);
    }

    internal static List<FoundQuote> Find(Document document)
    {
        var source = new QuoteText(document);
        var marked = QuoteMarks.Find(source);
        var candidates = new Attributions(source, marked).FindAll();
        var resolver = new SpeakerResolver(source, [.. marked.Select(quote => quote.Outer)]);
        var found = new List<FoundQuote>(candidates.Count);
        PreviousQuote? previous = null;
        (QuoteCandidate Candidate, FoundQuote Found)? last = null;
        foreach (var candidate in candidates)
        {
            var quote = new Quote
            {
                Id = new QuoteId(found.Count + 1),
                Span = candidate.Content,
                Kind = candidate.Kind,
                Cue = candidate.Cue,
            };
            var result = new FoundQuote(quote, candidate.SpeakerPhrase);
            if (candidate.ContinuesPrevious)
            {
                // A quote split by its cue, or one that follows straight on from attributed speech, keeps the
                // speaker and cue.
                if (last is var (before, earlier)
                    && source.SentenceIndexOf(candidate.Outer.Start) - source.SentenceIndexOf(before.Outer.End - 1) <= 1)
                {
                    result = new FoundQuote(
                        quote with { Cue = earlier.Quote.Cue, Speaker = earlier.Quote.Speaker },
                        earlier.SpeakerPhrase);
                }
            }
            else if (candidate.SpeakerPhrase is { } phrase)
            {
                result = result with { Quote = quote with { Speaker = resolver.Resolve(phrase, previous) } };
            }

            found.Add(result);
            previous = new PreviousQuote(candidate.Outer, result.Quote.Speaker);
            last = (candidate, result);
        }

        return found;
    }
}
