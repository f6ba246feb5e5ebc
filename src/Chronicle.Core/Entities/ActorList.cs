using System.Collections.Frozen;
using Chronicle.Documents;

namespace Chronicle.Entities;

/// <summary>Known actors (armies, ministries, armed groups, international organisations) with their aliases, country and sector.</summary>
public sealed class ActorList
{
    private ActorList(IReadOnlyList<Actor> actors)
    {
        Actors = actors;
        var names = new Dictionary<string, Actor>(StringComparer.Ordinal);
        foreach (var actor in actors)
        {
            foreach (var name in actor.Names)
            {
                // A later file (a user's --actors) overrides an earlier entry of the same name.
                names[name] = actor;
            }
        }

        _nameLookup = names.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        MaxNameWords = names.Count == 0 ? 0 : names.Keys.Max(k => k.Count(c => c == ' ') + 1);
        _lowerCaseWords = names.Keys
            .SelectMany(n => n.Split(' ').Skip(1))
            .Where(w => w.Length > 0 && char.IsLower(w[0]))
            .ToFrozenSet(StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lowerCaseWords;

    // Made once: getting an alternate lookup checks the comparer, which costs more than the lookup itself.
    private readonly FrozenDictionary<string, Actor>.AlternateLookup<ReadOnlySpan<char>> _nameLookup;

    public IReadOnlyList<Actor> Actors { get; }

    public int MaxNameWords { get; }

    /// <summary>Reads actor files (name, type, country, sector, aliases; tab-separated; # comments); later files win.</summary>
    public static ActorList Load(params IEnumerable<string> paths)
    {
        var actors = new List<Actor>();
        foreach (var path in paths)
        {
            int lineNumber = 0;
            foreach (var line in File.ReadLines(path))
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith('#'))
                {
                    continue;
                }

                actors.Add(Actor.Parse(line, $"{path}:{lineNumber}"));
            }
        }

        return new ActorList(actors);
    }

    /// <summary>True for a lower-case word inside some actor's name ("and" in "Islamic State of Iraq and the Levant").</summary>
    public bool IsInnerWord(ReadOnlySpan<char> word) => _lowerCaseWords.Contains(word);

    public Actor? Find(ReadOnlySpan<char> name) =>
        _nameLookup.TryGetValue(name, out var actor) ? actor : null;
}

/// <summary>One known actor.</summary>
public sealed record Actor(string Name, EntityType Type, string? Country, Sector? Sector, IReadOnlyList<string> Names)
{
    internal static Actor Parse(string line, string where)
    {
        var cols = line.Split('\t');
        if (cols.Length < 2)
        {
            throw new FormatException($"{where}: expected 'name<TAB>type<TAB>country<TAB>sector<TAB>aliases', got '{line}'.");
        }

        string name = cols[0].Trim();
        if (!Enum.TryParse<EntityType>(cols[1].Trim(), ignoreCase: true, out var type))
        {
            throw new FormatException($"{where}: unknown entity type '{cols[1]}' (use ORG, PERSON, GPE, LOC, NORP or FAC).");
        }

        string? country = cols.Length > 2 && cols[2].Trim().Length == 3 ? cols[2].Trim().ToUpperInvariant() : null;
        Sector? sector = null;
        if (cols.Length > 3 && cols[3].Trim().Length > 0)
        {
            if (!Enum.TryParse<Sector>(cols[3].Trim(), ignoreCase: true, out var parsed))
            {
                throw new FormatException($"{where}: unknown sector '{cols[3]}' (use a PLOVER agent code such as GOV, MIL, REB, IGO).");
            }

            sector = parsed;
        }

        var aliases = cols.Length > 4
            ? cols[4].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];
        return new Actor(name, type, country, sector, [name, .. aliases]);
    }
}
