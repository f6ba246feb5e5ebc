using System.Collections.Immutable;
using Chronicle.Documents;
using Chronicle.Pipeline;

namespace Chronicle.Quantities;

/// <summary>Finds counted amounts ("approximately 900 troops", "dozens of personnel") with their unit and whether they are estimates.</summary>
/// <remarks>
/// Elliptical counts borrow the unit of the count they are coordinated with: in "approximately 900 troops in Syria
/// and 2500 in Iraq" the bare "2500" is 2500 troops, and the hedge before the first number scopes over the whole
/// coordination, so both counts are approximate unless the second carries its own hedge.
/// </remarks>
public sealed class QuantityTagger : IStage
{
    private const int MaxModifiers = 4;
    private const int MaxEllipsisDistance = 8;

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Hedges = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "approximately", "about", "around", "nearly", "almost", "some", "roughly", "over", "under", "estimated",
        "approx", "approx.", "circa", "ca.",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // Two-word hedges, read backwards from the number: "more than", "at least".
    private static readonly (string First, string Second)[] PairHedges =
    [
        ("more", "than"), ("less", "than"), ("fewer", "than"), ("at", "least"), ("at", "most"), ("up", "to"),
        ("close", "to"), ("upwards", "of"), ("as", "many"), ("just", "over"), ("just", "under"), ("an", "estimated"),
    ];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Modifiers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "enemy", "additional", "more", "other", "foreign", "local", "civilian", "military", "armed", "unarmed",
        "innocent", "young", "elderly", "active-duty", "active", "reserve", "allied", "coalition", "government",
        "security", "police", "army", "rebel", "opposition", "international", "suspected", "alleged", "total",
        "new", "further", "unidentified", "unknown", "senior", "junior", "former", "wounded", "injured", "dead",
        "displaced", "killed", "missing", "fellow", "u.s.", "american", "british", "french", "russian",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Coordinators = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", ",", "while", "plus", "with",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // Words after a number that make it part of a date, a time or a rate rather than a count.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NonCountFollowers = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "a.m.", "p.m.", "am", "pm", "a.m", "p.m", "o'clock", ":", "%", "percent", "per", "gmt", "utc", "st", "nd",
        "rd", "th", "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries",
        "second", "minute", "hour", "day", "week", "month", "year", "decade", "century", "times", "fold",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> YearPrepositions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "in", "since", "by", "until", "till", "from", "of", "during", "before", "after", "through", "to", "and",
        "early", "late", "mid", "the", "year",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // Nouns that a number names rather than counts.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Labels = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "No.", "No", "number", "article", "section", "chapter", "paragraph", "clause", "resolution", "type", "phase",
        "level", "category", "class", "grade", "stage", "round", "flight", "route", "highway", "page", "room",
        "volume", "vol.", "episode", "season", "item", "line", "gate", "terminal", "platform", "sector", "block",
        "unit", "brigade", "division", "battalion", "regiment", "squadron", "district", "ward", "lot", "model", "version",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Months = new HashSet<string>(StringComparer.Ordinal)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.",
        "Nov.", "Dec.", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Name => "quantities";

    public Layer Requires => Layer.Sentences | Layer.Tokens;

    public Layer Assigns => Layer.Quantities;

    public Document Annotate(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var found = ImmutableArray.CreateBuilder<Quantity>();
        foreach (var sentence in document.Sentences)
        {
            TagSentence(document, sentence, found);
        }

        return document.WithQuantities(found.ToImmutable());
    }

    private static void TagSentence(Document document, Sentence sentence, ImmutableArray<Quantity>.Builder found)
    {
        // The last count of the sentence, for ellipsis: its unit, end token and whether a hedge preceded it.
        (string Unit, int EndToken, bool Hedged)? previous = null;
        int i = sentence.FirstToken;
        while (i < sentence.EndToken)
        {
            int numberEnd = ReadNumber(document, i, sentence.EndToken, out double value, out bool vague);
            if (numberEnd <= i || IsNotACount(document, sentence, i, numberEnd, value))
            {
                i++;
                continue;
            }

            int hedgeStart = HedgeStart(document, sentence, i);
            bool hedged = hedgeStart < i;
            int head = FindHead(document, numberEnd, sentence.EndToken, value, vague);
            if (head >= 0)
            {
                var span = new Span(document.Tokens[hedgeStart].Span.Start, document.Tokens[head].Span.End);
                var unit = document[document.Tokens[head].Span].ToLowerInvariant();
                found.Add(new Quantity { Span = span, Value = value, Unit = unit, Approximate = hedged || vague });
                previous = (unit, head + 1, hedged || vague);
                i = head + 1;
                continue;
            }

            if (previous is { } earlier && IsElliptical(document, earlier.EndToken, hedgeStart, numberEnd, sentence.EndToken)
                && !IsYearLike(document, i, numberEnd, value))
            {
                var span = new Span(document.Tokens[hedgeStart].Span.Start, document.Tokens[numberEnd - 1].Span.End);
                found.Add(new Quantity { Span = span, Value = value, Unit = earlier.Unit, Approximate = hedged || vague || earlier.Hedged });
                previous = earlier with { EndToken = numberEnd };
            }

            i = numberEnd;
        }
    }

    /// <summary>Reads the longest number starting at a token; returns the token after it, or <paramref name="start"/> when there is none.</summary>
    private static int ReadNumber(Document document, int start, int end, out double value, out bool vague)
    {
        var reader = new NumberWords.Reader();
        int good = start;
        value = 0;
        vague = false;
        for (int t = start; t < end; t++)
        {
            var token = document.Tokens[t];
            if (token.Kind is TokenKind.Punctuation or TokenKind.Symbol || !reader.Add(document.Slice(token.Span)))
            {
                break;
            }

            if (reader.TryGet(out double v, out bool isVague))
            {
                good = t + 1;
                value = v;
                vague = isVague;
            }
        }

        return good;
    }

    private static bool IsNotACount(Document document, Sentence sentence, int start, int end, double value)
    {
        var tokens = document.Tokens;
        if (start > sentence.FirstToken)
        {
            var before = document.Slice(tokens[start - 1].Span);
            // "$5 million", "No. 3", "#2", "January 4", "Article 24", "type 2"
            if (before is "$" or "#" or "\u20AC" or "\u00A3" || Labels.Contains(before)
                || Months.Contains(before))
            {
                return true;
            }
        }

        if (end < sentence.EndToken)
        {
            var after = document.Slice(tokens[end].Span);
            if (NonCountFollowers.Contains(after)
                || Months.Contains(after)
                || after.StartsWith("P.M", StringComparison.OrdinalIgnoreCase)
                || after.StartsWith("A.M", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return IsYearLike(document, start, end, value) && start > sentence.FirstToken
            && YearPrepositions.Contains(document.Slice(tokens[start - 1].Span));
    }

    private static bool IsYearLike(Document document, int start, int end, double value)
    {
        var token = document.Tokens[start];
        return end == start + 1 && token.Kind == TokenKind.Number && token.Span.Length == 4
            && value is >= 1000 and <= 2100;
    }

    private static int HedgeStart(Document document, Sentence sentence, int number)
    {
        var tokens = document.Tokens;
        if (number - 1 >= sentence.FirstToken && Hedges.Contains(document.Slice(tokens[number - 1].Span)))
        {
            // "an estimated" and "just over" are pairs whose second word is itself a hedge.
            return number - 2 >= sentence.FirstToken && IsPair(document, number - 2, number - 1) ? number - 2 : number - 1;
        }

        if (number - 2 >= sentence.FirstToken && IsPair(document, number - 2, number - 1))
        {
            return number - 2;
        }

        return number;
    }

    private static bool IsPair(Document document, int first, int second)
    {
        var a = document.Slice(document.Tokens[first].Span);
        var b = document.Slice(document.Tokens[second].Span);
        foreach (var (x, y) in PairHedges)
        {
            if (a.Equals(x, StringComparison.OrdinalIgnoreCase) && b.Equals(y, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The counted noun after a number, skipping "of" after vague counts and adjectives; -1 when there is none.</summary>
    private static int FindHead(Document document, int start, int end, double value, bool vague)
    {
        var tokens = document.Tokens;
        int t = start;
        if (t < end && document.Slice(tokens[t].Span).Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            // "dozens of people", "thousands of troops"; "two of the soldiers" is a part, not a count.
            if (!vague && value < 100)
            {
                return -1;
            }

            t++;
        }

        bool singular = value == 1;
        int head = -1;
        for (int k = t; k < end && k < t + MaxModifiers + 1; k++)
        {
            var word = document.Slice(tokens[k].Span);
            if (tokens[k].Kind != TokenKind.Word)
            {
                break;
            }

            if (CountNouns.IsCountNoun(word, singular))
            {
                // Noun compounds count their last noun ("police officers"); a plural ends the phrase ("people dead").
                head = k;
                if (CountNouns.IsMarkedPlural(word))
                {
                    break;
                }

                continue;
            }

            if (head >= 0)
            {
                break;
            }

            if (Modifiers.Contains(word) || IsNameLike(word))
            {
                continue;
            }

            if (!singular && IsPluralNoun(word))
            {
                return NonCountFollowers.Contains(word) ? -1 : k;
            }

            break;
        }

        return head;
    }

    // "U.S.", "Iraqi", "Iran-backed": proper adjectives before the counted noun.
    private static bool IsNameLike(ReadOnlySpan<char> word) =>
        char.IsUpper(word[0]) || word.EndsWith("-backed", StringComparison.OrdinalIgnoreCase)
        || word.EndsWith("-led", StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotPluralNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "was", "has", "is", "does", "says", "goes", "this", "its", "thus", "whereas", "plus", "across", "always",
        "perhaps", "besides", "towards", "afterwards", "sometimes", "unless", "less", "news", "whose", "yes",
        "his", "hers", "ours", "yours", "theirs", "as", "us", "seems", "remains", "lies",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsPluralNoun(ReadOnlySpan<char> word) =>
        word.Length >= 4 && char.IsLower(word[0]) && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i')
        && !NotPluralNouns.Contains(word);

    private static bool IsElliptical(Document document, int previousEnd, int numberStart, int numberEnd, int sentenceEnd)
    {
        if (numberStart - previousEnd > MaxEllipsisDistance || numberStart <= previousEnd)
        {
            return false;
        }

        var before = document.Slice(document.Tokens[numberStart - 1].Span);
        if (!Coordinators.Contains(before))
        {
            return false;
        }

        // The bare number must end its phrase: "2500 in Iraq", "2500.", not "2500 dollars".
        if (numberEnd >= sentenceEnd)
        {
            return true;
        }

        var next = document.Tokens[numberEnd];
        return next.Kind == TokenKind.Punctuation || char.IsLower(document.Text[next.Span.Start])
            && !IsPluralNoun(document.Slice(next.Span));
    }
}
