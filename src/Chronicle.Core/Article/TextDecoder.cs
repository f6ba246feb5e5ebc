using System.Text;
using System.Text.RegularExpressions;

namespace Chronicle.Articles;

/// <summary>Turns an input's bytes into text: byte-order mark, then the server's charset, then an HTML charset declaration, then strict UTF-8, then Windows-1252.</summary>
internal static partial class TextDecoder
{
    // Enough of the start of a file to judge whether it is text, without scanning a whole large file.
    private const int SampleBytes = 64 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>The decoded text, or the reason there is none; warnings say when a fallback was used.</summary>
    public static (string? Text, string? Problem) Decode(byte[] bytes, bool html, List<string> warnings, string? serverCharset = null)
    {
        if (FromByteOrderMark(bytes) is { } marked)
        {
            return (marked.Encoding.GetString(bytes, marked.Length, bytes.Length - marked.Length), null);
        }

        if (LooksBinary(bytes))
        {
            return (null, "binary file, not an article");
        }

        if ((serverCharset ?? (html ? DeclaredCharset(bytes) : null)) is { } charset)
        {
            if (EncodingNamed(charset) is { } declared)
            {
                if (declared.CodePage != Encoding.UTF8.CodePage)
                {
                    // As browsers do (WHATWG Encoding): pages labelled Latin-1 or ASCII are really Windows-1252.
                    var encoding = declared.CodePage is 28591 or 20127 ? Encoding.GetEncoding(1252) : declared;
                    return (encoding.GetString(bytes), null);
                }
            }
            else
            {
                warnings.Add($"unknown charset \"{charset}\" declared; decoding as UTF-8");
            }
        }

        try
        {
            return (StrictUtf8.GetString(bytes), null);
        }
        catch (DecoderFallbackException e)
        {
            warnings.Add($"not valid UTF-8 (byte {e.Index}); read as Windows-1252");
            return (Encoding.GetEncoding(1252).GetString(bytes), null);
        }
    }

    private static (Encoding Encoding, int Length)? FromByteOrderMark(byte[] b) => b switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (Encoding.UTF8, 3),
        [0xFF, 0xFE, 0x00, 0x00, ..] => (Encoding.UTF32, 4),
        [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4),
        [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
        [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
        _ => null,
    };

    /// <summary>A NUL byte or many control characters near the start: no news article looks like that.</summary>
    private static bool LooksBinary(byte[] bytes)
    {
        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, SampleBytes));
        if (sample.Contains((byte)0))
        {
            return true;
        }

        int control = 0;
        foreach (var b in sample)
        {
            if ((b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C)) || b == 0x7F)
            {
                control++;
            }
        }

        return control > sample.Length / 20;
    }

    private static string? DeclaredCharset(byte[] bytes)
    {
        // Declarations are ASCII and, by the HTML standard, within the first 1024 bytes; allow a little more.
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var match = CharsetDeclaration().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static Encoding? EncodingNamed(string name)
    {
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    // Covers both <meta charset="x"> and <meta http-equiv="Content-Type" content="text/html; charset=x">.
    [GeneratedRegex(@"<meta[^>]*?charset\s*=\s*[""']?\s*([A-Za-z0-9_:.\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetDeclaration();
}
