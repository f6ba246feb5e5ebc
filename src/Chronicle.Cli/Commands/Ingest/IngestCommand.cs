using System.ComponentModel;
using System.Globalization;
using Chronicle.Cli.Console;
using Chronicle.Inputs;
using Chronicle.Pipeline;
using Chronicle.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chronicle.Cli.Commands.Ingest;

/// <summary>`chronicle ingest`: runs the pipeline over each input and stores the articles and their events, one transaction per article.</summary>
internal sealed class IngestCommand : Command<IngestCommand.Settings>
{
    /// <summary>The options of `chronicle ingest`.</summary>
    internal sealed class Settings : PipelineSettings
    {
        [CommandOption("--db <DATABASE>")]
        [Description("A SQLite file (created on first use; default chronicle.db) or postgres://user:password@host:port/database.")]
        public string? Database { get; init; }

    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var target = StoreTarget.Parse(settings.Database);
        var processor = new ArticleProcessor(ChronicleResources.Load(settings.DataDirectory));
        using var store = EventStore.Open(target);
        var ingest = new Ingestion(store, processor, new Reporter());
        foreach (var item in settings.CollectInputs())
        {
            // Every stored article is committed, so stopping between two articles loses nothing and a re-run resumes.
            if (cancellationToken.IsCancellationRequested)
            {
                break;
            }

            ingest.Add(item, settings.PublishedDate);
        }

        return ingest.Finish();
    }
}
