using Chronicle.Cli.Commands.Extract;
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
});
return await app.RunAsync(StandardInputArgument.Protect(args));
