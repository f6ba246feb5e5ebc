using System.Globalization;
using System.Text.Json;
using Chronicle.Serialization;
using Spectre.Console;

namespace Chronicle.Cli.Commands.Quotes;

/// <summary>Writes quotes to standard output as they are found: a table to read, or JSON for scripts.</summary>
internal abstract class QuoteOutput : IDisposable
{
    public static QuoteOutput Create(QuotesFormat format, Stream stdout, IAnsiConsole console) => format switch
    {
        QuotesFormat.Json => new JsonOutput(stdout, indented: true),
        QuotesFormat.Jsonl => new JsonOutput(stdout, indented: false),
        _ => new TableOutput(console),
    };

    public abstract void Write(QuoteRow row);

    /// <summary>Finishes the output once every quote is written.</summary>
    public abstract void Complete();

    public virtual void Dispose()
    {
    }

    /// <summary>Whitespace runs, paragraph breaks of a quote that spans paragraphs included, as one space.</summary>
    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A heading per article and a table of its quotes, the quote column taking the width the others leave.</summary>
    private sealed class TableOutput(IAnsiConsole console) : QuoteOutput
    {
        private Documents.Document? _article;
        private Table? _table;
        private int _rows;

        public override void Write(QuoteRow row)
        {
            if (!ReferenceEquals(row.Document, _article))
            {
                Flush();
                _article = row.Document;
                _table = new Table().Border(TableBorder.Simple).Expand()
                    .AddColumn(new TableColumn("speaker").NoWrap())
                    .AddColumn(new TableColumn("cue").NoWrap())
                    .AddColumn(new TableColumn("kind").NoWrap())
                    .AddColumn(new TableColumn("quote"));
            }

            _rows++;
            _table!.AddRow(
                Markup.Escape(row.Speaker?.Name ?? "?"),
                Markup.Escape(row.Cue ?? ""),
                row.Quote.Kind == Documents.QuoteKind.Direct ? "direct" : "indirect",
                Markup.Escape(OneLine(row.Text)));
        }

        public override void Complete()
        {
            Flush();
            if (_rows == 0)
            {
                console.MarkupLine("No quotes.");
            }
        }

        private void Flush()
        {
            if (_article is not { } document || _table is null)
            {
                return;
            }

            var article = document.Article;
            console.Write(new Rule($"[bold]{Markup.Escape(article.Title ?? article.Source)}[/]").LeftJustified());
            console.MarkupLine($"[grey]{Markup.Escape(article.Source)} · published {article.Published?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown"}[/]");
            console.Write(_table);
        }
    }

    /// <summary>An array of quote objects, or one object a line.</summary>
    private sealed class JsonOutput : QuoteOutput
    {
        private readonly Stream _stdout;
        private readonly bool _indented;
        private readonly Utf8JsonWriter _json;

        public JsonOutput(Stream stdout, bool indented)
        {
            _stdout = stdout;
            _indented = indented;
            _json = new Utf8JsonWriter(stdout, DocumentJsonWriter.Options(indented));
            if (indented)
            {
                _json.WriteStartArray();
            }
        }

        public override void Write(QuoteRow row)
        {
            var article = row.Document.Article;
            _json.WriteStartObject();
            _json.WriteStartObject("article");
            _json.WriteString("id", article.Id);
            _json.WriteString("title", article.Title);
            _json.WriteString("source", article.Source);
            _json.WriteEndObject();
            _json.WriteString("id", row.Quote.Id.ToString());
            _json.WriteString("kind", row.Quote.Kind == Documents.QuoteKind.Direct ? "direct" : "indirect");
            WriteSpan("quote", row, row.Quote.Span, row.Text);
            if (row.Speaker is { } speaker)
            {
                _json.WriteStartObject("speaker");
                _json.WriteString("id", speaker.Id.ToString());
                _json.WriteString("name", speaker.Name);
                _json.WriteStartArray("aliases");
                foreach (var alias in speaker.Aliases)
                {
                    _json.WriteStringValue(alias);
                }

                _json.WriteEndArray();
                _json.WriteEndObject();
            }
            else
            {
                _json.WriteNull("speaker");
            }

            if (row.Quote.Cue is { } cue)
            {
                WriteSpan("cue", row, cue, row.Cue!);
            }
            else
            {
                _json.WriteNull("cue");
            }

            _json.WriteEndObject();
            if (!_indented)
            {
                _json.Flush();
                _json.Reset();
                _stdout.WriteByte((byte)'\n');
            }
        }

        public override void Complete()
        {
            if (_indented)
            {
                _json.WriteEndArray();
                _json.Flush();
                _stdout.WriteByte((byte)'\n');
            }
        }

        public override void Dispose()
        {
            _json.Dispose();
            _stdout.Flush();
        }

        // Offsets in code points, as in the chronicle/1 contract, so they agree with `chronicle extract`.
        private void WriteSpan(string name, QuoteRow row, Documents.Span span, string text)
        {
            var all = row.Document.Text.AsSpan();
            _json.WriteStartObject(name);
            _json.WriteNumber("start", CodePoints(all[..span.Start]));
            _json.WriteNumber("end", CodePoints(all[..span.End]));
            _json.WriteString("text", text);
            _json.WriteEndObject();
        }

        private static int CodePoints(ReadOnlySpan<char> text)
        {
            int count = text.Length;
            foreach (char c in text)
            {
                count -= char.IsLowSurrogate(c) ? 1 : 0;
            }

            return count;
        }
    }
}
