using System.Text;
using Chronicle.Cli.Console;
using Chronicle.Documents;
using Chronicle.Serialization;

namespace Chronicle.Cli.Commands.Read;

/// <summary>The outputs of `chronicle read`, one per format.</summary>
internal static class ArticleOutput
{
    public static StreamOutput<Article> Create(ReadFormat format, Stream stdout) => format switch
    {
        ReadFormat.Jsonl => StreamOutput<Article>.JsonLines(stdout, DocumentJsonWriter.WriteArticle),
        ReadFormat.Text => new TextOutput(stdout),
        _ => StreamOutput<Article>.Json(stdout, DocumentJsonWriter.WriteArticle),
    };

    /// <summary>The clean text to read: a header of metadata, then title, captions and body as paragraphs.</summary>
    private sealed class TextOutput(Stream stdout) : StreamOutput<Article>
    {
        private readonly StreamWriter _writer = new(stdout, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { NewLine = "\n" };
        private bool _first = true;

        public override void Write(Article article)
        {
            if (!_first)
            {
                _writer.WriteLine();
                _writer.WriteLine(new string('=', 72));
            }

            _first = false;
            _writer.WriteLine($"source: {article.Source}");
            WriteIf("url", article.Url);
            WriteIf("site", article.SiteName);
            WriteIf("byline", article.Byline.IsEmpty ? null : string.Join("; ", article.Byline));
            WriteIf("published", article.Published is { } p ? $"{p.Date:yyyy-MM-dd} ({ContractNames.Of(p.From)})" : null);
            _writer.WriteLine($"language: {article.Language}");
            foreach (var section in article.Sections)
            {
                _writer.WriteLine();
                _writer.WriteLine($"[{ContractNames.Of(section.Kind)}]");
                _writer.WriteLine(article.Text[section.Span.Start..section.Span.End]);
            }

            _writer.Flush();
        }

        public override void Dispose() => _writer.Dispose();

        private void WriteIf(string label, string? value)
        {
            if (value is not null)
            {
                _writer.WriteLine($"{label}: {value}");
            }
        }
    }
}

/// <summary>The output formats of `chronicle read`.</summary>
internal enum ReadFormat
{
    Json,
    Jsonl,
    Text,
}
