using System.Collections.Immutable;
using System.Text;
using Chronicle.Documents;

namespace Chronicle.Articles;

/// <summary>Joins title, captions and body into one text (parts separated by blank lines) with a section for each part.</summary>
internal static class ArticleText
{
    private const string Separator = "\n\n";

    public static (string Text, ImmutableArray<Section> Sections) Join(ArticleParts parts)
    {
        var text = new StringBuilder();
        var sections = ImmutableArray.CreateBuilder<Section>();
        if (!string.IsNullOrWhiteSpace(parts.Title))
        {
            Append(text, sections, SectionKind.Title, parts.Title);
        }

        foreach (var caption in parts.Captions)
        {
            Append(text, sections, SectionKind.Caption, caption);
        }

        if (parts.Body.Count > 0)
        {
            Append(text, sections, SectionKind.Body, string.Join(Separator, parts.Body));
        }

        return (text.ToString(), sections.ToImmutable());
    }

    private static void Append(StringBuilder text, ImmutableArray<Section>.Builder sections, SectionKind kind, string part)
    {
        if (text.Length > 0)
        {
            text.Append(Separator);
        }

        int start = text.Length;
        text.Append(part);
        sections.Add(new Section(kind, new Span(start, text.Length)));
    }
}
