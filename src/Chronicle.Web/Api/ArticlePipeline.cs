using System.Security.Cryptography;
using System.Text;
using Chronicle.Articles;
using Chronicle.Documents;
using Chronicle.Pipeline;

namespace Chronicle.Web.Api;

/// <summary>
/// The pipeline, loaded on first use (its data takes a few seconds and some memory that a server only reading events
/// never needs), and the API key that guards ingest.
/// </summary>
internal sealed class ArticlePipeline(string? dataDirectory, string? apiKey)
{
    private readonly Lazy<(ArticleProcessor Processor, DocumentPipeline Pipeline)> _loaded = new(() =>
    {
        var pipeline = StandardPipeline.Create(ChronicleResources.Load(dataDirectory));
        return (new ArticleProcessor(new ArticleReader(), pipeline), pipeline);
    });

    public ArticleProcessor Processor => _loaded.Value.Processor;

    public bool IngestAllowed => apiKey is not null;

    /// <summary>A stored article's text annotated again, for the layers the store does not keep (times, quotes).</summary>
    public Document Annotate(Article article) => _loaded.Value.Pipeline.Run(Document.FromArticle(article));

    /// <summary>Whether a request's key is the server's, compared in constant time.</summary>
    public bool Accepts(string? key) =>
        apiKey is not null && key is not null
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(key)), SHA256.HashData(Encoding.UTF8.GetBytes(apiKey)));
}
