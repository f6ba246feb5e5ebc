using Chronicle.Documents;

namespace Chronicle.Serialization;

/// <summary>The spelling of enum values in the chronicle/1 contract.</summary>
public static class ContractNames
{
    public const string Schema = "chronicle/1";

    public static string Of(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Org => "ORG",
        EntityType.Gpe => "GPE",
        EntityType.Loc => "LOC",
        EntityType.Norp => "NORP",
        EntityType.Fac => "FAC",
        _ => "OTHER",
    };

    public static string Of(Sector sector) => sector.ToString().ToUpperInvariant();

    public static string Of(EventType type) => type.ToString().ToUpperInvariant();

    public static string Of(Modality modality) => modality.ToString().ToLowerInvariant();

    public static string Of(TimeType type) => type.ToString().ToUpperInvariant();

    public static string Of(TimeMod mod) => mod switch
    {
        TimeMod.OnOrBefore => "ON_OR_BEFORE",
        TimeMod.OnOrAfter => "ON_OR_AFTER",
        TimeMod.LessThan => "LESS_THAN",
        TimeMod.MoreThan => "MORE_THAN",
        TimeMod.EqualOrLess => "EQUAL_OR_LESS",
        TimeMod.EqualOrMore => "EQUAL_OR_MORE",
        _ => mod.ToString().ToUpperInvariant(),
    };

    public static string Of(QuoteKind kind) => kind.ToString().ToLowerInvariant();

    public static string Of(SectionKind kind) => kind.ToString().ToLowerInvariant();

    public static string Of(PublishedFrom from) => from switch
    {
        PublishedFrom.JsonLd => "json-ld",
        _ => from.ToString().ToLowerInvariant(),
    };

    public static string Of(PlacePrecision precision) => precision.ToString().ToLowerInvariant();

    public static string Of(DatePrecision precision) => precision.ToString().ToLowerInvariant();

    public static string Of(DateSource source) => source.ToString().ToLowerInvariant();
}
