using Chronicle.Documents;

namespace Chronicle.Quotes;

/// <summary>Finds the cue and speaker phrase of direct quotes, and reported speech with its content clause.</summary>
internal sealed class Attributions
{
    private const int MaxPhraseTokens = 8;
    private const int MaxTrailingTokens = 6;
    private const int MaxApposedTokens = 24;
    private const int MaxNameTokens = 5;

    private readonly QuoteText _source;
    private readonly List<MarkedQuote> _marked;
    private readonly HashSet<int> _usedCues = [];

    // Which characters the marked quotes cover, marks included: asked of nearly every token, so worked out once.
    private readonly bool[] _quoted;

    public Attributions(QuoteText source, List<MarkedQuote> marked)
    {
        _source = source;
        _marked = marked;
        _quoted = new bool[source.Text.Length];
        foreach (var quote in marked)
        {
            _quoted.AsSpan(quote.Outer.Start, quote.Outer.Length).Fill(true);
        }
    }

    /// <summary>Every direct quote with its cue and speaker phrase, then every reported statement.</summary>
    public List<QuoteCandidate> FindAll()
    {
        var found = new List<QuoteCandidate>();
        for (int q = 0; q < _marked.Count; q++)
        {
            var quote = _marked[q];
            if (!IsSpeech(quote))
            {
                continue;
            }

            found.Add(Direct(q));
        }

        found.AddRange(Reported());
        found.Sort((a, b) => a.Content.Start.CompareTo(b.Content.Start));
        return found;
    }

    // A single quoted word is a name or a scare quote, not speech.
    private bool IsSpeech(MarkedQuote quote) => CountWords(quote.Content) >= 2;

    private QuoteCandidate Direct(int q)
    {
        var quote = _marked[q];
        int openToken = _source.TokenAtOrAfter(quote.OpenMark);
        var candidate = new QuoteCandidate(quote.Content, QuoteKind.Direct, null, null, quote.Outer);

        if (quote.IsClosed && After(q) is { } after)
        {
            return Use(candidate, after);
        }

        var openSentence = _source.SentenceOf(openToken);
        int frameStart = openSentence.FirstToken;
        if (q > 0 && _marked[q - 1].IsClosed)
        {
            frameStart = Math.Max(frameStart, _source.TokenAtOrAfter(_marked[q - 1].CloseMark + 1));
        }

        if (Before(frameStart, openToken) is { } before)
        {
            // "Nadir said the army would “not retreat”" also reports a clause, so the cue stays free for it.
            bool reportsClause = before.CueEnd < openToken && _source.IsWordLike(before.CueEnd);
            return Use(candidate, before, claimCue: !reportsClause);
        }

        // "... as the spokesman told reporters:" closing one paragraph introduces the quote that opens the next.
        if (openToken > 0 && _source.IsMark(openToken - 1, ':') && openToken == openSentence.FirstToken)
        {
            var intro = _source.SentenceOf(openToken - 1);
            if (Before(intro.FirstToken, openToken - 1) is { } colon)
            {
                return Use(candidate, colon);
            }

            return candidate with { SpeakerPhrase = Subject(intro.FirstToken, intro.EndToken) };
        }

        // A quote carries on the attribution of the sentence before only when it opens a sentence itself; a
        // partial quote carries on one earlier in its own sentence ("noted that a “coalition” needs “security”").
        bool sameSentence = q > 0 && _marked[q - 1].OpenMark >= openSentence.Span.Start && IsSpeech(_marked[q - 1]);
        return candidate with { ContinuesPrevious = sameSentence || OpensSentence(openToken, openSentence) };
    }

    // "…," said Ryder / "…," Ryder said / "…," according to Ryder: the cue follows the closing mark.
    private (int CueFirst, int CueEnd, Span? Speaker)? After(int q)
    {
        var quote = _marked[q];
        int first = _source.TokenAtOrAfter(quote.CloseMark + 1);
        if (first >= _source.Tokens.Length || _source.Tokens[first].Span.Start >= SentenceEndOf(quote.CloseMark))
        {
            return null;
        }

        var sentence = _source.SentenceOf(first);
        int end = sentence.EndToken;
        if (q + 1 < _marked.Count)
        {
            end = Math.Min(end, _source.TokenAtOrAfter(_marked[q + 1].OpenMark));
        }

        if (first < end && (_source.IsMark(first, ',') || _source.IsMark(first, '\u2014')))
        {
            first++;
        }

        if (first < end && TryCue(first, end, out int cueEnd))
        {
            return SpeakerFollowsCue(first) ? (first, cueEnd, PhraseAfter(cueEnd, end)) : null;
        }

        // "…," Ryder said / "…," Michael McCaul, a former committee chairman, told VOA.
        int apposition = -1;
        for (int k = first + 1; k < Math.Min(end, first + MaxApposedTokens); k++)
        {
            if (TryCue(k, end, out cueEnd))
            {
                if (apposition < 0)
                {
                    var phrase = PhraseBefore(k, first, out int phraseStart);
                    return phraseStart == first ? (k, cueEnd, phrase) : null;
                }

                return IsAside(k - 1) ? (k, cueEnd, _source.SpanOf(first, apposition)) : null;
            }

            if (IsAside(k) && apposition < 0 && k - first <= MaxPhraseTokens)
            {
                apposition = k;
            }
            else if (!_source.IsWordLike(k) && !IsAside(k))
            {
                return null;
            }
        }

        return null;
    }

    // Ryder said, "…" / The United States, he declared, does "…": the last cue before the opening mark.
    private (int CueFirst, int CueEnd, Span? Speaker)? Before(int frameStart, int openToken)
    {
        for (int k = openToken - 1; k >= frameStart; k--)
        {
            if (_usedCues.Contains(k) || !TryCue(k, openToken, out int cueEnd))
            {
                continue;
            }

            var phrase = IsAdjunctParticiple(k, frameStart)
                ? ParticipleSpeaker(k, frameStart)
                : PhraseBefore(k, frameStart, out _);
            if (phrase is null && SpeakerFollowsCue(k) && PhraseAfter(cueEnd, openToken) is { } after
                && _source.TokenAtOrAfter(after.End) >= openToken - 1)
            {
                // "Said Ryder: “…”": only when nothing but a colon or comma separates the name from the quote.
                phrase = after;
            }

            return (k, cueEnd, phrase);
        }

        return null;
    }

    // The splitter may glue a straight opening mark to the sentence before, so a mark right after a full stop
    // opens a sentence too.
    private bool OpensSentence(int openToken, Sentence sentence) =>
        openToken == sentence.FirstToken
        || _source.IsMark(openToken - 1, '.') || _source.IsMark(openToken - 1, '!') || _source.IsMark(openToken - 1, '?');

    private QuoteCandidate Use(QuoteCandidate candidate, (int CueFirst, int CueEnd, Span? Speaker) found, bool claimCue = true)
    {
        if (claimCue)
        {
            _usedCues.Add(found.CueFirst);
        }

        return candidate with { Cue = _source.SpanOf(found.CueFirst, found.CueEnd), SpeakerPhrase = found.Speaker };
    }

    private IEnumerable<QuoteCandidate> Reported()
    {
        var document = _source.Document;
        foreach (var sentence in document.Sentences)
        {
            for (int k = sentence.FirstToken; k < sentence.EndToken; k++)
            {
                // An appeal ("called for a ceasefire") names what is wanted, not a reported statement.
                if (_usedCues.Contains(k) || InsideMarkedQuote(k) || !TryCue(k, sentence.EndToken, out int cueEnd)
                    || SpeechLexicon.IsAppealVerb(_source.Word(k)))
                {
                    continue;
                }

                if (ReportedAt(sentence, k, cueEnd) is { } reported && !MostlyDirect(reported.Content))
                {
                    _usedCues.Add(k);
                    yield return reported;
                    break;
                }
            }
        }
    }

    private QuoteCandidate? ReportedAt(Sentence sentence, int cue, int cueEnd)
    {
        int start = sentence.FirstToken;
        int end = ContentEnd(sentence);
        var cueSpan = _source.SpanOf(cue, cueEnd);
        var outer = sentence.Span;

        if (IsAccordingTo(cue))
        {
            // "According to X, CONTENT" or "CONTENT, according to X".
            if (cue == start)
            {
                int comma = NextMark(cueEnd, end, ',');
                return comma < 0 || comma + 1 >= end
                    ? null
                    : Reported(comma + 1, end, cueSpan, PhraseAfter(cueEnd, comma), outer);
            }

            return _source.IsMark(cue - 1, ',') && cue - 1 > start
                ? Reported(start, cue - 1, cueSpan, PhraseAfter(cueEnd, end), outer)
                : null;
        }

        var before = PhraseBefore(cue, start, out int phraseStart);
        bool commaBefore = phraseStart > start && _source.IsMark(phraseStart - 1, ',');

        // "CONTENT, the Pentagon said, CONTENT."
        if (before is not null && commaBefore && cueEnd < end && _source.IsMark(cueEnd, ','))
        {
            return Reported(start, end, cueSpan, before, outer);
        }

        // "CONTENT, the Pentagon said (on Thursday)." and "CONTENT, said the Pentagon."
        if (before is not null && commaBefore && IsTail(cueEnd, end))
        {
            return Reported(start, phraseStart - 1, cueSpan, before, outer);
        }

        // "Farai Marapira, the party's information director, said he expected ...": a name set off by an aside
        // before the cue is the speaker, and what follows the cue is the content, not a speaker placed after it.
        bool namedBeforeAside = before is { } named && _source.IsMark(cue - 1, ',') && NamesEntity(named);
        if (cue > start + 1 && _source.IsMark(cue - 1, ',') && SpeakerFollowsCue(cue) && !namedBeforeAside
            && PhraseAfter(cueEnd, end) is { } after && IsTail(_source.TokenAtOrAfter(after.End), end))
        {
            return Reported(start, cue - 1, cueSpan, after, outer);
        }

        // "X said (that) CONTENT", "X told reporters (that) CONTENT".
        int contentStart = AfterThat(cueEnd, end);
        if (contentStart < 0)
        {
            if (!SpeechLexicon.TakesBareClause(_source.Word(cue)))
            {
                return null;
            }

            contentStart = cueEnd;
        }

        if (contentStart >= end || !_source.IsWordLike(contentStart) || SpeechLexicon.IsFiniteVerb(_source.Word(contentStart)))
        {
            // A colon or an opening mark: the content is a direct quote, found on its own; a verb ("that he says
            // are neglected"): the cue sits in a relative clause and reports nothing.
            return null;
        }

        if (IsAdjunctParticiple(cue, start))
        {
            before = ParticipleSpeaker(cue, start);
        }

        return Reported(contentStart, end, cueSpan, before, outer);
    }

    private QuoteCandidate? Reported(int first, int end, Span cue, Span? speaker, Span outer) =>
        end - first < 3 || CountWords(_source.SpanOf(first, end)) < 3
            ? null
            : new QuoteCandidate(_source.SpanOf(first, end), QuoteKind.Indirect, cue, speaker, outer);

    /// <summary>Whether a token starts a speech cue, and where the cue ends ("told reporters", "according to").</summary>
    private bool TryCue(int k, int end, out int cueEnd)
    {
        cueEnd = k + 1;
        if (IsAccordingTo(k))
        {
            cueEnd = k + 2;
            return true;
        }

        var word = _source.Word(k);
        if (SpeechLexicon.IsAppealVerb(word) && k + 1 < end && SpeechLexicon.IsAppealParticle(_source.Word(k + 1)))
        {
            // "called for a ceasefire", "called on China to ...": an appeal is speech.
            cueEnd = k + 2;
            return _source.IsLowerCase(k);
        }

        if (!_source.IsLowerCase(k) || !SpeechLexicon.IsSpeechVerb(word)
            || (k > 0 && SpeechLexicon.IsPassiveAuxiliary(_source.Word(k - 1))))
        {
            // "has been told" makes the subject the listener, not the speaker.
            return false;
        }

        if (SpeechLexicon.NamesListener(word))
        {
            // The listener belongs to the cue: "told reporters", "told The Associated Press".
            while (cueEnd < end && cueEnd - k <= 4 && _source.IsWordLike(cueEnd)
                   && (SpeechLexicon.IsAudience(_source.Word(cueEnd)) || !_source.IsLowerCase(cueEnd))
                   && !_source.Word(cueEnd).Equals("that", StringComparison.OrdinalIgnoreCase))
            {
                cueEnd++;
            }

            while (cueEnd > k + 1 && SpeechLexicon.IsDeterminer(_source.Word(cueEnd - 1)))
            {
                cueEnd--;
            }

            return cueEnd > k + 1;
        }

        return true;
    }

    private bool IsAccordingTo(int k) =>
        k + 1 < _source.Tokens.Length
        && _source.Word(k).Equals("according", StringComparison.OrdinalIgnoreCase)
        && _source.Word(k + 1).Equals("to", StringComparison.Ordinal);

    private bool SpeakerFollowsCue(int cue) => IsAccordingTo(cue) || !SpeechLexicon.NamesListener(_source.Word(cue));

    /// <summary>The noun phrase ending just before a cue, stepping over adverbs and a parenthesis between commas.</summary>
    private Span? PhraseBefore(int cue, int limit, out int phraseStart)
    {
        int j = cue - 1;
        while (j >= limit && SpeechLexicon.IsIntervener(_source.Word(j)))
        {
            j--;
        }

        if (j > limit && IsAside(j))
        {
            // "U.S. Central Command, which oversees operations in the region, said": skip the aside.
            int open = j - 1;
            while (open > limit && open > j - MaxApposedTokens && !IsAside(open) && !InsideMarkedQuote(open))
            {
                open--;
            }

            if (open > limit && IsAside(open) && !InsideMarkedQuote(open))
            {
                // "the leader of the movement, Florence Ozor, said": a person's name that is the whole aside is the speaker.
                var aside = _source.SpanOf(open + 1, j);
                if (j - open - 1 <= MaxNameTokens && IsPersonName(aside))
                {
                    phraseStart = open + 1;
                    return aside;
                }

                j = open - 1;
            }
            else
            {
                j = limit - 1;
            }
        }

        int last = j;
        while (j >= limit && last - j < MaxPhraseTokens && _source.IsWordLike(j) && !SpeechLexicon.IsBoundary(_source.Word(j)))
        {
            j--;
        }

        phraseStart = j + 1;
        return phraseStart <= last ? _source.SpanOf(phraseStart, last + 1) : null;
    }

    private bool IsPersonName(Span phrase) =>
        _source.Document.Entities.Any(entity => entity.Type == EntityType.Person && entity.Mentions.Contains(phrase));

    private bool NamesEntity(Span phrase)
    {
        foreach (var entity in _source.Document.Entities)
        {
            if (entity.Type is EntityType.Person or EntityType.Org or EntityType.Gpe or EntityType.Norp
                && entity.Mentions.Any(mention => mention.Overlaps(phrase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The noun phrase starting at a token: said "Pentagon Spokesperson General Ryder", according to "officials".</summary>
    private Span? PhraseAfter(int first, int end)
    {
        int j = first;
        while (j < end && j - first < MaxPhraseTokens && _source.IsWordLike(j) && !SpeechLexicon.IsBoundary(_source.Word(j)))
        {
            j++;
        }

        return j > first ? _source.SpanOf(first, j) : null;
    }

    // ", saying" hangs off the main clause; "groups arguing" without the comma has its speaker right before it.
    private bool IsAdjunctParticiple(int cue, int start) =>
        SpeechLexicon.IsParticiple(_source.Word(cue)) && cue > start && IsAside(cue - 1);

    /// <summary>
    /// Who speaks through a participle: the speaker of the main clause's cue ("Rubio said, adding that"), else the
    /// subject of the clause ("officials warned of a resurgence, saying").
    /// </summary>
    private Span? ParticipleSpeaker(int participle, int start)
    {
        for (int k = participle - 1; k >= start; k--)
        {
            if (!InsideMarkedQuote(k) && TryCue(k, participle, out int cueEnd))
            {
                return PhraseBefore(k, start, out _) ?? (SpeakerFollowsCue(k) ? PhraseAfter(cueEnd, participle) : null);
            }
        }

        while (start < participle && InsideMarkedQuote(start))
        {
            start++;
        }

        return Subject(start, participle);
    }

    /// <summary>The subject at the start of a clause, up to its first boundary word or past-tense verb.</summary>
    private Span? Subject(int first, int end)
    {
        while (first < end && !_source.IsWordLike(first))
        {
            first++;
        }

        int j = first;
        while (j < end && j - first < MaxPhraseTokens && _source.IsWordLike(j) && !SpeechLexicon.IsBoundary(_source.Word(j))
               && !(_source.IsLowerCase(j) && _source.Word(j).EndsWith("ed", StringComparison.Ordinal)))
        {
            j++;
        }

        return j > first ? _source.SpanOf(first, j) : null;
    }

    // Commas and dashes set off an apposition or an aside between a speaker and the cue.
    private bool IsAside(int token) =>
        _source.IsMark(token, ',') || _source.IsMark(token, '\u2014') || _source.IsMark(token, '\u2013');

    private bool IsTail(int from, int end) => end - from <= MaxTrailingTokens && NextWord(from, end, "that") < 0;

    private int AfterThat(int cueEnd, int end)
    {
        int that = NextWord(cueEnd, Math.Min(end, cueEnd + MaxTrailingTokens), "that");
        return that < 0 ? -1 : that + 1;
    }

    private int NextWord(int from, int end, string word)
    {
        for (int k = from; k < end; k++)
        {
            if (_source.Word(k).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return k;
            }

            if (!_source.IsWordLike(k) && !_source.IsMark(k, ','))
            {
                return -1;
            }
        }

        return -1;
    }

    private int NextMark(int from, int end, char mark)
    {
        for (int k = from; k < end; k++)
        {
            if (_source.IsMark(k, mark))
            {
                return k;
            }
        }

        return -1;
    }

    // The content runs to the end of the sentence, without its final stop and closing marks.
    private int ContentEnd(Sentence sentence)
    {
        int end = sentence.EndToken;
        while (end > sentence.FirstToken && !_source.IsWordLike(end - 1))
        {
            end--;
        }

        return end;
    }

    private int SentenceEndOf(int position)
    {
        int index = _source.Document.SentenceAt(position);
        return index >= 0 ? _source.Document.Sentences[index].Span.End : position;
    }

    private bool InsideMarkedQuote(int token) => _quoted[_source.Tokens[token].Span.Start];

    // Reported content that is mostly a direct quote is that quote, already found.
    private bool MostlyDirect(Span content)
    {
        int covered = 0;
        foreach (var quote in _marked)
        {
            if (quote.Outer.Overlaps(content))
            {
                covered += Math.Min(quote.Outer.End, content.End) - Math.Max(quote.Outer.Start, content.Start);
            }
        }

        return covered * 2 > content.Length;
    }

    private int CountWords(Span span)
    {
        int count = 0;
        for (int k = _source.TokenAtOrAfter(span.Start); k < _source.Tokens.Length && _source.Tokens[k].Span.End <= span.End; k++)
        {
            if (_source.Tokens[k].Kind == TokenKind.Word)
            {
                count++;
            }
        }

        return count;
    }
}
