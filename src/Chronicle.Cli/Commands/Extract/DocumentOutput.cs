using System.Text.Json;
using Chronicle.Documents;
using Chronicle.Serialization;
using Spectre.Console;

namespace Chronicle.Cli.Commands.Extract;

/// <summary>Writes documents to standard output in the chosen format as they are made.</summary>
internal abstract class DocumentOutput : IDisposable
{
    public static DocumentOutput Create(ExtractFormat format, Stream stdout, IAnsiConsole console) => format switch
    {
        ExtractFormat.Jsonl => new JsonLinesOutput(stdout),
        ExtractFormat.Table => new TableOutput(console),
        _ => new JsonOutput(stdout),
    };

    public abstract void Write(Document document);

    /// <summary>Finishes the output once every document is written.</summary>
    public virtual void Complete()
    {
    }

    public virtual void Dispose()
    {
    }

    /// <summary>One document a line.</summary>
    private sealed class JsonLinesOutput(Stream stdout) : DocumentOutput
    {
        private readonly Utf8JsonWriter _json = new(stdout, DocumentJsonWriter.Options(indented: false));

        public override void Write(Document document)
        {
            DocumentJsonWriter.Write(_json, document);
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

    /// <summary>One document as an object; several as an array, decided when the second arrives so nothing is buffered beyond one document.</summary>
    private sealed class JsonOutput(Stream stdout) : DocumentOutput
    {
        private readonly Utf8JsonWriter _json = new(stdout, DocumentJsonWriter.Options(indented: true));
        private Document? _first;
        private bool _array;

        public override void Write(Document document)
        {
            if (_first is null && !_array)
            {
                _first = document;
                return;
            }

            if (!_array)
            {
                _array = true;
                _json.WriteStartArray();
                DocumentJsonWriter.Write(_json, _first!);
                _first = null;
            }

            DocumentJsonWriter.Write(_json, document);
            _json.Flush();
        }

        public override void Complete()
        {
            if (_array)
            {
                _json.WriteEndArray();
            }
            else if (_first is not null)
            {
                DocumentJsonWriter.Write(_json, _first);
            }

            _json.Flush();
            stdout.WriteByte((byte)'\n');
        }

        public override void Dispose()
        {
            _json.Dispose();
            stdout.Flush();
        }
    }
}
