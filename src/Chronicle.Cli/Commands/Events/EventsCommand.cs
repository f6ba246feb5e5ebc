using System.ComponentModel;
using System.Globalization;
using Chronicle.Cli.Console;
using Chronicle.Documents;
using Chronicle.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Chronicle.Cli.Commands.Events;

/// <summary>`chronicle events`: lists stored events matching filters, in a table or as JSON, JSON Lines, CSV or GeoJSON.</summary>
internal sealed class EventsCommand : Command<EventsCommand.Settings>
{
    /// <summary>The options of `chronicle events`.</summary>
    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--db <DATABASE>")]
        [Description("A SQLite file (default chronicle.db) or postgres://user:password@host:port/database.")]
        public string? Database { get; init; }

        [CommandOption("--type <TYPE>")]
        [Description("A PLOVER event type: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT.")]
        public string? Type { get; init; }

        [CommandOption("--actor <NAME>")]
        [Description("A name or alias of an actor or recipient (case and punctuation ignored), or a country's ISO3 code for its state organs.")]
        public string? Actor { get; init; }

        [CommandOption("--country <ISO3>")]
        [Description("The country of the event's place (ISO 3166 alpha-3, e.g. IRQ).")]
        public string? Country { get; init; }

        [CommandOption("--since <DATE>")]
        [Description("Events whose date begins on or after this day (YYYY-MM-DD).")]
        public string? Since { get; init; }

        [CommandOption("--until <DATE>")]
        [Description("Events whose date begins on or before this day (YYYY-MM-DD).")]
        public string? Until { get; init; }

        [CommandOption("--near <LAT,LON,KM>")]
        [Description("Events placed within KM kilometres of a point, e.g. 33.34,44.40,25.")]
        public string? Near { get; init; }

        [CommandOption("--text <QUERY>")]
        [Description("Words that must all occur in a source's evidence, actors, place or title.")]
        public string? Text { get; init; }

        [CommandOption("--modality <M>")]
        [Description("asserted, negated, hypothetical, future, claimed, historical (comma-separated), or all; by default asserted, claimed and historical.")]
        public string? Modality { get; init; }

        [CommandOption("--limit <N>")]
        [Description("At most N events, the most recent first.")]
        public int? Limit { get; init; }

        [CommandOption("-f|--format <FORMAT>")]
        [Description("table, json (an array), jsonl (one event a line), csv (ACLED-like columns plus PLOVER's) or geojson (a FeatureCollection of points).")]
        [DefaultValue(EventsFormat.Table)]
        public EventsFormat Format { get; init; } = EventsFormat.Table;

        public override ValidationResult Validate()
        {
            if (Filters.Problem() is { } problem)
            {
                return ValidationResult.Error($"--{problem.Name} {problem.Message}");
            }

            return Limit is <= 0 ? ValidationResult.Error("--limit must be a positive number.") : ValidationResult.Success();
        }

        public EventQuery ToQuery() => Filters.ToQuery() with { Limit = Limit };

        private EventFilterText Filters => new()
        {
            Type = Type,
            Actor = Actor,
            Country = Country,
            Since = Since,
            Until = Until,
            Near = Near,
            Text = Text,
            Modality = Modality,
        };
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (StoreFiles.Missing(settings.Database) is { } missing)
        {
            System.Console.Error.WriteLine(missing);
            return ExitCodes.NothingRead;
        }

        using var store = EventStore.Open(StoreTarget.Parse(settings.Database));
        var events = store.Find(settings.ToQuery());
        using var stdout = System.Console.OpenStandardOutput();
        EventOutput.Write(settings.Format, events, stdout, AnsiConsole.Console);
        return ExitCodes.Success;
    }
}

/// <summary>The output formats of `chronicle events`.</summary>
internal enum EventsFormat
{
    Table,
    Json,
    Jsonl,
    Csv,
    Geojson,
}

/// <summary>Refuses to read a SQLite file that does not exist yet, rather than creating an empty one.</summary>
internal static class StoreFiles
{
    public static string? Missing(string? database)
    {
        var target = StoreTarget.Parse(database);
        return target.Kind == StoreKind.Sqlite && !File.Exists(target.Location)
            ? $"chronicle: no database at {target.Location}; store articles first with 'chronicle ingest INPUT --db {target.Location}'"
            : null;
    }
}
