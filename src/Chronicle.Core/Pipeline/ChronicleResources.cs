using Chronicle.Entities;
using Chronicle.Events;
using Chronicle.Language;
using Chronicle.Places;
using Chronicle.Time;

namespace Chronicle.Pipeline;

/// <summary>The data files every stage shares (gazetteer, word lists, actors), loaded once and read-only.</summary>
public sealed class ChronicleResources
{
    private ChronicleResources(
        string directory, Gazetteer gazetteer, EnglishLexicon english, EntityLexicon entityLexicon, ActorList actors, TriggerLexicon triggers,
        CountryTimeZones timeZones)
    {
        Triggers = triggers;
        TimeZones = timeZones;
        Directory = directory;
        Gazetteer = gazetteer;
        English = english;
        EntityLexicon = entityLexicon;
        Actors = actors;
    }

    /// <summary>The data directory the resources came from.</summary>
    public string Directory { get; }

    public Gazetteer Gazetteer { get; }

    public EnglishLexicon English { get; }

    public EntityLexicon EntityLexicon { get; }

    public ActorList Actors { get; }

    public TriggerLexicon Triggers { get; }

    public CountryTimeZones TimeZones { get; }

    /// <summary>
    /// The data directory: CHRONICLE_DATA if set, else "data" beside the program, else the repository's "data" above it.
    /// </summary>
    public static string FindDataDirectory()
    {
        if (Environment.GetEnvironmentVariable("CHRONICLE_DATA") is { Length: > 0 } configured)
        {
            return configured;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data");
            if (File.Exists(Path.Combine(candidate, "places", "countries.tsv")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            "Chronicle's data directory (data/places/countries.tsv) was not found beside the program; set CHRONICLE_DATA to its path.");
    }

    /// <summary>Loads every data file; a user's actor and event files extend and override the built-in lists.</summary>
    public static ChronicleResources Load(string? directory = null, IEnumerable<string>? extraActorFiles = null, IEnumerable<string>? extraEventFiles = null)
    {
        directory ??= FindDataDirectory();
        var actorFiles = new List<string> { Path.Combine(directory, "actors", "actors.tsv") };
        actorFiles.AddRange(extraActorFiles ?? []);
        var eventFiles = new List<string> { Path.Combine(directory, "events", "triggers.tsv") };
        eventFiles.AddRange(extraEventFiles ?? []);
        return new ChronicleResources(
            directory,
            Gazetteer.Load(Path.Combine(directory, "places")),
            EnglishLexicon.Load(Path.Combine(directory, "lexicon", "english-words.tsv")),
            EntityLexicon.Load(Path.Combine(directory, "lexicon")),
            ActorList.Load(actorFiles),
            TriggerLexicon.Load(eventFiles),
            CountryTimeZones.Load(Path.Combine(directory, "time", "zones.tsv")));
    }
}
