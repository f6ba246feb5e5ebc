using System.Security.Cryptography;
using System.Text;
using Chronicle.Documents;

namespace Chronicle.Tests;

/// <summary>Builds documents from literal text for stage tests.</summary>
internal static class TestDocuments
{
    public static Document FromText(string text, DateOnly? published = null) =>
        Document.FromArticle(new Article
        {
            Id = "test",
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
            Source = "test",
            Text = text,
            Published = published is { } date ? new PublicationDate(date, PublishedFrom.Given) : null,
            Sections = [new Section(SectionKind.Body, new Span(0, text.Length))],
        });
}
