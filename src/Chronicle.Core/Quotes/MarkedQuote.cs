using Chronicle.Documents;

namespace Chronicle.Quotes;

/// <summary>Text between double quotation marks: the opening mark, the closing mark (-1 when none came) and the words between.</summary>
internal readonly record struct MarkedQuote(int OpenMark, int CloseMark, Span Content)
{
    public bool IsClosed => CloseMark >= 0;

    /// <summary>The quote with its marks.</summary>
    public Span Outer => new(OpenMark, IsClosed ? CloseMark + 1 : Content.End);
}
