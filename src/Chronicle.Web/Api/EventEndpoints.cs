using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Chronicle.Serialization;
using Chronicle.Storage;
using Chronicle.Storage.Export;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Chronicle.Web.Api;

/// <summary>GET /api/events (a page of matching events), /api/events/summary (counts for the timeline and map), /api/events/{id}, /api/entities.</summary>
internal static class EventEndpoints
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;
    public const int MaxPlaces = 5000;

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/events", (StorePool stores, [AsParameters] EventSearch search) => List(stores, search))
            .WithSummary("Events matching the filters, the most recent first, a page at a time")
            .WithDescription("Filters as `chronicle events` takes them. The response says whether more pages follow (hasMore) rather than counting every match.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesProblem(StatusCodes.Status400BadRequest);
        app.MapGet("/api/events/summary", (StorePool stores, [AsParameters] EventFilterParameters filters) => Summary(stores, filters))
            .WithSummary("Counts of the matching events per day and type, and per place")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesProblem(StatusCodes.Status400BadRequest);
        app.MapGet("/api/events/{id:long}", (StorePool stores, long id) =>
                stores.Use(store => store.Get(id)) is { } e
                    ? new JsonBody(json => StoredEventJson.Write(json, e))
                    : Problems.NotFound($"There is no event {id}; GET /api/events lists them."))
            .WithSummary("One event with every source that reported it and the evidence of each")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/api/entities", (StorePool stores, [FromQuery, Description("Part of a name, case ignored.")] string? q, [FromQuery, Description("At most this many names (default 20, at most 100).")] string? limit) => Entities(stores, q, limit))
            .WithSummary("Names of people, organisations and places the stored articles mention, the most often named first")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static IResult List(StorePool stores, EventSearch search)
    {
        if (search.Problem() is { } problem)
        {
            return Problems.BadRequest(problem);
        }

        int limit = Number(search.Limit) ?? DefaultLimit, page = Number(search.Page) ?? 1;
        if (limit is < 1 or > MaxLimit)
        {
            return Problems.BadRequest($"limit must be a number from 1 to {MaxLimit}, not '{search.Limit}'.");
        }

        if (page < 1 || (long)(page - 1) * limit > int.MaxValue)
        {
            return Problems.BadRequest($"page must be a number from 1, not '{search.Page}'.");
        }

        // One event past the page tells whether another page follows, without counting every match.
        var query = search.ToFilterText().ToQuery() with { Limit = limit + 1, Offset = (page - 1) * limit };
        var found = stores.Use(store => store.Find(query));
        return new JsonBody(json =>
        {
            json.WriteStartObject();
            json.WriteNumber("page", page);
            json.WriteNumber("limit", limit);
            json.WriteBoolean("hasMore", found.Count > limit);
            json.WriteStartArray("events");
            foreach (var e in found.Take(limit))
            {
                StoredEventJson.Write(json, e);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static IResult Summary(StorePool stores, EventFilterParameters filters)
    {
        if (filters.Problem() is { } problem)
        {
            return Problems.BadRequest(problem);
        }

        var summary = stores.Use(store => store.Summarize(filters.ToFilterText().ToQuery()));
        return new JsonBody(json =>
        {
            json.WriteStartObject();
            json.WriteNumber("events", summary.Events);
            json.WriteNumber("notDailyDated", summary.NotDailyDated);
            json.WriteNumber("unplaced", summary.Unplaced);
            json.WriteStartArray("days");
            foreach (var day in summary.Days)
            {
                json.WriteStartObject();
                json.WriteString("day", day.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteString("type", ContractNames.Of(day.Type));
                json.WriteNumber("count", day.Count);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteNumber("placesLeftOut", Math.Max(0, summary.Places.Length - MaxPlaces));
            json.WriteStartArray("places");
            foreach (var place in summary.Places.Take(MaxPlaces))
            {
                json.WriteStartObject();
                json.WriteString("name", place.Name);
                json.WriteStringOrNull("country", place.Country);
                json.WriteNumber("lat", Math.Round(place.Latitude, 4));
                json.WriteNumber("lon", Math.Round(place.Longitude, 4));
                json.WriteNumber("count", place.Count);
                json.WriteString("type", ContractNames.Of(place.TopType));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static IResult Entities(StorePool stores, string? q, string? limitText)
    {
        if (string.IsNullOrWhiteSpace(q))
        {
            return Problems.BadRequest("q must give part of a name, e.g. /api/entities?q=police.");
        }

        int limit = Number(limitText) ?? 20;
        if (limit is < 1 or > 100)
        {
            return Problems.BadRequest($"limit must be a number from 1 to 100, not '{limitText}'.");
        }

        var matches = stores.Use(store => store.FindEntities(q, limit));
        return new JsonBody(json =>
        {
            json.WriteStartArray();
            foreach (var match in matches)
            {
                json.WriteStartObject();
                json.WriteString("name", match.Name);
                json.WriteString("type", match.Type);
                json.WriteStringOrNull("country", match.Country);
                json.WriteNumber("articles", match.Articles);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });
    }

    /// <summary>A whole number, int.MinValue when the text is not one (so range checks refuse it), or null when absent.</summary>
    private static int? Number(string? text) =>
        text is null ? null : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : int.MinValue;
}

/// <summary>The filters of an event search as query parameters, spelt as `chronicle events` spells them.</summary>
public class EventFilterParameters
{
    [FromQuery(Name = "type"), Description("A PLOVER event type, e.g. ASSAULT, PROTEST, COERCE.")]
    public string? Type { get; init; }

    [FromQuery(Name = "actor"), Description("A name or alias of an actor or recipient, or a country's ISO3 code for its state organs.")]
    public string? Actor { get; init; }

    [FromQuery(Name = "country"), Description("ISO 3166 alpha-3 of the event's place, e.g. IRQ.")]
    public string? Country { get; init; }

    [FromQuery(Name = "since"), Description("Events whose date begins on or after this day, YYYY-MM-DD.")]
    public string? Since { get; init; }

    [FromQuery(Name = "until"), Description("Events whose date begins on or before this day, YYYY-MM-DD.")]
    public string? Until { get; init; }

    [FromQuery(Name = "near"), Description("LAT,LON,KM: events placed within KM kilometres of a point.")]
    public string? Near { get; init; }

    [FromQuery(Name = "text"), Description("Words that must all occur in a source's evidence, actors, place or title.")]
    public string? Text { get; init; }

    [FromQuery(Name = "modality"), Description("asserted, negated, hypothetical, future, claimed, historical (comma-separated) or all; by default asserted, claimed and historical.")]
    public string? Modality { get; init; }

    public EventFilterText ToFilterText() => new()
    {
        Type = Blank(Type),
        Actor = Blank(Actor),
        Country = Blank(Country),
        Since = Blank(Since),
        Until = Blank(Until),
        Near = Blank(Near),
        Text = Blank(Text),
        Modality = Blank(Modality),
    };

    /// <summary>What is wrong with a filter, as a sentence naming it, or null.</summary>
    public string? Problem() => ToFilterText().Problem() is { } p ? $"{p.Name} {p.Message}" : null;

    // A form sends empty fields for filters left blank; they mean no filter.
    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

/// <summary>An event search with ACLED-style paging.</summary>
public sealed class EventSearch : EventFilterParameters
{
    [FromQuery(Name = "limit"), Description("Events per page, 1 to 1000 (default 100).")]
    public string? Limit { get; init; }

    [FromQuery(Name = "page"), Description("The page, from 1.")]
    public string? Page { get; init; }
}
