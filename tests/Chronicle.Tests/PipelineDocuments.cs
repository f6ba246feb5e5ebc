using Chronicle.Articles;
using Chronicle.Documents;
using Chronicle.Inputs;
using Chronicle.Pipeline;

namespace Chronicle.Tests;

/// <summary>Runs the standard pipeline, reader included, over text written in a test.</summary>
internal static class PipelineDocuments
{
    private static readonly Lazy<DocumentPipeline> Pipeline = new(() => StandardPipeline.Create(SharedResources.Value));

    public static Document Extract(string text, DateOnly? published = null, string? title = null)
    {
        var reading = new ArticleReader().Read(new RawInput
        {
            Source = "test",
            Format = InputFormat.PlainText,
            Text = text,
            Title = title,
            Published = published,
        });
        return Pipeline.Value.Run(Document.FromArticle(reading.Article ?? throw new InvalidOperationException(reading.Problem?.Message)));
    }

    public static string NameOf(this Document document, EntityId id) => document.FindEntity(id)!.Name;

    public static IEnumerable<string> Names(this Document document, IEnumerable<EntityId> ids) => ids.Select(document.NameOf);
}
