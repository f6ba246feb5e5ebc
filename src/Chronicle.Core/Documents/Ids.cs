namespace Chronicle.Documents;

/// <summary>An entity's id within its document ("e1").</summary>
public readonly record struct EntityId(int Value)
{
    public override string ToString() => $"e{Value}";
}

/// <summary>A time expression's id within its document ("t1").</summary>
public readonly record struct TimeId(int Value)
{
    public override string ToString() => $"t{Value}";
}

/// <summary>A quote's id within its document ("q1").</summary>
public readonly record struct QuoteId(int Value)
{
    public override string ToString() => $"q{Value}";
}

/// <summary>An event's id within its document ("v1").</summary>
public readonly record struct EventId(int Value)
{
    public override string ToString() => $"v{Value}";
}
