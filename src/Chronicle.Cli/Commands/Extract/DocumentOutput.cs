using Chronicle.Cli.Console;
using Chronicle.Documents;
using Chronicle.Serialization;
using Spectre.Console;

namespace Chronicle.Cli.Commands.Extract;

/// <summary>The outputs of `chronicle extract`, one per format.</summary>
internal static class DocumentOutput
{
    public static StreamOutput<Document> Create(ExtractFormat format, Stream stdout, IAnsiConsole console) => format switch
    {
        ExtractFormat.Jsonl => StreamOutput<Document>.JsonLines(stdout, DocumentJsonWriter.Write),
        ExtractFormat.Table => new TableOutput(console),
        _ => StreamOutput<Document>.Json(stdout, DocumentJsonWriter.Write),
    };
}
