namespace Chronicle.Documents;

/// <summary>The named annotation layers a document can carry; stages declare which they need and which they add.</summary>
[Flags]
public enum Layer
{
    None = 0,
    Article = 1 << 0,
    Sentences = 1 << 1,
    Tokens = 1 << 2,
    Entities = 1 << 3,
    Places = 1 << 4,
    Times = 1 << 5,
    Quotes = 1 << 6,
    Quantities = 1 << 7,
    Events = 1 << 8,
}
