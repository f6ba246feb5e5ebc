using Chronicle.Cli.Console;
using Chronicle.Inputs;
using Chronicle.Pipeline;
using Chronicle.Storage;

namespace Chronicle.Cli.Commands.Ingest;

/// <summary>Processes inputs into a store, reporting problems and progress, and sums up what changed; shared by ingest and watch.</summary>
internal sealed class Ingestion(EventStore store, ArticleProcessor processor, Reporter reporter)
{
    public int Stored { get; private set; }

    public int AlreadyStored { get; private set; }

    public int Joined { get; private set; }

    public void Add(InputItem item, DateOnly? published = null)
    {
        if (item.Problem is { } problem)
        {
            reporter.Problem(problem);
            return;
        }

        var input = item.Input!;
        if (input.Published is null && published is { } date)
        {
            input = input with { Published = date };
        }

        // The text is hashed as it is read: text already stored is skipped before the pipeline, the costly part, runs.
        var reading = processor.Read(input);
        if (reading.Article is { } article && store.Contains(article.ContentHash))
        {
            Warn(reading.Warnings);
            AlreadyStored++;
            reporter.Processed(0);
            return;
        }

        var result = processor.Analyze(input, reading);
        Warn(result.Warnings);
        if (result.Document is { } document)
        {
            var outcome = store.Ingest(document);
            if (outcome.AlreadyStored)
            {
                AlreadyStored++;
            }
            else
            {
                Stored++;
                Joined += outcome.Joined;
            }

            reporter.Processed(document.Events.Length);
        }
        else if (result.Problem is { } failure)
        {
            reporter.Problem(failure);
        }
    }

    private void Warn(IEnumerable<InputProblem> warnings)
    {
        foreach (var warning in warnings)
        {
            reporter.Warning(warning);
        }
    }

    /// <summary>Prints the summary and the store's new totals, and returns the exit code.</summary>
    public int Finish()
    {
        reporter.Summary();
        System.Console.Error.WriteLine(
            $"chronicle: stored {Stored} new articles ({AlreadyStored} already stored), {Joined} reports joined events of other articles; {store.Target} holds {store.Counts()}");
        return reporter.ExitCode;
    }
}
