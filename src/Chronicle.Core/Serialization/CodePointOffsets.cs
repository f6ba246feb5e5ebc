namespace Chronicle.Serialization;

/// <summary>Converts UTF-16 positions to the Unicode code point offsets of the output contract.</summary>
public sealed class CodePointOffsets
{
    // Null when the text has no surrogate pairs, the common case, where both offsets agree.
    private readonly int[]? _codePointAt;

    public CodePointOffsets(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            return;
        }

        _codePointAt = new int[text.Length + 1];
        int codePoint = 0;
        for (int i = 0; i < text.Length; i++)
        {
            _codePointAt[i] = codePoint;
            if (!(char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])))
            {
                codePoint++;
            }
        }

        _codePointAt[text.Length] = codePoint;
    }

    public int this[int utf16Position] => _codePointAt is null ? utf16Position : _codePointAt[utf16Position];
}
