using System.ComponentModel;
using System.Globalization;
using Chronicle.Cli.Commands.Events;
using Chronicle.Cli.Console;
using Chronicle.Serialization;
using Chronicle.Storage;
using Spectre.Console.Cli;

namespace Chronicle.Cli.Commands.Explain;

/// <summary>`chronicle explain`: shows each article's report of a stored event and why it was merged with the others.</summary>
internal sealed class ExplainCommand : Command<ExplainCommand.Settings>
{
    /// <summary>The options of `chronicle explain`.</summary>
    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<EVENT>")]
        [Description("The id of a stored event, as `chronicle events` prints it.")]
        public long Event { get; init; }

        [CommandOption("--db <DATABASE>")]
        [Description("A SQLite file (default chronicle.db) or postgres://user:password@host:port/database.")]
        public string? Database { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (StoreFiles.Missing(settings.Database) is { } missing)
        {
            System.Console.Error.WriteLine(missing);
            return ExitCodes.NothingRead;
        }

        using var store = EventStore.Open(StoreTarget.Parse(settings.Database));
        if (store.Explain(settings.Event) is not { } explanation)
        {
            System.Console.Error.WriteLine($"chronicle: no event {settings.Event} in {store.Target}");
            return ExitCodes.NothingRead;
        }

        var e = explanation.Event;
        var output = System.Console.Out;
        output.WriteLine($"event {e.Id}: {Describe(e)}");
        output.WriteLine($"{e.SourceCount} source{(e.SourceCount == 1 ? "" : "s")}:");
        int n = 0;
        foreach (var report in explanation.Reports)
        {
            var source = report.Source;
            output.WriteLine();
            output.WriteLine($"{++n}. article {source.ArticleId} (its event {source.ReportId}){(source.Url is null ? "" : " " + source.Url)}, published {source.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown"}");
            output.WriteLine($"   reported: {Describe(report.Report)}");
            foreach (var evidence in source.Evidence)
            {
                output.WriteLine($"   evidence [{evidence.Start}..{evidence.End}): \"{evidence.Text}\"");
            }

            output.WriteLine(report.MergeReason is { } reason ? $"   merged: {reason}" : "   made the event: the first report stored");
        }

        return ExitCodes.Success;
    }

    private static string Describe(StoredEvent e) =>
        $"{ContractNames.Of(e.Type)}{(e.Mode is null ? "" : "/" + e.Mode)} ({ContractNames.Of(e.Modality)}), "
        + $"{string.Join(", ", e.Actors).OrNone()} → {string.Join(", ", e.Recipients).OrNone()}, "
        + $"date {e.Date?.Value ?? "none"}{(e.Date is { } d ? $" ({ContractNames.Of(d.Precision)})" : "")}, "
        + $"place {e.Location?.Name ?? "none"}{(e.Location?.Place is { } p ? $" ({p.Admin1}, {p.Country})" : "")}"
        + (e.Dead is { } dead ? $", {dead} dead" : "");
}

/// <summary>Text helpers for explanations.</summary>
internal static class ExplainText
{
    public static string OrNone(this string text) => text.Length == 0 ? "nobody" : text;
}
