using Chronicle.Cli.Console;
using Chronicle.Documents;
using Chronicle.Serialization;
using Spectre.Console;

namespace Chronicle.Cli.Commands.Extract;

/// <summary>A readable summary of each document: entities, times, quotes, and events with their evidence.</summary>
internal sealed class TableOutput(IAnsiConsole console) : StreamOutput<Document>
{
    public override void Write(Document document)
    {
        var article = document.Article;
        console.Write(new Rule($"[bold]{Markup.Escape(article.Title ?? article.Source)}[/]").LeftJustified());
        console.MarkupLine($"[grey]{Markup.Escape(article.Source)} · published {article.Published?.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"} ({Markup.Escape(article.Published is { } p ? ContractNames.Of(p.From) : "none")}) · {article.Text.Length} characters[/]");

        var entities = NewTable("id", "type", "name", "aliases", "country", "sector", "place", "mentions");
        foreach (var e in document.Entities)
        {
            entities.AddRow(
                e.Id.ToString(),
                ContractNames.Of(e.Type),
                Markup.Escape(e.Name),
                Markup.Escape(string.Join("; ", e.Aliases)),
                e.Country ?? "",
                e.Sector is { } s ? ContractNames.Of(s) : "",
                e.Place is { } place ? Markup.Escape($"{place.Name} ({place.GeonameId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? place.Country})") : "",
                e.Mentions.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Section("Entities", entities);
        var times = NewTable("id", "text", "type", "value", "mod");
        foreach (var t in document.Times)
        {
            times.AddRow(t.Id.ToString(), Markup.Escape(document[t.Span]), ContractNames.Of(t.Type), Markup.Escape(t.Value), t.Mod is { } m ? ContractNames.Of(m) : "");
        }

        Section("Times", times);
        var quotes = NewTable("id", "speaker", "cue", "quote");
        foreach (var q in document.Quotes)
        {
            quotes.AddRow(q.Id.ToString(), Markup.Escape(NameOf(document, q.Speaker)), Markup.Escape(q.Cue is { } cue ? document[cue] : ""), Markup.Escape(Shorten(document[q.Span], 120)));
        }

        Section("Quotes", quotes);
        var events = NewTable("id", "type", "modality", "actors → recipients", "date", "place", "counts", "evidence");
        foreach (var e in document.Events)
        {
            events.AddRow(
                e.Id.ToString(),
                ContractNames.Of(e.Type) + (e.Mode is null ? "" : "/" + e.Mode),
                ContractNames.Of(e.Modality),
                Markup.Escape($"{string.Join(", ", e.Actors.Select(a => NameOf(document, a)))} → {string.Join(", ", e.Recipients.Select(r => NameOf(document, r)))}"),
                Markup.Escape(e.Date?.Value ?? ""),
                Markup.Escape(e.Location?.Name ?? ""),
                Counts(e),
                Markup.Escape(Shorten(string.Join(" … ", e.Evidence.Select(s => document[s])), 160)));
        }

        Section("Events", events);
    }

    private void Section(string title, Table table)
    {
        if (table.Rows.Count == 0)
        {
            console.MarkupLine($"[bold]{title}[/]: none");
            return;
        }

        console.MarkupLine($"[bold]{title}[/]");
        console.Write(table);
    }

    private static Table NewTable(params string[] columns)
    {
        var table = new Table().Border(TableBorder.Simple);
        foreach (var column in columns)
        {
            table.AddColumn(column);
        }

        return table;
    }

    private static string NameOf(Document document, EntityId? id) =>
        id is { } value ? document.FindEntity(value)?.Name ?? value.ToString() : "";

    private static string Counts(Event e)
    {
        var parts = new List<string>();
        if (e.Dead is { } dead)
        {
            parts.Add($"{dead} dead");
        }

        if (e.Injured is { } injured)
        {
            parts.Add($"{injured} injured");
        }

        if (e.Arrested is { } arrested)
        {
            parts.Add($"{arrested} arrested");
        }

        return string.Join(", ", parts);
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
