using System.Collections.Frozen;
using Chronicle.Documents;

namespace Chronicle.Entities;

/// <summary>The word lists the entity recogniser uses: titles, organisation words, collective actor nouns and the head words of place and event names.</summary>
public sealed class EntityLexicon
{
    private readonly FrozenDictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> _titles;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _orgWords;
    private readonly FrozenDictionary<string, Sector>.AlternateLookup<ReadOnlySpan<char>> _groupNouns;
    private readonly FrozenDictionary<string, EntityType>.AlternateLookup<ReadOnlySpan<char>> _nameHeads;
    private readonly FrozenDictionary<string, EntityType>.AlternateLookup<ReadOnlySpan<char>> _descriptionHeads;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _identityWords;

    private EntityLexicon(
        FrozenDictionary<string, bool> titles,
        FrozenSet<string> orgWords,
        FrozenDictionary<string, Sector> groupNouns,
        FrozenDictionary<string, EntityType> nameHeads,
        FrozenDictionary<string, EntityType> descriptionHeads,
        FrozenSet<string> identityWords)
    {
        _identityWords = identityWords.GetAlternateLookup<ReadOnlySpan<char>>();
        _descriptionHeads = descriptionHeads.GetAlternateLookup<ReadOnlySpan<char>>();
        _nameHeads = nameHeads.GetAlternateLookup<ReadOnlySpan<char>>();
        _titles = titles.GetAlternateLookup<ReadOnlySpan<char>>();
        _orgWords = orgWords.GetAlternateLookup<ReadOnlySpan<char>>();
        _groupNouns = groupNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Loads titles.txt, org-words.txt, group-nouns.txt, name-heads.txt, entity-heads.tsv, military-places.txt and
    /// identity-words.txt from a directory.</summary>
    public static EntityLexicon Load(string directory)
    {
        var titles = new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase);
        foreach (var cols in Rows(Path.Combine(directory, "titles.txt")))
        {
            titles[cols[0]] = cols.Length > 1 && cols[1] == "head";
        }

        var orgWords = Rows(Path.Combine(directory, "org-words.txt")).Select(c => c[0]);
        var groupNouns = Rows(Path.Combine(directory, "group-nouns.txt"))
            .ToDictionary(c => c[0], c => Enum.Parse<Sector>(c[1], ignoreCase: true), StringComparer.OrdinalIgnoreCase);
        var nameHeads = Rows(Path.Combine(directory, "name-heads.txt"))
            .ToDictionary(c => c[0], c => Enum.Parse<EntityType>(c[1], ignoreCase: true), StringComparer.OrdinalIgnoreCase);
        var descriptionHeads = Rows(Path.Combine(directory, "entity-heads.tsv"))
            .ToDictionary(c => c[0], c => c[1] == "LOC" ? EntityType.Loc : EntityType.Org, StringComparer.Ordinal);
        foreach (var cols in Rows(Path.Combine(directory, "military-places.txt")))
        {
            descriptionHeads.TryAdd(cols[0], EntityType.Loc);
        }

        return new EntityLexicon(
            titles.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            orgWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            groupNouns.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            nameHeads.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
            descriptionHeads.ToFrozenDictionary(StringComparer.Ordinal),
            Rows(Path.Combine(directory, "identity-words.txt")).Select(c => c[0]).ToFrozenSet(StringComparer.Ordinal));
    }

    public bool IsTitle(ReadOnlySpan<char> word) => _titles.ContainsKey(word);

    /// <summary>True for a role noun that can stand for its holder ("the spokesman").</summary>
    public bool IsRoleNoun(ReadOnlySpan<char> word) => _titles.TryGetValue(word, out bool head) && head;

    public bool IsOrgWord(ReadOnlySpan<char> word) => _orgWords.Contains(word);

    public Sector? GroupNounSector(ReadOnlySpan<char> word) =>
        _groupNouns.TryGetValue(word, out var sector) ? sector : null;

    /// <summary>LOC or FAC for a word that makes a name a place ("Dam", "Wadi"), OTHER for one that makes it an operation or event, else null.</summary>
    public EntityType? NameHeadType(ReadOnlySpan<char> word) =>
        _nameHeads.TryGetValue(word, out var type) ? type : null;

    /// <summary>True for a religious, ethnic or language group word ("Kurdish", "Sunnis").</summary>
    public bool IsIdentityWord(ReadOnlySpan<char> word) => _identityWords.Contains(word);

    /// <summary>ORG or LOC for a lower-case noun that mostly heads a description of an organisation, a group of people or a
    /// place ("the regime", "residents", "the city"), else null.</summary>
    public EntityType? DescriptionType(ReadOnlySpan<char> noun) =>
        _descriptionHeads.TryGetValue(noun, out var type) ? type : PluralOfPlace(noun);

    // "bridges", "villages": the plural of a place noun the list has only in the singular (GUM rarely shows both often
    // enough) names places too.
    private EntityType? PluralOfPlace(ReadOnlySpan<char> noun)
    {
        if (noun.Length < 4 || noun[^1] != 's')
        {
            return null;
        }

        bool place = IsPlace(noun[..^1]) || (noun.EndsWith("es", StringComparison.Ordinal) && IsPlace(noun[..^2]))
            || (noun.EndsWith("ies", StringComparison.Ordinal) && IsPlace(string.Concat(noun[..^3], "y")));
        return place ? EntityType.Loc : null;
    }

    private bool IsPlace(ReadOnlySpan<char> singular) => _descriptionHeads.TryGetValue(singular, out var type) && type == EntityType.Loc;

    private static IEnumerable<string[]> Rows(string path) =>
        File.ReadLines(path)
            .Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t', StringSplitOptions.TrimEntries));
}
