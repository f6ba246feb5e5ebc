using System.Buffers;
using System.Text;

namespace Chronicle.Articles;

/// <summary>Text as a reader sees it: every run of whitespace one space, none at either end.</summary>
internal static class Whitespace
{
    public static string Collapse(string text) => Collapse(new StringBuilder(text));

    public static string Collapse(StringBuilder text)
    {
        var chars = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            int length = 0;
            bool space = false;
            foreach (var chunk in text.GetChunks())
            {
                foreach (char c in chunk.Span)
                {
                    if (char.IsWhiteSpace(c))
                    {
                        space = length > 0;
                        continue;
                    }

                    if (space)
                    {
                        chars[length++] = ' ';
                        space = false;
                    }

                    chars[length++] = c;
                }
            }

            return new string(chars, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
