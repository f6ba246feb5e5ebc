using System.Collections.Frozen;
using Chronicle.Documents;

namespace Chronicle.Events;

/// <summary>The words that signal an event, with the PLOVER type, mode, CAMEO code and ACLED type each one codes.</summary>
public sealed class TriggerLexicon
{
    private readonly FrozenDictionary<string, Trigger[]> _byFirstWord;
    private readonly FrozenDictionary<string, Trigger[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWordSpan;

    private TriggerLexicon(IEnumerable<Trigger> triggers)
    {
        // Longest forms first, so "air strike" wins over "strike"; a later file's row for a form and part of speech wins.
        _byFirstWord = triggers
            .GroupBy(t => (string.Join(' ', t.Words), t.PartOfSpeech))
            .Select(g => g.Last())
            .GroupBy(t => t.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(t => t.Words.Length).ToArray(), StringComparer.Ordinal);
        _byFirstWordSpan = _byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Reads trigger files (see data/events/triggers.tsv for the format); later files override earlier ones.</summary>
    public static TriggerLexicon Load(params IEnumerable<string> paths)
    {
        var triggers = new List<Trigger>();
        foreach (var path in paths)
        {
            int lineNumber = 0;
            foreach (var line in File.ReadLines(path))
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
                {
                    continue;
                }

                triggers.AddRange(Trigger.Parse(line, $"{path}:{lineNumber}"));
            }
        }

        return new TriggerLexicon(triggers);
    }

    /// <summary>The triggers whose first word is this lower-case word, longest first.</summary>
    public IReadOnlyList<Trigger> StartingWith(ReadOnlySpan<char> lowerWord) =>
        _byFirstWordSpan.TryGetValue(lowerWord, out var triggers) ? triggers : [];
}

/// <summary>One form of an event word and what it codes.</summary>
public sealed record Trigger(
    string[] Words,
    string Lemma,
    TriggerPos PartOfSpeech,
    EventType Type,
    string? Mode,
    string Cameo,
    AcledType? Acled,
    IReadOnlyList<string> Context)
{
    internal static IEnumerable<Trigger> Parse(string line, string where)
    {
        var cols = line.Split('\t');
        if (cols.Length < 8)
        {
            throw new FormatException($"{where}: expected 8 tab-separated columns (forms, pos, type, mode, cameo, acled_type, acled_subtype, context), got {cols.Length}.");
        }

        var pos = cols[1] switch
        {
            "V" => TriggerPos.Verb,
            "N" => TriggerPos.Noun,
            _ => throw new FormatException($"{where}: part of speech must be V or N, not '{cols[1]}'."),
        };
        if (!Enum.TryParse<EventType>(cols[2], ignoreCase: true, out var type))
        {
            throw new FormatException($"{where}: '{cols[2]}' is not one of PLOVER's 16 event types.");
        }

        string? mode = cols[3] == "-" ? null : cols[3];
        var acled = cols[5] == "-" ? null : new AcledType(cols[5], cols[6]);
        var context = cols[7] == "-" ? [] : cols[7].Split(',', StringSplitOptions.TrimEntries);
        // A row lists the forms of one word, so its first form stands for all of them ("struck" is "strike").
        var forms = cols[0].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var form in forms)
        {
            yield return new Trigger(form.Split(' '), forms[0], pos, type, mode, cols[4], acled, context);
        }
    }
}

/// <summary>Whether a trigger is a verb or a noun, which decides where its actor and recipient are.</summary>
public enum TriggerPos
{
    Verb,
    Noun,
}
