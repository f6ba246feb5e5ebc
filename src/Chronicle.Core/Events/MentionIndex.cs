using Chronicle.Documents;

namespace Chronicle.Events;

/// <summary>Which entity each token belongs to, so that event arguments can be read off token positions.</summary>
internal sealed class MentionIndex
{
    private readonly int[] _entityAt;
    private readonly Entity[] _entities;
    private readonly Dictionary<string, Entity> _countries = new(StringComparer.Ordinal);

    public MentionIndex(Document document)
    {
        _entityAt = new int[document.Tokens.Length];
        Array.Fill(_entityAt, -1);
        _entities = [.. document.Entities];
        for (int e = 0; e < _entities.Length; e++)
        {
            if (_entities[e].Place is { Precision: PlacePrecision.Country } country)
            {
                _countries.TryAdd(country.Country, _entities[e]);
            }

            foreach (var mention in _entities[e].Mentions)
            {
                for (int t = document.TokenAtOrAfter(mention.Start); t < document.Tokens.Length && document.Tokens[t].Span.Start < mention.End; t++)
                {
                    _entityAt[t] = e;
                }
            }
        }
    }

    /// <summary>The entity that names a country (ISO alpha-3), if the document names it.</summary>
    public Entity? Country(string code) => _countries.GetValueOrDefault(code);

    /// <summary>The entity a token belongs to, or null.</summary>
    public Entity? At(int token) => _entityAt[token] < 0 ? null : _entities[_entityAt[token]];

    /// <summary>The first token of the mention that covers a token.</summary>
    public int MentionStart(int token)
    {
        int e = _entityAt[token];
        while (token > 0 && _entityAt[token - 1] == e)
        {
            token--;
        }

        return token;
    }
}
