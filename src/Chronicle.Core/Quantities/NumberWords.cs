using System.Globalization;

namespace Chronicle.Quantities;

/// <summary>Reads cardinal numbers written in digits or English words ("2,500", "twenty-four", "a dozen", "dozens").</summary>
public static class NumberWords
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0,
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["thirteen"] = 13,
        ["fourteen"] = 14,
        ["fifteen"] = 15,
        ["sixteen"] = 16,
        ["seventeen"] = 17,
        ["eighteen"] = 18,
        ["nineteen"] = 19,
        ["twenty"] = 20,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["fifty"] = 50,
        ["sixty"] = 60,
        ["seventy"] = 70,
        ["eighty"] = 80,
        ["ninety"] = 90,
        ["dozen"] = 12,
    };

    private static readonly Dictionary<string, double> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 100,
        ["thousand"] = 1_000,
        ["million"] = 1_000_000,
        ["billion"] = 1_000_000_000,
    };

    // ACLED's convention for vague plural counts: "dozens" is 12, "tens" 10, "hundreds" 100, "thousands" 1000.
    private static readonly Dictionary<string, double> Vague = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dozens"] = 12,
        ["tens"] = 10,
        ["scores"] = 20,
        ["hundreds"] = 100,
        ["thousands"] = 1_000,
        ["millions"] = 1_000_000,
    };

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> UnitLookup =
        Units.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> ScaleLookup =
        Scales.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> VagueLookup =
        Vague.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Reads a whole phrase as one number: "2,500", "1.5 million", "twenty-four", "a dozen", "hundreds of thousands".</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out double value) => TryParse(text, out value, out _);

    /// <summary>As <see cref="TryParse(ReadOnlySpan{char}, out double)"/>, and says whether the number was vague ("dozens").</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out double value, out bool vague)
    {
        var reader = new Reader();
        foreach (var range in text.SplitAny(" \t\r\n-\u2010\u2011"))
        {
            var word = text[range];
            if (word.IsEmpty)
            {
                continue;
            }

            if (!reader.Add(word))
            {
                value = 0;
                vague = false;
                return false;
            }
        }

        return reader.TryGet(out value, out vague);
    }

    /// <summary>Whether a word can take part in a number ("two", "hundred", "dozens", "2,500"), so a caller can find a number's extent.</summary>
    public static bool IsNumberWord(ReadOnlySpan<char> word) =>
        UnitLookup.ContainsKey(word) || ScaleLookup.ContainsKey(word) || VagueLookup.ContainsKey(word)
        || IsDigits(word) || IsHyphenatedNumber(word);

    /// <summary>Accumulates the words of one number, left to right, the way English composes them.</summary>
    internal struct Reader
    {
        private double _total;
        private double _current;
        private bool _hasCurrent;
        private bool _pendingArticle;
        private bool _pendingOf;
        private bool _any;
        private bool _vague;

        /// <summary>Adds one word; false when the word cannot continue the number read so far.</summary>
        public bool Add(ReadOnlySpan<char> word)
        {
            if (word.Equals("and", StringComparison.OrdinalIgnoreCase) && _any && !_pendingOf)
            {
                return true;
            }

            if ((word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase))
                && !_any && !_pendingArticle)
            {
                // "a" counts only before a scale word: "a dozen", "a hundred".
                _pendingArticle = true;
                return true;
            }

            if (word.Equals("of", StringComparison.OrdinalIgnoreCase) && _vague && !_pendingOf)
            {
                // "hundreds of thousands" multiplies.
                _pendingOf = true;
                return true;
            }

            if (IsHyphenatedNumber(word))
            {
                foreach (var range in word.SplitAny("-\u2010\u2011"))
                {
                    if (!Add(word[range]))
                    {
                        return false;
                    }
                }

                return true;
            }

            if (VagueLookup.TryGetValue(word, out double vague))
            {
                if (_pendingArticle || (_any && !_pendingOf))
                {
                    return false;
                }

                _current = _pendingOf ? _current * vague : vague;
                _hasCurrent = true;
                _pendingOf = false;
                _vague = true;
                _any = true;
                return true;
            }

            if (_pendingOf)
            {
                return false;
            }

            if (ScaleLookup.TryGetValue(word, out double scale))
            {
                if (!_any && !_pendingArticle)
                {
                    return false;
                }

                double factor = _hasCurrent ? _current : 1;
                if (scale >= 1000)
                {
                    _total += factor * scale;
                    _current = 0;
                    _hasCurrent = false;
                }
                else
                {
                    _current = factor * scale;
                    _hasCurrent = true;
                }

                _pendingArticle = false;
                _any = true;
                return true;
            }

            if (UnitLookup.TryGetValue(word, out int unit))
            {
                bool dozen = unit == 12 && word.Equals("dozen", StringComparison.OrdinalIgnoreCase);
                if (_pendingArticle && !dozen)
                {
                    return false;
                }

                if (dozen && _hasCurrent)
                {
                    // "two dozen"
                    _current *= 12;
                }
                else if (_hasCurrent && (_current % 100 == 0 || (_current % 10 == 0 && _current >= 20 && unit < 10)))
                {
                    // "two hundred five", "twenty four"
                    _current += unit;
                }
                else if (_hasCurrent)
                {
                    return false;
                }
                else
                {
                    _current = unit;
                    _hasCurrent = true;
                }

                _pendingArticle = false;
                _any = true;
                return true;
            }

            if (IsDigits(word) && !_any && !_pendingArticle)
            {
                var digits = word.ToString().Replace(",", string.Empty, StringComparison.Ordinal);
                if (!double.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double number))
                {
                    return false;
                }

                _current = number;
                _hasCurrent = true;
                _any = true;
                return true;
            }

            return false;
        }

        public readonly bool TryGet(out double value, out bool vague)
        {
            value = _total + (_hasCurrent ? _current : 0);
            vague = _vague;
            return _any && !_pendingArticle && !_pendingOf;
        }
    }

    private static bool IsDigits(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || !char.IsAsciiDigit(word[0]) || !char.IsAsciiDigit(word[^1]))
        {
            return false;
        }

        foreach (char c in word)
        {
            if (!char.IsAsciiDigit(c) && c is not (',' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsHyphenatedNumber(ReadOnlySpan<char> word)
    {
        int hyphen = word.IndexOfAny("-\u2010\u2011");
        return hyphen > 0 && UnitLookup.ContainsKey(word[..hyphen]) && UnitLookup.ContainsKey(word[(hyphen + 1)..]);
    }
}
