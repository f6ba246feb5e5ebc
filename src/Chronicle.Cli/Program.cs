using Chronicle.Cli.Commands.Events;
using Chronicle.Cli.Commands.Explain;
using Chronicle.Cli.Commands.Extract;
using Chronicle.Cli.Commands.Ingest;
using Chronicle.Cli.Console;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("chronicle");
    config.SetExceptionHandler((exception, _) => Reporter.Fail(exception));
    config.AddCommand<ExtractCommand>("extract")
        .WithDescription("Turn news articles into Chronicle documents: entities, places, times, quotes and events, each with the text it came from.")
        .WithExample("extract", "samples/navy-drone-strike.txt")
        .WithExample("extract", "articles/", "--format", "jsonl")
        .WithExample("extract", "feed.jsonl", "--format", "table")
        .WithExample("extract", "-", "--published", "2024-01-04");
    config.AddCommand<IngestCommand>("ingest").WithDescription("Store articles and their events in a database (SQLite file or PostgreSQL); the same event from several articles becomes one event with several sources.");
    config.AddCommand<EventsCommand>("events").WithDescription("List stored events by type, actor, country, date, place or words, as a table, JSON, JSON Lines, CSV or GeoJSON.");
    config.AddCommand<ExplainCommand>("explain").WithDescription("Show the reports of one stored event and why they were merged.");
});
return await app.RunAsync(args);
