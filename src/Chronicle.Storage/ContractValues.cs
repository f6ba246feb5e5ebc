using System.Collections.Frozen;
using System.Text.Json;
using Chronicle.Documents;
using Chronicle.Serialization;

namespace Chronicle.Storage;

/// <summary>Reads back the contract's spellings the store writes with <see cref="ContractNames"/>, and JSON string lists.</summary>
internal static class ContractValues
{
    private static readonly FrozenDictionary<string, EventType> EventTypes = Map<EventType>(ContractNames.Of);
    private static readonly FrozenDictionary<string, Modality> Modalities = Map<Modality>(ContractNames.Of);
    private static readonly FrozenDictionary<string, DatePrecision> DatePrecisions = Map<DatePrecision>(ContractNames.Of);
    private static readonly FrozenDictionary<string, DateSource> DateSources = Map<DateSource>(ContractNames.Of);
    private static readonly FrozenDictionary<string, TimeMod> TimeMods = Map<TimeMod>(ContractNames.Of);
    private static readonly FrozenDictionary<string, PlacePrecision> PlacePrecisions = Map<PlacePrecision>(ContractNames.Of);

    public static EventType EventType(string name) => EventTypes[name];

    public static bool TryEventType(string name, out EventType type) => EventTypes.TryGetValue(name.ToUpperInvariant(), out type);

    public static Modality Modality(string name) => Modalities[name];

    public static bool TryModality(string name, out Modality modality) => Modalities.TryGetValue(name.ToLowerInvariant(), out modality);

    public static DatePrecision DatePrecision(string name) => DatePrecisions[name];

    public static DateSource DateSource(string name) => DateSources[name];

    public static TimeMod TimeMod(string name) => TimeMods[name];

    public static PlacePrecision PlacePrecision(string name) => PlacePrecisions[name];

    public static string Json(IEnumerable<string> values) => JsonSerializer.Serialize(values);

    public static IEnumerable<string> Strings(string json) => JsonSerializer.Deserialize<string[]>(json) ?? [];

    private static FrozenDictionary<string, T> Map<T>(Func<T, string> name)
        where T : struct, Enum =>
        Enum.GetValues<T>().ToFrozenDictionary(name, v => v, StringComparer.Ordinal);
}
