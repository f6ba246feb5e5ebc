using System.Collections.Immutable;
using System.Text;
using Chronicle.Documents;

namespace Chronicle.Storage;

/// <summary>
/// The keys under which an actor is compared across articles, whose entity ids mean nothing outside their document:
/// its name and aliases, normalised, and for states and their organs the country ("cc:USA").
/// </summary>
public static class ActorKeys
{
    /// <summary>Sectors that act for their country, so "U.S. forces" and "the United States" are one actor at this grain.</summary>
    private static readonly Sector[] StateSectors = [Sector.Gov, Sector.Mil, Sector.Cop, Sector.Spy, Sector.Leg, Sector.Jud];

    public static ImmutableArray<string> Of(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var keys = ImmutableArray.CreateBuilder<string>();
        foreach (var name in entity.Aliases.Prepend(entity.Name))
        {
            string key = Normalize(name);
            if (key.Length > 1 && !keys.Contains(key))
            {
                keys.Add(key);
            }
        }

        bool state = entity.Type == EntityType.Gpe && entity.Place?.Precision == PlacePrecision.Country
            || entity.Sector is { } sector && StateSectors.Contains(sector);
        if (state && entity.Country is { Length: > 0 } country)
        {
            keys.Add("cc:" + country);
        }

        return keys.ToImmutable();
    }

    /// <summary>Lower case, no dots or apostrophes, hyphens and other punctuation as spaces, no leading "the".</summary>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                text.Append(char.ToLowerInvariant(c));
            }
            else if (c is '.' or '\'' or '’')
            {
                continue;
            }
            else if (text.Length > 0 && text[^1] != ' ')
            {
                text.Append(' ');
            }
        }

        string key = text.ToString().Trim();
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }
}
