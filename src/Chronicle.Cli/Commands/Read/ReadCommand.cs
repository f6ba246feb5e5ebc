using System.ComponentModel;
using System.Globalization;
using Chronicle.Articles;
using Chronicle.Cli.Console;
using Chronicle.Fetching;
using Chronicle.Inputs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chronicle.Cli.Commands.Read;

/// <summary>`chronicle read`: the article stage alone — clean text, title, byline, date and sections of each input, no language processing.</summary>
internal sealed class ReadCommand : Command<ReadCommand.Settings>
{
    /// <summary>The options of `chronicle read`.</summary>
    internal sealed class Settings : InputSettings
    {
        [CommandOption("-f|--format <FORMAT>")]
        [Description("json (one article object, or an array for several), jsonl (one a line) or text (to read).")]
        [DefaultValue(ReadFormat.Json)]
        public ReadFormat Format { get; init; } = ReadFormat.Json;

    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var reader = new ArticleReader();
        var reporter = new Reporter(countsEvents: false);
        var published = settings.PublishedDate;
        using var output = ArticleOutput.Create(settings.Format, System.Console.OpenStandardOutput());
        foreach (var item in settings.CollectInputs())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (item.Problem is { } problem)
            {
                reporter.Problem(problem);
                continue;
            }

            var input = item.Input!;
            if (input.Published is null && published is not null)
            {
                input = input with { Published = published };
            }

            var reading = reader.Read(input);
            foreach (var warning in reading.Warnings)
            {
                reporter.Warning(warning);
            }

            if (reading.Article is { } article)
            {
                output.Write(article);
                reporter.Processed(0);
            }
            else if (reading.Problem is { } failure)
            {
                reporter.Problem(failure);
            }
        }

        output.Complete();
        reporter.Summary();
        return reporter.ExitCode;
    }
}
