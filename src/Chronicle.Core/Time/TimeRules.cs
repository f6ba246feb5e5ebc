using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using Chronicle.Documents;
using Chronicle.Quantities;

namespace Chronicle.Time;

/// <summary>The patterns that find time expressions and the code that turns each match into a TIMEX3 value.</summary>
/// <remarks>Each rule is one compiled regular expression over the whole text; the tagger keeps the leftmost-longest proposals.</remarks>
internal static class TimeRules
{
    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private const string MonthName =
        @"(?<![\w.])(?<month>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sep(?:tember|t\.|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)(?![a-z])";

    private const string Day = @"(?<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:])";

    private const string Year = @"(?<year>1[5-9]\d\d|20\d\d)(?!\d)";

    private const string Weekday = @"(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![a-z])";

    private const string Mod = @"(?<mod>(?i:early|late|mid|(?:the\s+)?(?:start|beginning|middle|end)\s+of))(?:-|\s+)";

    private const string QuantityMod =
        @"(?<qmod>(?i:more\s+than|less\s+than|fewer\s+than|no\s+more\s+than|nearly|almost|about|approximately|around|roughly|some|over|under|at\s+least|at\s+most|up\s+to|just\s+over|just\s+under|upwards\s+of))\s+(?!(?i:the)\s)";

    private const string NumberWord =
        @"(?<num>\d+(?:\.\d+)?|(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a\s+dozen|a\s+hundred|one\s+hundred|a|an)|(?<vague>(?i:a\s+few|several|a\s+couple\s+of|few|many)))";

    private const string Unit =
        @"(?<unit>(?i:second|minute|hour|day|week|fortnight|month|year|decade|centur(?:y|ie)))";

    private const string SeasonName = @"(?<season>(?i:spring|summer|autumn|fall|winter))";

    // Prepositions that make a bare "May", "March" or season a date rather than a verb or a noun.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DatePrepositions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "in", "since", "until", "till", "by", "from", "through", "during", "before", "after", "of", "last", "next",
        "this", "early", "late", "mid", "and", "or", "to", "between", "over", "the", "every", "each",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // Hedges and markers before a four-digit number that make it a count or a label, not a year.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotYearBefore = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "about", "approximately", "around", "nearly", "almost", "some", "roughly", "over", "than", "least", "No.",
        "number", "Route", "Highway", "Resolution", "flight", "room", "page", "article", "model", "to",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    // The month names hold these as written: the month patterns match them case-sensitively.
    private static readonly string[] MonthAnchors = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private static readonly string[] WeekdayAnchors = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    // The time units, each by a part without "s" or "k" (see Anchors).
    private static readonly string[] UnitAnchors = ["econd", "minute", "hour", "day", "wee", "fortnight", "month", "year", "decade", "centur"];

    public static readonly Rule[] All =
    [
        new(@"(?<![\w-])(?<year>\d{4})-(?<mon>0[1-9]|1[0-2])-(?<day>0[1-9]|[12]\d|3[01])(?![\w-])", IsoDate),
        new(@"(?<![\w/])(?<mon>1[0-2]|0?[1-9])/(?<day>3[01]|[12]\d|0?[1-9])/(?<year>\d{4})(?![\w/])", IsoDate),
        new($@"(?:{Weekday},?\s+(?:the\s+)?)?(?:{MonthName}\s+{Day}(?:(?:,\s*|\s+){Year})?|(?<![\w.]){Day}\s+(?:of\s+)?{MonthName}(?:,?\s+{Year})?)", MonthDay, new Anchors(MonthAnchors, StringComparison.Ordinal, 17)),
        new($@"(?:{Mod})?(?:(?<rel>(?i:last|next|this))\s+)?{MonthName},?\s+(?:of\s+)?{Year}", MonthYear, new Anchors(MonthAnchors, StringComparison.Ordinal, 19)),
        new($@"(?:{Mod})?(?:(?<rel>(?i:this\s+past|this\s+coming|last|next|this))\s+)?{MonthName}(?!\.?\s*\d)", MonthAlone, new Anchors(MonthAnchors, StringComparison.Ordinal, 25)),
        new($@"(?<![\w-])(?:{Mod})?(?:(?<rel>(?i:this\s+coming|this\s+past|this|last|next|the|past|coming))\s+)?{SeasonName}(?:\s+(?:of\s+)?{Year})?(?![\w-])", SeasonRule, new Anchors(["spring", "summer", "autumn", "fall", "winter"], StringComparison.OrdinalIgnoreCase, 25, "-")),
        new($@"(?<![\w$#\u20AC\u00A3.,])(?:{Mod})?(?:(?i:fiscal)\s+)?{Year}(?![\w%]|[.,]\d|\s*(?i:percent))", BareYear, new Anchors(["1", "2"], StringComparison.Ordinal, 21, "$#\u20AC\u00A3.,")),
        new($@"(?<![\w-])(?:(?i:the)\s+)?(?:{Mod})?(?:(?<cent>1[5-9]|20)(?<dec>\d)0|['\u2019](?<short>\d)0)s(?![\w])", Decade, "0s"),
        new($@"(?<![\w-])(?:{Mod})?(?<ord>\d{{1,2}})(?:st|nd|rd|th)[-\s]+(?i:century)(?![\w])", Century, "century"),
        new($@"(?<![\w-])(?:(?<rel>(?i:last|next|this\s+past|this\s+coming|this|coming|past))\s+)?{Weekday}(?:\s+(?<part>(?i:morning|afternoon|evening|night)))?", WeekdayRule, new Anchors(WeekdayAnchors, StringComparison.Ordinal, 10, "-")),
        new(@"(?<![\w-])(?i:(?<word>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|yesterday|tomorrow|tonight|last\s+night)|(?<word>this|yesterday|tomorrow)\s+(?<part>morning|afternoon|evening))(?![\w-])", Deictic, new Anchors(["today", "yesterday", "tomorrow", "tonight", "night", "morning", "afternoon", "evening"], StringComparison.OrdinalIgnoreCase, 12, "-")),
        new($@"(?<![\w-])(?:(?i:the)\s+)?(?<ord>(?i:first|second|third|fourth|last|final|1st|2nd|3rd|4th))\s+(?<unit>(?i:quarter|half))(?:\s+(?i:of)\s+(?:(?i:the\s+)?(?:(?i:fiscal)\s+)?{Year}|(?<rel>(?i:this|last|next))\s+(?i:year)))?(?![\w-])", QuarterRule, "quarter", "half"),
        new($@"(?<![\w-])(?:{Mod}(?:(?i:of)\s+)?)?(?:(?<pre>(?i:earlier|later))\s+)?(?<rel>(?i:this\s+coming|this\s+past|the\s+past|the\s+last|the\s+next|the\s+coming|this|last|next|past|coming|the))\s+(?<unit>(?i:week|weekend|month|year|decade|century|quarter|fiscal\s+year))(?![\w-])", RelativeUnit, new Anchors(["wee", "month", "year", "decade", "century", "quarter"], StringComparison.OrdinalIgnoreCase, 40, "-")),
        new($@"(?<![\w-])(?:{QuantityMod})?(?:{NumberWord}\s+)?{Unit}s?\s+(?i:ago)(?:\s+(?<ref>(?i:this\s+coming|this\s+past|this|last|next))\s+(?<refunit>(?i:spring|summer|autumn|fall|winter|week|weekend|month|year))|\s+(?<today>(?i:today)))?(?![\w-])", Ago, new Anchors(["ago"], StringComparison.OrdinalIgnoreCase, 36, "-")),
        new($@"(?<![\w-])(?:{QuantityMod})?(?:(?i:the|a|an)\s+)?(?:(?<dir>(?i:past|last|next|coming|first|previous|following|final|remaining|mere|full|additional|further|extra|other))\s+)?{NumberWord}(?:\s+|-){Unit}s?(?!-old|-year-old|[\w-])", Duration, new Anchors(UnitAnchors, StringComparison.OrdinalIgnoreCase, 40, "-")),
        new($@"(?<=(?<![\w-])(?i:for|over|in|within|after|lasting|took|takes|take|taking|spent)\s+){Unit}s(?![\w-])|(?<![\w-]){Unit}s(?=\s+(?i:before|after|later|earlier)(?![\w-]))", VagueDuration, new Anchors(UnitAnchors, StringComparison.OrdinalIgnoreCase, 1, "-")),
        new(@"(?<=(?<![\w-])(?<century>1[5-9]|20)\d\d[-\u2013])(?<short>\d\d)(?![\w-])", YearRangeEnd),
        new(@"(?<![\w:.])(?:(?<qmod>(?i:about|approximately|around|roughly|shortly\s+(?:before|after)|just\s+(?:before|after)))\s+)?(?<clock>(?<h>[01]?\d|2[0-3])(?:[:.](?<m>[0-5]\d))?\s*(?<ap>(?i:a\.m\.|p\.m\.|a\.m|p\.m|am|pm))(?![\w])|(?<h>[01]?\d|2[0-3]):(?<m>[0-5]\d)(?![\d:])|(?<noon>(?i:noon|midday|midnight))(?![\w]))(?:\s*\(?(?<zone>GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|CT|PT|MT|BST|CET|CEST|EET|EEST|MSK|EAT|CAT|WAT|SAST|JST|KST)\)?(?![\w])(?:\s*(?<zsign>[+-])\s*(?<zh>\d{1,2})(?::?(?<zm>\d\d))?)?|\s+(?<zone>(?:[A-Z][\w'.]*\s+){0,2}?[A-Z][\w'.]*)\s+(?i:time)(?![\w])|\s+(?<local>(?i:local\s+time)))?", Clock, new Anchors(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "noon", "midday", "midnight"], StringComparison.OrdinalIgnoreCase, 13, ":.", AnyDigit: true)),
        new(@"(?<![\w-])(?i:(?<past>recently|lately|(?<=(?i:in)\s+)the\s+past|recent\s+(?:days|weeks|months|years|decades|times)|(?<=(?i:at)\s+)the\s+time)|(?<present>now|currently|presently|nowadays|these\s+days|(?<=(?i:at)\s+)present|(?<=(?i:at)\s+)the\s+moment)|(?<future>(?<=(?i:in)\s+)the\s+future|(?:the\s+)?(?:coming|upcoming)\s+(?:days|weeks|months|years|decades)|(?<=(?i:in)\s+)the\s+(?:days|weeks|months|years)\s+ahead))(?![\w-])", Vague, new Anchors(["recent", "lately", "the", "now", "currently", "present", "nowadays", "these", "coming", "upcoming"], StringComparison.OrdinalIgnoreCase, 0, "-")),
        new($@"(?<![\w-])(?:(?i:(?:every|each)\s+(?:(?<other>other)\s+|{NumberWord}\s+)?(?<unit>day|week|month|year|hour|minute|morning|afternoon|evening|night|weekend|spring|summer|autumn|fall|winter|decade|quarter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?)|(?<adv>daily|weekly|monthly|yearly|annually|hourly|nightly|quarterly)|(?i:(?<times>once|twice|thrice|{NumberWord}\s+times)\s+(?:a|an|per|each|every)\s+(?<unit>day|week|month|year|hour|decade)))(?![\w-])", SetRule, new Anchors(["every", "each", "daily", "weekly", "monthly", "yearly", "annually", "hourly", "nightly", "quarterly", "once", "twice", "thrice", "times"], StringComparison.OrdinalIgnoreCase, 13, "-")),
    ];

    /// <summary>One pattern and its normaliser, and words of which every match holds one, if there are such words.</summary>
    internal sealed class Rule
    {
        private readonly SearchValues<string>? _required;

        private readonly Anchors? _anchors;

        private readonly SearchValues<string>? _anchorWords;

        private readonly Regex? _at;

        public Rule(string pattern, Func<Match, TimeContext, int, TimeCandidate?> normalise, params string[] required)
        {
            Pattern = new Regex(pattern, Options);
            Normalise = normalise;
            _required = required.Length == 0 ? null : SearchValues.Create(required, StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>
        /// A rule whose matches are sought only around its anchor words: the patterns open with optional words ("early",
        /// "the", numbers), so the regex engine alone would try a match at almost every position of the text.
        /// </summary>
        public Rule(string pattern, Func<Match, TimeContext, int, TimeCandidate?> normalise, Anchors anchors)
            : this(pattern, normalise)
        {
            _anchors = anchors;
            _anchorWords = SearchValues.Create(anchors.Words, anchors.Comparison);
            _at = new Regex(@"\G(?:" + pattern + ")", Options);
        }

        public Regex Pattern { get; }

        public Func<Match, TimeContext, int, TimeCandidate?> Normalise { get; }

        /// <summary>The matches of the pattern over the text, left to right: the same as the pattern's own scan finds.</summary>
        public IEnumerable<Match> Matches(string text) =>
            _anchors is null || _anchorWords is null || _at is null || (_anchors.AnyDigit && HasOtherDigits(text))
                ? Scan(text)
                : ScanAnchors(text, _anchors, _anchorWords, _at);

        private IEnumerable<Match> Scan(string text)
        {
            // A vectorised search for the required words lets most articles skip the patterns whose optional lead-in
            // (numbers, "a", "the") makes the regex engine try every position.
            if (_required is not null && !text.AsSpan().ContainsAny(_required))
            {
                yield break;
            }

            for (Match m = Pattern.Match(text); m.Success; m = m.NextMatch())
            {
                yield return m;
            }
        }

        private static IEnumerable<Match> ScanAnchors(string text, Anchors anchors, SearchValues<string> words, Regex at)
        {
            // A match starting at or after next holds an anchor at or after the first one found from next, and starts no
            // further back than the lead allows before that anchor; so the positions tried are all a match can start at.
            int next = 0;
            while (next < text.Length)
            {
                int found = text.AsSpan(next).IndexOfAny(words);
                if (found < 0)
                {
                    yield break;
                }

                int anchor = next + found;
                Match? match = null;
                for (int start = LeadStart(text, anchor, next, anchors.Lead); start <= anchor && match is null; start++)
                {
                    if (start > 0 && anchors.NotAfter is { } notAfter && (char.IsLetterOrDigit(text[start - 1]) || notAfter.Contains(text[start - 1], StringComparison.Ordinal)))
                    {
                        continue;
                    }

                    var m = at.Match(text, start);
                    match = m.Success ? m : null;
                }

                if (match is null)
                {
                    next = anchor + 1;
                    continue;
                }

                yield return match;
                next = match.Index + Math.Max(match.Length, 1);
            }
        }

        private static int LeadStart(string text, int anchor, int floor, int lead)
        {
            int start = anchor;
            while (start > floor)
            {
                char c = text[start - 1];
                if (!char.IsWhiteSpace(c) && !char.IsDigit(c))
                {
                    if (lead == 0 || !(char.IsLetter(c) || c is '-' or '.' or ','))
                    {
                        break;
                    }

                    lead--;
                }

                start--;
            }

            return start;
        }

        private static bool HasOtherDigits(string text)
        {
            var rest = text.AsSpan();
            for (int i = rest.IndexOfAnyExceptInRange('\0', '\x7f'); i >= 0; i = rest.IndexOfAnyExceptInRange('\0', '\x7f'))
            {
                if (char.IsDigit(rest[i]))
                {
                    return true;
                }

                rest = rest[(i + 1)..];
            }

            return false;
        }
    }

    /// <summary>Words of which every match of a rule holds one, and how far before such a word a match can start.</summary>
    /// <param name="Words">The anchor words; a word may stand for the end of a longer one ("econd" for "second", as a
    /// case-insensitive "k" also matches the Kelvin sign, which an ordinal comparison does not).</param>
    /// <param name="Comparison">How the words are compared: ordinal where the pattern writes them case-sensitively.</param>
    /// <param name="Lead">The most letters, hyphens, points and commas a match holds before the anchor; spaces and digits
    /// are not counted, as the patterns allow any number of them.</param>
    /// <param name="NotAfter">When the pattern opens with a look-behind that no match starts after a letter, a digit or
    /// one of these characters, the characters; else null.</param>
    /// <param name="AnyDigit">Whether the words stand for the digits of \d, which holds digits beyond 0-9: a text with
    /// such a digit is then scanned whole.</param>
    internal sealed record Anchors(string[] Words, StringComparison Comparison, int Lead, string? NotAfter = null, bool AnyDigit = false);

    private static TimeCandidate Date(Match m, int rule, string value, TimeMod? mod = null, TimeType type = TimeType.Date) =>
        new(new Span(m.Index, m.Index + m.Length), type, value, mod, rule);

    private static TimeCandidate? IsoDate(Match m, TimeContext context, int rule)
    {
        int year = int.Parse(m.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
        int month = int.Parse(m.Groups["mon"].ValueSpan, CultureInfo.InvariantCulture);
        int day = int.Parse(m.Groups["day"].ValueSpan, CultureInfo.InvariantCulture);
        return year >= 1 && day <= DateTime.DaysInMonth(year, month) ? Date(m, rule, Calendar.Day(new DateOnly(year, month, day))) : null;
    }

    private static TimeCandidate? MonthDay(Match m, TimeContext context, int rule)
    {
        int month = MonthNumber(m.Groups["month"].ValueSpan);
        int day = int.Parse(m.Groups["day"].ValueSpan, CultureInfo.InvariantCulture);
        if (m.Groups["year"].Success)
        {
            int year = int.Parse(m.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
            return day <= DateTime.DaysInMonth(year, month) ? Date(m, rule, Calendar.Day(new DateOnly(year, month, day))) : null;
        }

        if (day > DateTime.DaysInMonth(2000, month))
        {
            return null;
        }

        if (context.Published is not { } published)
        {
            return Date(m, rule, $"XXXX-{month:00}-{day:00}");
        }

        // Without a year the date is the occurrence nearest the publication date.
        DateOnly? best = null;
        for (int year = published.Year - 1; year <= published.Year + 1; year++)
        {
            if (day > DateTime.DaysInMonth(year, month))
            {
                continue;
            }

            var candidate = new DateOnly(year, month, day);
            if (best is not { } b || Math.Abs(candidate.DayNumber - published.DayNumber) < Math.Abs(b.DayNumber - published.DayNumber))
            {
                best = candidate;
            }
        }

        return best is { } date ? Date(m, rule, Calendar.Day(date)) : null;
    }

    private static TimeCandidate? MonthYear(Match m, TimeContext context, int rule) =>
        m.Groups["rel"].Success
            ? null
            : Date(m, rule, Calendar.Month(int.Parse(m.Groups["year"].ValueSpan, CultureInfo.InvariantCulture), MonthNumber(m.Groups["month"].ValueSpan)), ModOf(m));

    private static TimeCandidate? MonthAlone(Match m, TimeContext context, int rule)
    {
        var name = m.Groups["month"].ValueSpan;
        bool qualified = m.Groups["mod"].Success || m.Groups["rel"].Success;
        // Abbreviations stand alone only in tables, and "May" and "March" are also a verb and a noun.
        if (!qualified && ((name.Length < 4 && name is not "May") || name.EndsWith('.')))
        {
            return null;
        }

        if (!qualified && name is ("May" or "March") && !DatePrepositions.Contains(context.WordBefore(m.Index)))
        {
            return null;
        }

        int month = MonthNumber(name);
        if (context.Published is not { } published)
        {
            return Date(m, rule, $"XXXX-{month:00}", ModOf(m));
        }

        int current = Calendar.MonthIndex(published.Year, published.Month);
        int target = Calendar.MonthIndex(published.Year, month);
        int index = m.Groups["rel"].Success
            ? Relative(m.Groups["rel"].ValueSpan, current, target, 12, () => context.TenseAt(m.Index))
            : Calendar.Nearest(current, target, 12, context.TenseAt(m.Index));
        return Date(m, rule, Calendar.MonthValue(index), ModOf(m));
    }

    private static TimeCandidate? SeasonRule(Match m, TimeContext context, int rule)
    {
        var season = SeasonOf(m.Groups["season"].ValueSpan);
        if (m.Groups["year"].Success)
        {
            return Date(m, rule, Calendar.SeasonValue(int.Parse(m.Groups["year"].ValueSpan, CultureInfo.InvariantCulture), season), ModOf(m));
        }

        var rel = m.Groups["rel"].ValueSpan;
        bool bare = !m.Groups["rel"].Success || rel.Equals("the", StringComparison.OrdinalIgnoreCase);
        // "fall" and a bare "summer" are dates only after a preposition: "in the fall", "during summer".
        if (bare && !m.Groups["mod"].Success
            && !DatePrepositions.Contains(context.WordBefore(m.Groups["rel"].Success ? m.Groups["rel"].Index : m.Groups["season"].Index)))
        {
            return null;
        }

        if (context.Published is not { } published)
        {
            return Date(m, rule, $"XXXX-{Calendar.Code(season)}", ModOf(m));
        }

        int current = Calendar.SeasonIndex(published);
        int target = Calendar.SeasonIndex(published.Year, season);
        int index = bare
            ? Calendar.Nearest(current, target, 4, context.TenseAt(m.Index))
            : Relative(rel, current, target, 4, () => context.TenseAt(m.Index));
        return Date(m, rule, Calendar.SeasonValue(index), ModOf(m));
    }

    /// <summary>The occurrence a "last", "next", "this", "this coming" or "this past" picks out of a cycle.</summary>
    private static int Relative(ReadOnlySpan<char> rel, int current, int target, int cycle, Func<Tense> tense)
    {
        var word = Normalise(rel);
        return word switch
        {
            "last" or "past" => Calendar.Step(current, target, cycle, forward: false),
            "next" => Calendar.Step(current, target, cycle, forward: true),
            "this coming" or "coming" => Calendar.Nearest(current, target, cycle, Tense.Future),
            "this past" => Calendar.Nearest(current, target, cycle, Tense.Past),
            // "this summer", "this March": the one of the publication year.
            _ when cycle == 4 && target % 4 == (int)Season.Winter => Calendar.Nearest(current, target, cycle, tense()),
            _ => target,
        };
    }

    private static TimeCandidate? BareYear(Match m, TimeContext context, int rule)
    {
        if (!m.Groups["mod"].Success)
        {
            var before = context.WordBefore(m.Index);
            var after = context.WordAfter(m.Index + m.Length);
            if (NotYearBefore.Contains(before)
                || CountNouns.IsCountNoun(after, singular: false) || IsTimeUnit(after))
            {
                return null;
            }
        }

        return Date(m, rule, m.Groups["year"].Value, ModOf(m));
    }

    /// <summary>The abbreviated second year of a range: "58" in "1957-58".</summary>
    private static TimeCandidate YearRangeEnd(Match m, TimeContext context, int rule) =>
        Date(m, rule, m.Groups["century"].Value + m.Groups["short"].Value);

    private static TimeCandidate Decade(Match m, TimeContext context, int rule)
    {
        string century;
        string decade;
        if (m.Groups["cent"].Success)
        {
            century = m.Groups["cent"].Value;
            decade = m.Groups["dec"].Value;
        }
        else
        {
            // "the '90s" is the last such decade before the publication year; without one, the 1930s to 2020s.
            decade = m.Groups["short"].Value;
            int tens = (decade[0] - '0') * 10;
            int now = context.Published?.Year ?? 2029;
            int candidate = ((now / 100) * 100) + tens;
            century = ((candidate > now ? candidate - 100 : candidate) / 100).ToString(CultureInfo.InvariantCulture);
        }

        return Date(m, rule, century + decade, ModOf(m));
    }

    private static TimeCandidate? Century(Match m, TimeContext context, int rule)
    {
        int ordinal = int.Parse(m.Groups["ord"].ValueSpan, CultureInfo.InvariantCulture);
        return ordinal is >= 1 and <= 21 ? Date(m, rule, (ordinal - 1).ToString("00", CultureInfo.InvariantCulture), ModOf(m)) : null;
    }

    private static TimeCandidate WeekdayRule(Match m, TimeContext context, int rule)
    {
        int isoDay = WeekdayNumber(m.Groups["wd"].ValueSpan);
        string part = m.Groups["part"].Success ? PartOfDay(m.Groups["part"].ValueSpan) : string.Empty;
        var type = part.Length > 0 ? TimeType.Time : TimeType.Date;
        if (context.Published is not { } published)
        {
            return Date(m, rule, $"XXXX-WXX-{isoDay}{part}", type: type);
        }

        int today = ((int)published.DayOfWeek + 6) % 7 + 1;
        int back = Calendar.Mod(today - isoDay, 7);
        int forward = Calendar.Mod(isoDay - today, 7);
        int offset = Normalise(m.Groups["rel"].ValueSpan) switch
        {
            "last" or "past" => -(back == 0 ? 7 : back),
            "next" => forward == 0 ? 7 : forward,
            "coming" or "this coming" => forward,
            "this past" => -back,
            _ => context.TenseAt(m.Index) switch
            {
                Tense.Past => -back,
                Tense.Future => forward,
                _ => back <= forward ? -back : forward,
            },
        };
        return Date(m, rule, Calendar.Day(published.AddDays(offset)) + part, type: type);
    }

    private static TimeCandidate Deictic(Match m, TimeContext context, int rule)
    {
        var word = Normalise(m.Groups["word"].ValueSpan);
        string part = m.Groups["part"].Success ? PartOfDay(m.Groups["part"].ValueSpan) : word switch
        {
            "tonight" or "last night" => "TNI",
            _ => string.Empty,
        };
        int offset = word switch
        {
            "yesterday" or "last night" => -1,
            "tomorrow" => 1,
            "the day before yesterday" => -2,
            "the day after tomorrow" => 2,
            _ => 0,
        };
        var type = part.Length > 0 ? TimeType.Time : TimeType.Date;
        var day = context.Published is { } published ? Calendar.Day(published.AddDays(offset)) : Calendar.UnknownDay;
        return Date(m, rule, day + part, type: type);
    }

    private static TimeCandidate? QuarterRule(Match m, TimeContext context, int rule)
    {
        bool half = m.Groups["unit"].ValueSpan.Equals("half", StringComparison.OrdinalIgnoreCase);
        var ord = Normalise(m.Groups["ord"].ValueSpan);
        int? number = ord switch
        {
            "first" or "1st" => 1,
            "second" or "2nd" => 2,
            "third" or "3rd" => 3,
            "fourth" or "4th" => 4,
            _ => null,
        };
        if (half && number > 2)
        {
            return null;
        }

        int perYear = half ? 2 : 4;
        char letter = half ? 'H' : 'Q';
        int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].ValueSpan, CultureInfo.InvariantCulture) : null;
        if (context.Published is { } published)
        {
            int currentIndex = (published.Year * perYear) + ((published.Month - 1) * perYear / 12);
            if (m.Groups["rel"].Success)
            {
                year = published.Year + Normalise(m.Groups["rel"].ValueSpan) switch { "last" => -1, "next" => 1, _ => 0 };
            }

            if (number is null)
            {
                // "the last quarter": the one before the current.
                int previous = currentIndex - 1;
                return Date(m, rule, $"{Calendar.Year(previous / perYear)}-{letter}{(previous % perYear) + 1}");
            }

            if (year is null)
            {
                int target = (published.Year * perYear) + number.Value - 1;
                year = Calendar.Nearest(currentIndex, target, perYear, context.TenseAt(m.Index)) / perYear;
            }
        }

        return number is null ? null : Date(m, rule, $"{(year is { } y ? Calendar.Year(y) : "XXXX")}-{letter}{number}");
    }

    private static TimeCandidate? RelativeUnit(Match m, TimeContext context, int rule)
    {
        var rel = Normalise(m.Groups["rel"].ValueSpan);
        var unit = Normalise(m.Groups["unit"].ValueSpan);
        if (rel == "the" && !m.Groups["mod"].Success)
        {
            return null;
        }

        if (rel is "the past" or "the last" or "the next" or "the coming" && unit != "weekend")
        {
            // "the past week" is a stretch of time, not a calendar week.
            var duration = unit switch
            {
                "week" => "P1W",
                "month" => "P1M",
                "decade" => "P10Y",
                "century" => "P100Y",
                "quarter" => "P3M",
                _ => "P1Y",
            };
            return Date(m, rule, duration, type: TimeType.Duration);
        }

        int step = rel switch
        {
            "last" or "past" or "this past" or "the past" or "the last" => -1,
            "next" or "coming" or "this coming" or "the next" or "the coming" => 1,
            _ => 0,
        };
        if (context.Published is not { } p)
        {
            return Date(m, rule, unit switch
            {
                "week" => "XXXX-WXX",
                "weekend" => "XXXX-WXX-WE",
                "month" => "XXXX-XX",
                "quarter" => "XXXX-QX",
                "decade" => "XXX",
                "century" => "XX",
                _ => "XXXX",
            }, ModOf(m));
        }

        string value = unit switch
        {
            "week" => Calendar.Week(p.AddDays(7 * step)),
            "weekend" => Calendar.Week(p.AddDays(7 * step)) + "-WE",
            "month" => Calendar.MonthValue(Calendar.MonthIndex(p.Year, p.Month) + step),
            "quarter" => QuarterValue((p.Year * 4) + ((p.Month - 1) / 3) + step),
            "decade" => ((p.Year / 10) + step).ToString(CultureInfo.InvariantCulture),
            "century" => ((p.Year / 100) + step).ToString("00", CultureInfo.InvariantCulture),
            _ => Calendar.Year(p.Year + step),
        };
        return Date(m, rule, value, ModOf(m));
    }

    private static string QuarterValue(int index) => Calendar.Quarter(index / 4, (index % 4) + 1);

    private static TimeCandidate? Ago(Match m, TimeContext context, int rule)
    {
        char unit = UnitLetter(m.Groups["unit"].ValueSpan, out int multiplier, out bool clock);
        var mod = m.Groups["qmod"].Success ? AgoMod(m.Groups["qmod"].ValueSpan) : null;
        if (!m.Groups["num"].Success || m.Groups["vague"].Success || context.Published is not { } p)
        {
            // "years ago", "several months ago": some time before, not a date that can be computed.
            return Date(m, rule, context.Published is null && m.Groups["num"].Success && !m.Groups["vague"].Success ? UnknownAt(unit) : "PAST_REF", mod);
        }

        if (!TryCount(m.Groups["num"].ValueSpan, out double amount) || amount != Math.Floor(amount))
        {
            return null;
        }

        int n = (int)amount * multiplier;
        if (clock)
        {
            // "three hours ago" falls on the publication day, as far as a date can say.
            return Date(m, rule, Calendar.Day(p), mod);
        }

        string? anchor = null;
        if (m.Groups["ref"].Success || m.Groups["today"].Success)
        {
            // "10 years ago this coming summer": the reference, moved back.
            anchor = m.Groups["today"].Success ? Calendar.Day(p) : ReferenceValue(m, context, p);
        }

        string value = anchor is not null && Calendar.Shift(anchor, -n, unit) is { } shifted
            ? shifted
            : unit switch
            {
                'Y' => Calendar.Year(p.Year - n),
                'M' => Calendar.MonthValue(Calendar.MonthIndex(p.Year, p.Month) - n),
                'W' => Calendar.Week(p.AddDays(-7 * n)),
                _ => Calendar.Day(p.AddDays(-n)),
            };
        return Date(m, rule, value, mod);
    }

    private static string UnknownAt(char unit) => unit switch
    {
        'Y' => "XXXX",
        'M' => "XXXX-XX",
        'W' => "XXXX-WXX",
        _ => Calendar.UnknownDay,
    };

    private static string ReferenceValue(Match m, TimeContext context, DateOnly p)
    {
        var rel = m.Groups["ref"].ValueSpan;
        var unit = Normalise(m.Groups["refunit"].ValueSpan);
        int step = Normalise(rel) switch { "last" => -1, "next" => 1, _ => 0 };
        switch (unit)
        {
            case "week":
                return Calendar.Week(p.AddDays(7 * step));
            case "weekend":
                return Calendar.Week(p.AddDays(7 * step)) + "-WE";
            case "month":
                return Calendar.MonthValue(Calendar.MonthIndex(p.Year, p.Month) + step);
            case "year":
                return Calendar.Year(p.Year + step);
            default:
                var season = SeasonOf(unit);
                int index = Relative(rel, Calendar.SeasonIndex(p), Calendar.SeasonIndex(p.Year, season), 4, () => context.TenseAt(m.Index));
                return Calendar.SeasonValue(index);
        }
    }

    private static TimeCandidate? Duration(Match m, TimeContext context, int rule)
    {
        var unitText = m.Groups["unit"].ValueSpan;
        var num = m.Groups["num"];
        if (unitText.Equals("second", StringComparison.OrdinalIgnoreCase) && num.ValueSpan.Length <= 2 && char.IsLetter(num.ValueSpan[0]))
        {
            // "a second look" is an ordinal.
            return null;
        }

        char letter = UnitLetter(unitText, out int multiplier, out bool clock);
        string amount;
        if (m.Groups["vague"].Success)
        {
            amount = "X";
        }
        else if (TryCount(num.ValueSpan, out double n) && n > 0)
        {
            amount = (n * multiplier).ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            return null;
        }

        var value = (clock ? "PT" : "P") + amount + letter;
        var mod = m.Groups["qmod"].Success ? QuantityModOf(m.Groups["qmod"].ValueSpan) : null;
        var candidate = Date(m, rule, value, mod, TimeType.Duration);
        bool adjective = m.ValueSpan[(num.Index + num.Length - m.Index)..].StartsWith("-");
        // A hyphenated duration is an adjective ("a 24-hour curfew"): the article belongs to the noun it modifies.
        return adjective && !m.Groups["qmod"].Success
            ? candidate with { Span = new Span(m.Groups["dir"].Success ? m.Groups["dir"].Index : num.Index, candidate.Span.End) }
            : candidate;
    }

    private static TimeCandidate VagueDuration(Match m, TimeContext context, int rule)
    {
        char letter = UnitLetter(m.Groups["unit"].ValueSpan, out _, out bool clock);
        return Date(m, rule, (clock ? "PTX" : "PX") + letter, type: TimeType.Duration);
    }

    private static TimeCandidate? Clock(Match m, TimeContext context, int rule)
    {
        int hour;
        int minute = 0;
        if (m.Groups["noon"].Success)
        {
            hour = m.Groups["noon"].ValueSpan.Equals("midnight", StringComparison.OrdinalIgnoreCase) ? 0 : 12;
        }
        else
        {
            hour = int.Parse(m.Groups["h"].ValueSpan, CultureInfo.InvariantCulture);
            minute = m.Groups["m"].Success ? int.Parse(m.Groups["m"].ValueSpan, CultureInfo.InvariantCulture) : 0;
            if (m.Groups["ap"].Success)
            {
                if (hour is 0 or > 12)
                {
                    return null;
                }

                bool pm = char.ToLowerInvariant(m.Groups["ap"].ValueSpan[0]) == 'p';
                hour = (hour % 12) + (pm ? 12 : 0);
            }
        }

        var value = $"T{hour:00}:{minute:00}";
        var mod = m.Groups["qmod"].Success ? ClockMod(m.Groups["qmod"].ValueSpan) : null;
        int end = m.Index + m.Length;
        string? zone = null;
        GeoPlace? zonePlace = null;
        if (m.Groups["zsign"].Success)
        {
            int hours = int.Parse(m.Groups["zh"].ValueSpan, CultureInfo.InvariantCulture);
            int minutes = m.Groups["zm"].Success ? int.Parse(m.Groups["zm"].ValueSpan, CultureInfo.InvariantCulture) : 0;
            var offset = new TimeSpan(hours, minutes, 0) * (m.Groups["zsign"].ValueSpan[0] == '-' ? -1 : 1);
            value += TimeZones.Format(offset);
        }
        else if (m.Groups["zone"].Success)
        {
            var named = m.Groups["zone"];
            if (TimeZones.IsKnown(named.ValueSpan))
            {
                zone = named.Value;
            }
            else if (context.PlaceNamedAt(new Span(named.Index, named.Index + named.Length)) is { } place)
            {
                zonePlace = place;
            }
            else
            {
                // An unknown capitalised phrase before "time" is not a zone: keep only the clock.
                end = m.Groups["clock"].Index + m.Groups["clock"].Length;
            }
        }

        return new TimeCandidate(new Span(m.Index, end), TimeType.Time, value, mod, rule)
        {
            Zone = zone,
            ZonePlace = zonePlace,
            IsLocal = m.Groups["local"].Success,
        };
    }

    private static TimeCandidate Vague(Match m, TimeContext context, int rule)
    {
        string value = m.Groups["past"].Success ? "PAST_REF" : m.Groups["present"].Success ? "PRESENT_REF" : "FUTURE_REF";
        return Date(m, rule, value);
    }

    private static TimeCandidate? SetRule(Match m, TimeContext context, int rule)
    {
        if (m.Groups["adv"].Success)
        {
            var value = Normalise(m.Groups["adv"].ValueSpan) switch
            {
                "daily" => "P1D",
                "weekly" => "P1W",
                "monthly" => "P1M",
                "hourly" => "PT1H",
                "nightly" => "XXXX-XX-XXTNI",
                "quarterly" => "P3M",
                _ => "P1Y",
            };
            return Date(m, rule, value, type: TimeType.Set);
        }

        var unit = Normalise(m.Groups["unit"].ValueSpan);
        int every = m.Groups["other"].Success ? 2 : 1;
        if (m.Groups["num"].Success && !m.Groups["times"].Success)
        {
            if (m.Groups["vague"].Success || !TryCount(m.Groups["num"].ValueSpan, out double n))
            {
                return null;
            }

            every = (int)n;
        }

        string? set = unit switch
        {
            "morning" => "XXXX-XX-XXTMO",
            "afternoon" => "XXXX-XX-XXTAF",
            "evening" => "XXXX-XX-XXTEV",
            "night" => "XXXX-XX-XXTNI",
            "weekend" => "XXXX-WXX-WE",
            "spring" => "XXXX-SP",
            "summer" => "XXXX-SU",
            "autumn" or "fall" => "XXXX-FA",
            "winter" => "XXXX-WI",
            _ => null,
        };
        if (set is null && WeekdayNumber(unit) is int isoDay and > 0)
        {
            set = $"XXXX-WXX-{isoDay}";
        }

        if (set is null)
        {
            char letter = UnitLetter(unit, out int multiplier, out bool clock);
            set = $"{(clock ? "PT" : "P")}{every * multiplier}{letter}";
        }

        return Date(m, rule, set, type: TimeType.Set);
    }

    /// <summary>A number before a time unit; the article counts one ("a year").</summary>
    private static bool TryCount(ReadOnlySpan<char> text, out double value)
    {
        if (text.Equals("a", StringComparison.OrdinalIgnoreCase) || text.Equals("an", StringComparison.OrdinalIgnoreCase))
        {
            value = 1;
            return true;
        }

        return NumberWords.TryParse(text, out value);
    }

    private static string Normalise(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[text.Length];
        int length = 0;
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = length > 0;
                continue;
            }

            if (space)
            {
                buffer[length++] = ' ';
                space = false;
            }

            buffer[length++] = char.ToLowerInvariant(c);
        }

        return new string(buffer[..length]);
    }

    private static int MonthNumber(ReadOnlySpan<char> name) => Normalise(name[..3]) switch
    {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        _ => 12,
    };

    /// <summary>ISO day of the week, Monday 1 to Sunday 7; 0 when the word is not a weekday.</summary>
    private static int WeekdayNumber(ReadOnlySpan<char> name) => Normalise(name) switch
    {
        "monday" => 1,
        "tuesday" => 2,
        "wednesday" => 3,
        "thursday" => 4,
        "friday" => 5,
        "saturday" => 6,
        "sunday" => 7,
        _ => 0,
    };

    private static Season SeasonOf(ReadOnlySpan<char> name) => Normalise(name) switch
    {
        "spring" => Season.Spring,
        "summer" => Season.Summer,
        "autumn" or "fall" => Season.Fall,
        _ => Season.Winter,
    };

    private static string PartOfDay(ReadOnlySpan<char> part) => Normalise(part) switch
    {
        "morning" => "TMO",
        "afternoon" => "TAF",
        "evening" => "TEV",
        _ => "TNI",
    };

    /// <summary>The TIMEX3 letter of a time unit, with how many of that letter it is ("decade" is 10 Y) and whether it is a clock unit.</summary>
    private static char UnitLetter(ReadOnlySpan<char> unit, out int multiplier, out bool clock)
    {
        var word = Normalise(unit).TrimEnd('s');
        multiplier = 1;
        clock = word is "second" or "minute" or "hour";
        switch (word)
        {
            case "second":
                return 'S';
            case "minute":
                return 'M';
            case "hour":
                return 'H';
            case "day":
                return 'D';
            case "week":
                return 'W';
            case "fortnight":
                multiplier = 2;
                return 'W';
            case "month":
                return 'M';
            case "decade":
                multiplier = 10;
                return 'Y';
            case "century" or "centurie":
                multiplier = 100;
                return 'Y';
            default:
                return 'Y';
        }
    }

    private static bool IsTimeUnit(ReadOnlySpan<char> word) =>
        word.Length > 0 && Normalise(word).TrimEnd('s') is "second" or "minute" or "hour" or "day" or "week" or "month" or "year" or "decade";

    private static TimeMod? ModOf(Match m)
    {
        if (!m.Groups["mod"].Success)
        {
            return null;
        }

        var mod = Normalise(m.Groups["mod"].ValueSpan);
        return mod switch
        {
            "early" => TimeMod.Start,
            "late" => TimeMod.End,
            "mid" => TimeMod.Mid,
            _ when mod.Contains("start", StringComparison.Ordinal) || mod.Contains("beginning", StringComparison.Ordinal) => TimeMod.Start,
            _ when mod.Contains("middle", StringComparison.Ordinal) => TimeMod.Mid,
            _ => TimeMod.End,
        };
    }

    private static TimeMod? QuantityModOf(ReadOnlySpan<char> text) => Normalise(text) switch
    {
        "more than" or "over" or "just over" or "upwards of" => TimeMod.MoreThan,
        "less than" or "fewer than" or "under" or "just under" or "nearly" or "almost" => TimeMod.LessThan,
        "at least" => TimeMod.EqualOrMore,
        "at most" or "up to" or "no more than" => TimeMod.EqualOrLess,
        _ => TimeMod.Approx,
    };

    private static TimeMod? AgoMod(ReadOnlySpan<char> text) => QuantityModOf(text) switch
    {
        // "more than a year ago" is before the date a year back; "less than" after it.
        TimeMod.MoreThan or TimeMod.EqualOrMore => TimeMod.Before,
        TimeMod.LessThan or TimeMod.EqualOrLess => TimeMod.After,
        var mod => mod,
    };

    private static TimeMod? ClockMod(ReadOnlySpan<char> text)
    {
        var word = Normalise(text);
        return word.EndsWith("before", StringComparison.Ordinal) ? TimeMod.Before
            : word.EndsWith("after", StringComparison.Ordinal) ? TimeMod.After
            : TimeMod.Approx;
    }
}
