using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Chronicle.Language;

/// <summary>Common English word forms with their usual part of speech and lemma, to tell a capitalised common word from a name.</summary>
public sealed class EnglishLexicon
{
    private readonly FrozenDictionary<string, WordInfo> _words;
    private readonly FrozenDictionary<string, WordInfo>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private EnglishLexicon(FrozenDictionary<string, WordInfo> words)
    {
        _words = words;
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Loads a file of "form TAB upos TAB lemma TAB count" rows, lower-case forms.</summary>
    public static EnglishLexicon Load(string path)
    {
        var words = new Dictionary<string, WordInfo>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cols = line.Split('\t');
            words[cols[0]] = new WordInfo(cols[1], cols[2], int.Parse(cols[3], CultureInfo.InvariantCulture));
        }

        return new EnglishLexicon(words.ToFrozenDictionary(StringComparer.Ordinal));
    }

    public int Count => _words.Count;

    /// <summary>The entry for a word, looked up in lower case.</summary>
    public WordInfo? Find(ReadOnlySpan<char> word)
    {
        // Most words are already lower-case ASCII, which lower-casing would only copy.
        if (Ascii.IsValid(word) && !word.ContainsAnyInRange('A', 'Z'))
        {
            return _lookup.TryGetValue(word, out var same) ? same : null;
        }

        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        return _lookup.TryGetValue(lower, out var info) ? info : null;
    }

    /// <summary>True when the word is an ordinary English word rather than a name.</summary>
    public bool IsCommonWord(ReadOnlySpan<char> word) => Find(word) is not null;
}

/// <summary>A word form's most frequent universal POS tag, its lemma under that tag, and its corpus count.</summary>
public sealed record WordInfo(string Pos, string Lemma, int Count);
