namespace Chronicle.Documents;

/// <summary>A half-open range [Start, End) of UTF-16 positions in a document's text.</summary>
public readonly record struct Span
{
    public Span(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        Start = start;
        End = end;
    }

    public int Start { get; }

    public int End { get; }

    public int Length => End - Start;

    public bool IsEmpty => End == Start;

    public bool Contains(Span other) => Start <= other.Start && other.End <= End;

    public bool Contains(int position) => Start <= position && position < End;

    public bool Overlaps(Span other) => Start < other.End && other.Start < End;

    /// <summary>The smallest span that covers both spans.</summary>
    public Span Union(Span other) => new(Math.Min(Start, other.Start), Math.Max(End, other.End));

    public override string ToString() => $"[{Start}..{End})";
}
