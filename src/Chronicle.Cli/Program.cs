using Chronicle.Cli.Commands.Eval;
using Chronicle.Cli.Commands.Events;
using Chronicle.Cli.Commands.Explain;
using Chronicle.Cli.Commands.Extract;
using Chronicle.Cli.Commands.Ingest;
using Chronicle.Cli.Commands.Quotes;
using Chronicle.Cli.Commands.Read;
using Chronicle.Cli.Commands.Serve;
using Chronicle.Cli.Commands.Watch;
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
    config.AddCommand<WatchCommand>("watch").WithDescription("Poll RSS or Atom feeds every so often and ingest each new item once (ETag and Last-Modified respected); --rounds N stops after N rounds.").WithExample("watch", "https://example.com/feed.xml", "--every", "15m");
    config.AddCommand<EventsCommand>("events").WithDescription("List stored events by type, actor, country, date, place or words, as a table, JSON, JSON Lines, CSV or GeoJSON.");
    config.AddCommand<ExplainCommand>("explain").WithDescription("Show the reports of one stored event and why they were merged.");
    config.AddCommand<ServeCommand>("serve").WithDescription("Serve the web app (search, timeline, map, events traced to their evidence) and the HTTP API over a store, on loopback by default; the URL is printed when listening.").WithExample("serve").WithExample("serve", "--db", "voa.db", "--urls", "http://127.0.0.1:8080").WithExample("serve", "--api-key", "s3cret");
    config.AddCommand<ReadCommand>("read").WithDescription("Print each input's article: clean text, title, byline, date and sections, without the rest of the pipeline.");
    config.AddCommand<QuotesCommand>("quotes").WithDescription("Print the quotes and reported speech of articles with their speakers; --speaker keeps one speaker's.").WithExample("quotes", "article.txt", "--speaker", "Ryder");
    config.AddBranch("eval", eval =>
    {
        eval.SetDescription("Score Chronicle's stages against gold annotations.");
        eval.AddCommand<EvalExtractionCommand>("extraction").WithDescription("Score article bodies against a benchmark's reference, beside other extractors.");
        eval.AddCommand<EvalEventsCommand>("events").WithDescription("Score coded events against gold stories: detection P/R/F1 by type, and actor, recipient, date, place and count F1.").WithExample("eval", "events", "--gold", "voa-events/dev.jsonl", "--corpus", "voa_stories.jsonl");
        eval.AddCommand<EvalEntitiesCommand>("entities").WithDescription("Score people, organisations, places and nationalities against re3d: exact and overlap P/R/F1 per type, and per-document micro-F1.").WithExample("eval", "entities", "--re3d", "re3d");
        eval.AddCommand<EvalTimeCommand>("time").WithDescription("Score time expressions against TimeML gold (TempEval-3): extent, type and value P/R/F1.").WithExample("eval", "time", "--tml", "tempeval3/gold");
    });
});
return await app.RunAsync(StandardInputArgument.Protect(args));

/// <summary>Declared so it stays internal: ASP.NET Core's generator would otherwise make the program's class public for test hosts.</summary>
internal partial class Program;
