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
            if (Type is not null && !ContractValuesOf.TryType(Type, out _))
            {
                return ValidationResult.Error($"--type must be one of PLOVER's sixteen types (e.g. ASSAULT), not '{Type}'.");
            }

            if (Modality is not null && ContractValuesOf.Modalities(Modality) is null)
            {
                return ValidationResult.Error($"--modality must be asserted, negated, hypothetical, future, claimed, historical or all, not '{Modality}'.");
            }

            foreach (var (name, value) in new[] { ("--since", Since), ("--until", Until) })
            {
                if (value is not null && !DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                {
                    return ValidationResult.Error($"{name} must be a date like 2024-01-04, not '{value}'.");
                }
            }

            if (Near is not null && ContractValuesOf.Circle(Near) is null)
            {
                return ValidationResult.Error($"--near must be LAT,LON,KM like 33.34,44.40,25, not '{Near}'.");
            }

            return Limit is <= 0 ? ValidationResult.Error("--limit must be a positive number.") : ValidationResult.Success();
        }

        public EventQuery ToQuery() => new()
        {
            Type = Type is null ? null : ContractValuesOf.TryType(Type, out var type) ? type : null,
            Actor = Actor,
            Country = Country,
            Since = Since is null ? null : DateOnly.ParseExact(Since, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Until = Until is null ? null : DateOnly.ParseExact(Until, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Near = Near is null ? null : ContractValuesOf.Circle(Near),
            Text = Text,
            Modalities = Modality is null ? [] : [.. ContractValuesOf.Modalities(Modality) ?? []],
            Limit = Limit,
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

/// <summary>Parses the command line's spellings of event types, modalities and circles.</summary>
internal static class ContractValuesOf
{
    public static bool TryType(string text, out EventType type) =>
        Enum.TryParse(text, ignoreCase: true, out type) && Enum.IsDefined(type) && !int.TryParse(text, out _);

    /// <summary>The modalities named, all six for "all", or null when a name is wrong.</summary>
    public static Modality[]? Modalities(string text)
    {
        if (text.Trim().Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            return Enum.GetValues<Modality>();
        }

        var result = new List<Modality>();
        foreach (var name in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Enum.TryParse<Modality>(name, ignoreCase: true, out var modality) || int.TryParse(name, out _))
            {
                return null;
            }

            result.Add(modality);
        }

        return result.Count > 0 ? [.. result] : null;
    }

    public static GeoCircle? Circle(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 3)
        {
            return null;
        }

        var numbers = parts.Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : double.NaN).ToArray();
        return numbers.Any(double.IsNaN) || Math.Abs(numbers[0]) > 90 || Math.Abs(numbers[1]) > 180 || numbers[2] <= 0
            ? null
            : new GeoCircle(numbers[0], numbers[1], numbers[2]);
    }
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
