using System.Text.Json;
using Chronicle.Serialization;

namespace Chronicle.Cli.Console;

/// <summary>Writes a command's results to standard output as they are made: JSON Lines, JSON, or a renderer of its own.</summary>
internal abstract class StreamOutput<T> : IDisposable
{
    public abstract void Write(T item);

    /// <summary>Finishes the output once every item is written.</summary>
    public virtual void Complete()
    {
    }

    public virtual void Dispose()
    {
    }

    /// <summary>One item a line.</summary>
    public static StreamOutput<T> JsonLines(Stream stdout, Action<Utf8JsonWriter, T> write) => new JsonLinesOutput(stdout, write);

    /// <summary>One item as an object, several as an array.</summary>
    public static StreamOutput<T> Json(Stream stdout, Action<Utf8JsonWriter, T> write) => new JsonOutput(stdout, write);

    private sealed class JsonLinesOutput(Stream stdout, Action<Utf8JsonWriter, T> write) : StreamOutput<T>
    {
        private readonly Utf8JsonWriter _json = new(stdout, DocumentJsonWriter.Options(indented: false));

        public override void Write(T item)
        {
            write(_json, item);
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

    // The choice between object and array waits for the second item, so only one is ever held.
    private sealed class JsonOutput(Stream stdout, Action<Utf8JsonWriter, T> write) : StreamOutput<T>
    {
        private readonly Utf8JsonWriter _json = new(stdout, DocumentJsonWriter.Options(indented: true));
        private T? _held;
        private bool _holding;
        private bool _array;

        public override void Write(T item)
        {
            if (!_holding && !_array)
            {
                (_held, _holding) = (item, true);
                return;
            }

            if (!_array)
            {
                _array = true;
                _json.WriteStartArray();
                write(_json, _held!);
                (_held, _holding) = (default, false);
            }

            write(_json, item);
            _json.Flush();
        }

        public override void Complete()
        {
            if (_array)
            {
                _json.WriteEndArray();
            }
            else if (_holding)
            {
                write(_json, _held!);
            }

            _json.Flush();
            if (_array || _holding)
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
}
