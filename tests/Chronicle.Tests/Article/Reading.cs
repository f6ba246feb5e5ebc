using System.Text;
using Chronicle.Articles;
using Chronicle.Documents;
using Chronicle.Inputs;

namespace Chronicle.Tests.Articles;

/// <summary>Helpers that read literal test content with one shared reader, as the pipeline does.</summary>
internal static class Reading
{
    public static readonly ArticleReader Reader = new();

    public static ArticleReading Bytes(byte[] bytes, InputFormat format = InputFormat.PlainText) =>
        Reader.Read(new RawInput { Source = "test-input", Format = format, Bytes = bytes });

    public static Article Text(string text, InputFormat format = InputFormat.PlainText) =>
        Bytes(Encoding.UTF8.GetBytes(text), format).Article ?? throw new InvalidOperationException("no article");

    public static Article Html(string html) => Text(html, InputFormat.Html);

    public static string[] Parts(Article article, SectionKind kind) =>
        [.. article.Sections.Where(s => s.Kind == kind).Select(s => article.Text[s.Span.Start..s.Span.End])];

    public static string Body(Article article) => Assert.Single(Parts(article, SectionKind.Body));
}
