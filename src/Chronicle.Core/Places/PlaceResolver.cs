using System.Collections.Immutable;
using Chronicle.Documents;
using Chronicle.Pipeline;

namespace Chronicle.Places;

/// <summary>Resolves place entities on the gazetteer, preferring places in the countries the article mentions, then prominent ones.</summary>
public sealed class PlaceResolver(Gazetteer gazetteer) : IStage
{
    public string Name => "places";

    public Layer Requires => Layer.Entities;

    public Layer Assigns => Layer.Places;

    public Document Annotate(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var articleCountries = document.Entities
            .Where(e => e.Country is not null)
            .GroupBy(e => e.Country!)
            .ToDictionary(g => g.Key, g => g.Sum(e => e.Mentions.Length), StringComparer.Ordinal);
        var resolved = ImmutableArray.CreateBuilder<Entity>(document.Entities.Length);
        foreach (var entity in document.Entities)
        {
            if (entity.Type is not (EntityType.Gpe or EntityType.Loc or EntityType.Fac) || Resolve(entity, articleCountries) is not { } entry)
            {
                resolved.Add(entity);
                continue;
            }

            resolved.Add(entity with { Place = ToPlace(entry), Country = entity.Country ?? entry.Country });
        }

        return document.WithPlaces(resolved.MoveToImmutable());
    }

    /// <summary>The best gazetteer entry for a place entity, or null when none of its names is known.</summary>
    public GazetteerEntry? Resolve(Entity entity, IReadOnlyDictionary<string, int> articleCountries)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(articleCountries);
        foreach (var name in entity.Aliases.Prepend(entity.Name))
        {
            // "Woodbridge, Virginia": the region after the comma says which Woodbridge, or at least where it is.
            int comma = name.IndexOf(", ", StringComparison.Ordinal);
            if (comma > 0 && (gazetteer.FindWithin(name[..comma], name[(comma + 2)..]) ?? Best([name[(comma + 2)..]], articleCountries)) is { } qualified)
            {
                return qualified;
            }
        }

        return Best(entity.Aliases.Prepend(entity.Name), articleCountries);
    }

    private GazetteerEntry? Best(IEnumerable<string> names, IReadOnlyDictionary<string, int> articleCountries)
    {
        GazetteerEntry? best = null;
        double bestScore = double.NegativeInfinity;
        foreach (var name in names)
        {
            foreach (var candidate in gazetteer.Find(name))
            {
                double score = Score(candidate, name, articleCountries);
                if (score > bestScore)
                {
                    (best, bestScore) = (candidate, score);
                }
            }
        }

        return best;
    }

    private static double Score(GazetteerEntry candidate, string name, IReadOnlyDictionary<string, int> articleCountries)
    {
        double score = candidate.Kind switch
        {
            PlaceKind.Country => 100,
            PlaceKind.Admin1 => 3,
            _ => 0,
        };
        if (articleCountries.TryGetValue(candidate.Country, out int mentions))
        {
            score += 20 + Math.Min(mentions, 10);
        }

        score += candidate.FeatureCode switch
        {
            "PPLC" => 8,
            "PPLA" => 5,
            "PPLA2" => 2,
            "PPLX" => -10,
            _ => 0,
        };
        score += Math.Log10(Math.Max(candidate.Population, 1));
        if (candidate.Name == name)
        {
            score += 2;
        }

        return score;
    }

    private static GeoPlace ToPlace(GazetteerEntry entry) => new()
    {
        GeonameId = entry.GeonameId,
        Name = entry.Name,
        Country = entry.Country,
        Admin1 = entry.Admin1,
        Latitude = entry.Latitude,
        Longitude = entry.Longitude,
        FeatureClass = entry.Kind == PlaceKind.City ? 'P' : 'A',
        Precision = entry.Kind switch
        {
            PlaceKind.Country => PlacePrecision.Country,
            PlaceKind.Admin1 => PlacePrecision.Admin1,
            _ => PlacePrecision.City,
        },
    };
}
