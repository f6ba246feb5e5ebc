using System.Collections.Immutable;
using Chronicle.Documents;

namespace Chronicle.Entities;

/// <summary>Merges the mentions of one document into entities: same known actor, "a.k.a.", acronyms in brackets, initials, surnames.</summary>
internal static class AliasResolver
{
    private static readonly string[][] AliasCues =
    [
        ["a.k.a"], ["a.k.a."], ["aka"], ["also", "known", "as"], ["known", "as"], ["alias"], ["better", "known", "as"],
        ["otherwise", "known", "as"], ["also", "called"], ["nicknamed"],
    ];

    public static ImmutableArray<Entity> Resolve(Document document, List<Mention> mentions)
    {
        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var sets = new DisjointSets(mentions.Count);
        var types = mentions.Select(m => m.Type).ToArray();
        LinkSameKeyOrText(mentions, sets);
        LinkAliasCues(document, mentions, sets, types);
        LinkBracketedAcronyms(document, mentions, sets, types);
        LinkInitials(mentions, sets, types);
        LinkSurnames(document, mentions, sets, types);
        LinkGroupHeads(document, mentions, sets);
        LinkRoles(mentions, sets, types);
        return Build(document, mentions, sets, types);
    }

    private static void LinkSameKeyOrText(List<Mention> mentions, DisjointSets sets)
    {
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            string key = m.Key ?? (m.Kind == MentionKind.Group ? "group:" + m.Name.ToLowerInvariant() : "name:" + m.Name);
            if (byKey.TryGetValue(key, out int first))
            {
                sets.Union(first, i);
            }
            else
            {
                byKey[key] = i;
            }
        }
    }

    // "Mushtaq Jawad Kazim al Jawari, a.k.a Abu Taqwa": the words between two adjacent mentions are an alias cue.
    private static void LinkAliasCues(Document document, List<Mention> mentions, DisjointSets sets, EntityType[] types)
    {
        for (int i = 0; i + 1 < mentions.Count; i++)
        {
            var words = WordsBetween(document, mentions[i].EndToken, mentions[i + 1].FirstToken);
            if (words.Count == 0 || words.Count > 4)
            {
                continue;
            }

            if (AliasCues.Any(cue => cue.SequenceEqual(words, StringComparer.OrdinalIgnoreCase)))
            {
                sets.Union(i, i + 1);
                if (types[i + 1] is EntityType.Other or EntityType.Person && types[i] == EntityType.Person)
                {
                    types[i + 1] = EntityType.Person;
                }
            }
        }
    }

    // "HAN [Harakat al-Nujaba]", "Popular Mobilization Forces (PMF)".
    private static void LinkBracketedAcronyms(Document document, List<Mention> mentions, DisjointSets sets, EntityType[] types)
    {
        for (int i = 0; i + 1 < mentions.Count; i++)
        {
            var (a, b) = (mentions[i], mentions[i + 1]);
            int gap = b.FirstToken - a.EndToken;
            if (gap != 1 || b.EndToken >= document.Tokens.Length)
            {
                continue;
            }

            char open = document.Text[document.Tokens[a.EndToken].Span.Start];
            char close = document.Text[document.Tokens[b.EndToken].Span.Start];
            bool bracketed = (open == '(' && close == ')') || (open == '[' && close == ']');
            if (!bracketed || (a.Kind != MentionKind.Acronym && b.Kind != MentionKind.Acronym))
            {
                continue;
            }

            sets.Union(i, i + 1);
            var full = a.Kind == MentionKind.Acronym ? i + 1 : i;
            var acronym = full == i ? i + 1 : i;
            types[acronym] = types[full];
        }
    }

    // "PMF" and "Popular Mobilization Forces" in the same article.
    private static void LinkInitials(List<Mention> mentions, DisjointSets sets, EntityType[] types)
    {
        var byInitials = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Kind == MentionKind.Acronym || types[i] is not EntityType.Org)
            {
                continue;
            }

            var words = mentions[i].Name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length >= 2)
            {
                byInitials.TryAdd(string.Concat(words.Select(w => char.ToUpperInvariant(w[0]))), i);
                byInitials.TryAdd(string.Concat(words.Where(w => char.IsUpper(w[0])).Select(w => w[0])), i);
            }
        }

        for (int i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Kind == MentionKind.Acronym && byInitials.TryGetValue(mentions[i].Name.Replace(".", "", StringComparison.Ordinal), out int full))
            {
                sets.Union(i, full);
                types[i] = types[full];
            }
        }
    }

    // "Ryder" and "General Ryder" join the latest "Patrick Ryder" before them, or the only one in the article.
    private static void LinkSurnames(Document document, List<Mention> mentions, DisjointSets sets, EntityType[] types)
    {
        // Each full name's first and last word, split once rather than for every short name.
        var fullNames = Enumerable.Range(0, mentions.Count)
            .Where(i => types[i] == EntityType.Person && mentions[i].Kind == MentionKind.Name)
            .Select(i => (Index: i, Parts: mentions[i].Name.Split(' ')))
            .Select(f => (f.Index, First: f.Parts[0], Last: SurnameOf(f.Parts)))
            .ToList();
        HashSet<string>? placesAfterPrepositions = null;
        for (int i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            // "Scott Dayton … Dayton was wounded": a town's name that repeats the surname of a person named before is that person.
            bool townName = m is { Kind: MentionKind.Known, Type: EntityType.Gpe, Key: null } && !m.Name.Contains(' ', StringComparison.Ordinal)
                && !(placesAfterPrepositions ??= PlacesAfterPrepositions(document, mentions)).Contains(m.Name);
            if (m.Kind is not (MentionKind.ShortName or MentionKind.TitledSurname) && !townName)
            {
                continue;
            }

            int match = -1;
            foreach (var (f, first, last) in fullNames)
            {
                bool surname = last == m.Name || (last.Contains('-') && last.EndsWith("-" + m.Name, StringComparison.Ordinal));
                bool firstName = m.Kind == MentionKind.ShortName && first == m.Name;
                if ((surname || firstName) && (!townName || f < i))
                {
                    match = match < 0 || f < i ? f : match;
                }
            }

            if (match >= 0)
            {
                sets.Union(i, match);
                types[i] = EntityType.Person;
            }
        }
    }

    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "near", "from", "into", "outside", "around", "across", "toward", "towards",
    };

    // The names the document uses as places at least once ("talks in Ankara").
    private static HashSet<string> PlacesAfterPrepositions(Document document, List<Mention> mentions) =>
        mentions.Where(m => m.FirstToken > 0 && PlacePrepositions.Contains(document[document.Tokens[m.FirstToken - 1].Span]))
            .Select(m => m.Name).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> GenerationSuffixes = new(StringComparer.Ordinal) { "Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV" };

    // "Charles H. Keating IV" is a Keating: a generation suffix is no surname.
    private static string SurnameOf(string[] parts) =>
        parts.Length > 2 && GenerationSuffixes.Contains(parts[^1]) ? parts[^2].TrimEnd(',') : parts[^1];

    // "Iraqi officials said … The officials added", "EU ministers urged … the ministers said": a bare collective noun
    // is the latest group named with the same noun after a nationality or a name.
    private static void LinkGroupHeads(Document document, List<Mention> mentions, DisjointSets sets)
    {
        for (int i = 0; i < mentions.Count; i++)
        {
            var bare = mentions[i];
            if (bare.Kind is not (MentionKind.Group or MentionKind.Description) || bare.Type != EntityType.Org || bare.Country is not null
                || bare.Name.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            string spacedNoun = " " + bare.Name;
            for (int j = i - 1; j >= 0; j--)
            {
                if (NamesGroupOf(document, mentions[j], spacedNoun))
                {
                    sets.Union(j, i);
                    break;
                }
            }
        }
    }

    // A nationality's group ("Iraqi officials"), or a name with the group noun after it ("EU ministers").
    private static bool NamesGroupOf(Document document, Mention earlier, string spacedNoun) => earlier.Kind switch
    {
        MentionKind.Group => earlier.Country is not null && earlier.Name.EndsWith(spacedNoun, StringComparison.OrdinalIgnoreCase),
        MentionKind.Known or MentionKind.Name or MentionKind.Acronym =>
            document.Text.AsSpan(earlier.Span.Start, earlier.Span.Length).EndsWith(spacedNoun, StringComparison.OrdinalIgnoreCase)
            && !earlier.Name.EndsWith(spacedNoun.AsSpan(1), StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    // "Foreign Secretary Philip Hammond ... the Foreign Secretary said": a role alone is the latest person who holds it,
    // or the next one when nobody before does.
    private static void LinkRoles(List<Mention> mentions, DisjointSets sets, EntityType[] types)
    {
        for (int i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Kind != MentionKind.Role)
            {
                continue;
            }

            string role = mentions[i].Titles[0];
            int holder = -1;
            for (int j = i - 1; j >= 0 && holder < 0; j--)
            {
                holder = Holds(mentions[j], types[j], role) ? j : -1;
            }

            for (int j = i + 1; j < mentions.Count && holder < 0; j++)
            {
                holder = Holds(mentions[j], types[j], role) ? j : -1;
            }

            if (holder >= 0)
            {
                sets.Union(holder, i);
            }
        }
    }

    private static bool Holds(Mention mention, EntityType type, string role) =>
        type == EntityType.Person && mention.Kind != MentionKind.Role
        && mention.Titles.Any(title => title.EndsWith(role, StringComparison.OrdinalIgnoreCase));

    private static ImmutableArray<Entity> Build(Document document, List<Mention> mentions, DisjointSets sets, EntityType[] types)
    {
        var groups = Enumerable.Range(0, mentions.Count).GroupBy(sets.Find).OrderBy(g => g.Min());
        var entities = ImmutableArray.CreateBuilder<Entity>();
        foreach (var group in groups)
        {
            var members = group.ToList();
            var type = members.Select(i => types[i]).OrderBy(TypeRank).First();
            var named = members.Where(i => mentions[i].Kind is not (MentionKind.Acronym or MentionKind.TitledSurname or MentionKind.Role)).ToList();
            var name = (named.Count > 0 ? named : members).Select(i => mentions[i].Name)
                .OrderByDescending(n => n.Length).First();
            var aliases = members.Select(i => document[mentions[i].Span]).Where(a => a != name)
                .Distinct(StringComparer.Ordinal).ToImmutableArray();
            entities.Add(new Entity
            {
                Id = new EntityId(entities.Count + 1),
                Type = type,
                Name = name,
                Aliases = aliases,
                Country = members.Select(i => mentions[i].Country).FirstOrDefault(c => c is not null),
                Sector = members.Select(i => mentions[i].Sector).FirstOrDefault(s => s is not null),
                Titles = members.SelectMany(i => mentions[i].Titles).Distinct(StringComparer.Ordinal).ToImmutableArray(),
                Mentions = members.Select(i => mentions[i].Span).ToImmutableArray(),
                ActorMentions = type == EntityType.Gpe
                    ? members.Where(i => mentions[i].Actor).Select(i => mentions[i].Span).ToImmutableArray()
                    : [],
            });
        }

        return entities.ToImmutable();
    }

    private static int TypeRank(EntityType type) => type switch
    {
        EntityType.Person => 0,
        EntityType.Org => 1,
        EntityType.Gpe => 2,
        EntityType.Loc => 3,
        EntityType.Fac => 4,
        EntityType.Norp => 5,
        _ => 6,
    };

    private static List<string> WordsBetween(Document document, int start, int end)
    {
        var words = new List<string>();
        for (int k = start; k < end; k++)
        {
            if (document.Tokens[k].Kind == TokenKind.Word)
            {
                words.Add(document[document.Tokens[k].Span]);
            }
            else if (document.Text[document.Tokens[k].Span.Start] is not (',' or '(' or ')' or '"' or '\u201C' or '\u201D'))
            {
                return [];
            }
        }

        return words;
    }

    private sealed class DisjointSets(int count)
    {
        private readonly int[] _parent = Enumerable.Range(0, count).ToArray();

        public int Find(int i)
        {
            while (_parent[i] != i)
            {
                _parent[i] = _parent[_parent[i]];
                i = _parent[i];
            }

            return i;
        }

        // The earlier mention stays the root so entity order follows first mention.
        public void Union(int a, int b)
        {
            int ra = Find(a), rb = Find(b);
            if (ra != rb)
            {
                _parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
            }
        }
    }
}
