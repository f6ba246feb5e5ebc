using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Chronicle.Documents;
using Chronicle.Inputs;
using Chronicle.Serialization;
using Chronicle.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Chronicle.Web.Api;

/// <summary>GET /api/articles/{id}: an article's text with every span Chronicle found in it; POST /api/articles: ingest one.</summary>
internal static class ArticleEndpoints
{
    private static readonly JsonSerializerOptions SubmissionJson = new(JsonSerializerDefaults.Web);

    public static void Map(IEndpointRouteBuilder app)
    {
        // Ids may be URLs: the route takes the rest of the path, where the server leaves an escaped slash escaped.
        app.MapGet("/api/articles/{**id}", (StorePool stores, ArticlePipeline pipeline, string id) =>
                stores.Use(store => store.GetArticle(id.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase))) is { } article
                    ? new JsonBody(json => WriteArticle(json, article, pipeline.Annotate(article.ToArticle())))
                    : Problems.NotFound($"There is no article '{id}'; an event's sources name their articles."))
            .WithSummary("An article's text with its entities, events, times and quotes as spans of the text (Unicode code points)")
            .WithDescription("Entities and events are the stored ones; times and quotes are found again in the stored text, since the store does not keep them.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesProblem(StatusCodes.Status404NotFound);
        app.MapPost("/api/articles", Ingest)
            .WithSummary("Ingest one article given as text, HTML or a URL to fetch; needs the server's API key")
            .WithDescription("Body: {\"text\": ...} or {\"html\": ...} or {\"url\": \"https://...\"}, optionally with id, title, published (YYYY-MM-DD) and url for text or HTML. "
                + "The key goes in an X-Api-Key header or as Authorization: Bearer KEY.")
            .Accepts<ArticleSubmission>("application/json")
            .Produces(StatusCodes.Status201Created, contentType: "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<IResult> Ingest(HttpRequest request, StorePool stores, ArticlePipeline pipeline)
    {
        if (!pipeline.IngestAllowed)
        {
            return Problems.Forbidden("This server was started without an API key; start it with --api-key KEY or CHRONICLE_API_KEY to ingest over HTTP.");
        }

        string? key = request.Headers["X-Api-Key"].FirstOrDefault()
            ?? (request.Headers.Authorization.FirstOrDefault() is { } auth && auth.StartsWith("Bearer ", StringComparison.Ordinal) ? auth[7..] : null);
        if (!pipeline.Accepts(key))
        {
            request.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
            return Problems.Unauthorized(key is null
                ? "Send the server's API key in an X-Api-Key header or as Authorization: Bearer KEY."
                : "The API key sent is not this server's.");
        }

        ArticleSubmission? submission;
        try
        {
            submission = await JsonSerializer.DeserializeAsync<ArticleSubmission>(request.Body, SubmissionJson, request.HttpContext.RequestAborted);
        }
        catch (JsonException e)
        {
            return Problems.BadRequest($"The body must be a JSON object like {{\"text\": \"...\"}}: {e.Message}");
        }

        if (submission?.Inputs() is not { } inputs)
        {
            return Problems.BadRequest(submission?.Problem() ?? "The body must be a JSON object like {\"text\": \"...\"}.");
        }

        var stored = new List<IngestOutcome>();
        var problems = new List<string>();
        foreach (var item in inputs)
        {
            if (item.Problem is { } problem)
            {
                problems.Add(problem.ToString());
                continue;
            }

            var result = pipeline.Processor.Process(item.Input!);
            if (result.Document is { } document)
            {
                stored.Add(stores.Use(store => store.Ingest(document)));
            }
            else if (result.Problem is { } failure)
            {
                problems.Add(failure.ToString());
            }
        }

        if (stored.Count == 0)
        {
            return Problems.Unprocessable(problems.Count > 0 ? string.Join("; ", problems) : "The input held no article.");
        }

        return new JsonBody(json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("articles");
            foreach (var outcome in stored)
            {
                json.WriteStartObject();
                json.WriteString("id", outcome.ArticleId);
                json.WriteString("href", "/api/articles/" + Uri.EscapeDataString(outcome.ArticleId));
                json.WriteBoolean("alreadyStored", outcome.AlreadyStored);
                json.WriteNumber("events", outcome.Events);
                json.WriteNumber("joined", outcome.Joined);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStrings("problems", problems);
            json.WriteEndObject();
        }, StatusCodes.Status201Created);
    }

    private static void WriteArticle(Utf8JsonWriter json, StoredArticle article, Document annotated)
    {
        var codePoint = new CodePointOffsets(article.Text);
        json.WriteStartObject();
        json.WriteString("id", article.Id);
        json.WriteString("contentHash", article.ContentHash);
        json.WriteString("source", article.Source);
        json.WriteStringOrNull("url", article.Url);
        json.WriteStringOrNull("title", article.Title);
        json.WriteStrings("byline", article.Byline);
        json.WriteStringOrNull("published", article.Published?.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteStringOrNull("publishedFrom", article.Published is { } p ? ContractNames.Of(p.From) : null);
        json.WriteStringOrNull("siteName", article.SiteName);
        json.WriteString("text", article.Text);
        json.WriteStartArray("sections");
        foreach (var section in article.Sections)
        {
            json.WriteStartObject();
            json.WriteString("kind", ContractNames.Of(section.Kind));
            json.WriteNumber("start", section.Start);
            json.WriteNumber("end", section.End);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("entities");
        foreach (var entity in article.Entities)
        {
            json.WriteStartObject();
            json.WriteString("id", entity.LocalId);
            json.WriteString("type", entity.Type);
            json.WriteString("name", entity.Name);
            json.WriteStringOrNull("country", entity.Country);
            Spans(json, "mentions", entity.Mentions);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("events");
        foreach (var report in article.Reports)
        {
            json.WriteStartObject();
            json.WriteString("event", report.EventId.ToString(CultureInfo.InvariantCulture));
            json.WriteString("report", report.LocalId);
            json.WriteString("type", ContractNames.Of(report.Type));
            json.WriteStringOrNull("mode", report.Mode);
            json.WriteString("modality", ContractNames.Of(report.Modality));
            Spans(json, "evidence", report.Evidence);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("times");
        foreach (var time in annotated.Times)
        {
            json.WriteStartObject();
            Span(json, codePoint, annotated, time.Span);
            json.WriteString("type", ContractNames.Of(time.Type));
            json.WriteString("value", time.Value);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("quotes");
        foreach (var quote in annotated.Quotes)
        {
            json.WriteStartObject();
            Span(json, codePoint, annotated, quote.Span);
            json.WriteString("kind", ContractNames.Of(quote.Kind));
            json.WriteStringOrNull("speaker", quote.Speaker is { } speaker ? annotated.FindEntity(speaker)?.Name : null);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Spans(Utf8JsonWriter json, string name, IEnumerable<Evidence> spans)
    {
        json.WriteStartArray(name);
        foreach (var span in spans)
        {
            json.WriteStartObject();
            json.WriteNumber("start", span.Start);
            json.WriteNumber("end", span.End);
            json.WriteString("text", span.Text);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Span(Utf8JsonWriter json, CodePointOffsets codePoint, Document document, Span span)
    {
        json.WriteNumber("start", codePoint[span.Start]);
        json.WriteNumber("end", codePoint[span.End]);
        json.WriteString("text", document[span]);
    }
}

/// <summary>An article sent to POST /api/articles: exactly one of text, html or url (fetched when it comes alone).</summary>
public sealed record ArticleSubmission
{
    [Description("The article as plain text.")]
    public string? Text { get; init; }

    [Description("The article as an HTML page.")]
    public string? Html { get; init; }

    [Description("An http(s) address to fetch when neither text nor html is given; else the address the text came from.")]
    public string? Url { get; init; }

    [Description("The article's own id; by default its content hash.")]
    public string? Id { get; init; }

    public string? Title { get; init; }

    [Description("The publication day, YYYY-MM-DD; relative dates in the text are read against it.")]
    public string? Published { get; init; }

    /// <summary>What is wrong with the submission, or null when <see cref="Inputs"/> can read it.</summary>
    public string? Problem()
    {
        int given = new[] { Text, Html }.Count(v => !string.IsNullOrWhiteSpace(v));
        if (given > 1)
        {
            return "Give the article as text or as html, not both.";
        }

        if (given == 0 && string.IsNullOrWhiteSpace(Url))
        {
            return "Give the article as text, html, or a url to fetch.";
        }

        if (Url is not null && !(Uri.TryCreate(Url, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"))
        {
            return $"url must be an http or https address, not '{Url}'.";
        }

        return Published is not null && EventFilters.Day(Published) is null ? $"published must be a date like 2024-01-04, not '{Published}'." : null;
    }

    /// <summary>The inputs to process: the text or HTML given, or what the URL holds (a page, or a feed's items); null when <see cref="Problem"/> is not.</summary>
    public IEnumerable<InputItem>? Inputs()
    {
        if (Problem() is not null)
        {
            return null;
        }

        var published = Published is null ? null : EventFilters.Day(Published);
        if (string.IsNullOrWhiteSpace(Text) && string.IsNullOrWhiteSpace(Html))
        {
            // Fetched within the fetcher's limits; loopback and private addresses are refused, so the API cannot be used to reach them.
            return new InputCollector(() => Stream.Null).Collect([Url!])
                .Select(item => item.Input is { } input ? InputItem.Of(input with { Published = input.Published ?? published }) : item);
        }

        return [InputItem.Of(new RawInput
        {
            Source = "api",
            Format = Html is null ? InputFormat.PlainText : InputFormat.Html,
            Text = Html ?? Text,
            Id = Id,
            Title = Title,
            Url = Url,
            Published = published,
        })];
    }
}
