using System.Text;
using System.Text.RegularExpressions;

namespace Chronicle.Articles;

/// <summary>
/// Turns an input's bytes into text, deciding the encoding as browsers do (WHATWG Encoding): a byte-order mark,
/// else the server's charset, else an HTML charset declaration, else the bytes themselves: valid UTF-8 is UTF-8,
/// anything else is Windows-1251 when it reads as Cyrillic and Windows-1252 (the Western default) otherwise.
/// </summary>
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
                // As browsers do: pages labelled Latin-1 or ASCII are really Windows-1252, and a UTF-16 or UTF-32 label
                // without a byte-order mark is a mistake (the declaration itself was readable as ASCII), so UTF-8.
                if (declared.CodePage is not (CodePages.Utf8 or CodePages.Utf16 or CodePages.Utf16BigEndian or CodePages.Utf32 or CodePages.Utf32BigEndian))
                {
                    var encoding = declared.CodePage is CodePages.Latin1 or CodePages.Ascii ? Encoding.GetEncoding(CodePages.Windows1252) : declared;
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
            var (name, codePage) = LooksCyrillic(bytes) ? ("Windows-1251", CodePages.Windows1251) : ("Windows-1252", CodePages.Windows1252);
            warnings.Add($"not valid UTF-8 (byte {e.Index}); read as {name}");
            return (Encoding.GetEncoding(codePage).GetString(bytes), null);
        }
    }

    /// <summary>
    /// Whether undeclared 8-bit text reads as Cyrillic in Windows-1251: there every letter of a word is a byte of
    /// 0xC0 or above, so such bytes come in runs as long as words; in Western text they are accented letters among
    /// ASCII ones ("café", "Straße"), alone or in pairs ("ção"). Greek and other 8-bit scripts also have long runs
    /// and would be misread as Cyrillic; news in them is rarely undeclared.
    /// </summary>
    internal static bool LooksCyrillic(byte[] bytes)
    {
        const double MinMeanRun = 2.5;
        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, SampleBytes));
        int letters = 0;
        int runs = 0;
        bool inRun = false;
        foreach (var b in sample)
        {
            bool high = b >= 0xC0;
            if (high)
            {
                letters++;
                runs += inRun ? 0 : 1;
            }

            inRun = high;
        }

        return runs > 0 && letters / (double)runs >= MinMeanRun;
    }

    private static class CodePages
    {
        public const int Ascii = 20127;
        public const int Latin1 = 28591;
        public const int Utf8 = 65001;
        public const int Utf16 = 1200;
        public const int Utf16BigEndian = 1201;
        public const int Utf32 = 12000;
        public const int Utf32BigEndian = 12001;
        public const int Windows1251 = 1251;
        public const int Windows1252 = 1252;
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
