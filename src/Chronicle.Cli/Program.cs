using Chronicle.Cli.Commands.Eval;
using Chronicle.Cli.Commands.Extract;
using Chronicle.Cli.Commands.Read;
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
    config.AddCommand<ReadCommand>("read").WithDescription("Print each input's article: clean text, title, byline, date and sections, without the rest of the pipeline.");
    config.AddBranch("eval", eval => eval.AddCommand<EvalExtractionCommand>("extraction").WithDescription("Score article bodies against a benchmark's reference, beside other extractors."));
});
return await app.RunAsync(StandardInputArgument.Protect(args));
