using System.Text;
using System.Text.Json;
using Chronicle.Documents;
using Chronicle.Serialization;

namespace Chronicle.Cli.Commands.Read;

/// <summary>Writes article objects to standard output in the chosen format as they are read.</summary>
internal abstract class ArticleOutput : IDisposable
{
    public static ArticleOutput Create(ReadFormat format, Stream stdout) => format switch
    {
        ReadFormat.Jsonl => new JsonLinesOutput(stdout),
        ReadFormat.Text => new TextOutput(stdout),
        _ => new JsonOutput(stdout),
    };

    public abstract void Write(Article article);

    /// <summary>Finishes the output once every article is written.</summary>
    public virtual void Complete()
    {
    }

    public abstract void Dispose();

    /// <summary>One article object a line.</summary>
    private sealed class JsonLinesOutput(Stream stdout) : ArticleOutput
    {
        private readonly Utf8JsonWriter _json = new(stdout, DocumentJsonWriter.Options(indented: false));

        public override void Write(Article article)
        {
            DocumentJsonWriter.WriteArticle(_json, article);
            _json.Flush();
            _json.Reset();
            stdout.WriteByte((byte)'\n');
        }

        public override void Dispose()
        {
            _json.Dispose();
            stdout.Flush();
        }
    }

    /// <summary>One article as an object, several as an array; the choice waits for the second article, so only one is ever held.</summary>
    private sealed class JsonOutput(Stream stdout) : ArticleOutput
    {
        private readonly Utf8JsonWriter _json = new(stdout, DocumentJsonWriter.Options(indented: true));
        private Article? _held;
        private bool _array;

        public override void Write(Article article)
        {
            if (_held is null && !_array)
            {
                _held = article;
                return;
            }

            if (!_array)
            {
                _array = true;
                _json.WriteStartArray();
                DocumentJsonWriter.WriteArticle(_json, _held!);
                _held = null;
            }

            DocumentJsonWriter.WriteArticle(_json, article);
            _json.Flush();
        }

        public override void Complete()
        {
            if (_array)
            {
                _json.WriteEndArray();
            }
            else if (_held is not null)
            {
                DocumentJsonWriter.WriteArticle(_json, _held);
            }

            _json.Flush();
            if (_array || _held is not null)
            {
                stdout.WriteByte((byte)'\n');
            }
        }

        public override void Dispose()
        {
            _json.Dispose();
            stdout.Flush();
        }
    }

    /// <summary>The clean text to read: a header of metadata, then title, captions and body as paragraphs.</summary>
    private sealed class TextOutput(Stream stdout) : ArticleOutput
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
