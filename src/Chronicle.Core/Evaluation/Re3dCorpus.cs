using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Chronicle.Documents;

namespace Chronicle.Evaluation;

/// <summary>The four re3d entity types Chronicle is scored on; re3d's other types (Weapon, Temporal, Money, ...) are left out.</summary>
public enum Re3dType
{
    Person,
    Organisation,
    Location,
    Nationality,
}

/// <summary>A re3d document: its text and the gold mentions of the four scored types.</summary>
public sealed record Re3dDocument(string Id, string Source, string Text, ImmutableArray<Re3dMention> Gold)
{
    /// <summary>The text as a Chronicle document, one body section, offsets unchanged so that gold spans apply as they are.</summary>
    public Document ToDocument() =>
        Document.FromArticle(new Article
        {
            Id = Id,
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Text))),
            Source = Source,
            Text = Text,
            Sections = [new Section(SectionKind.Body, new Span(0, Text.Length))],
        });
}

/// <summary>One gold entity mention of re3d.</summary>
public sealed record Re3dMention(Span Span, Re3dType Type, string Text);

/// <summary>Reads re3d (Dstl's conflict-domain entity dataset): one folder per source, each with documents.json and entities.json in mongoexport's one-object-a-line form.</summary>
public static class Re3dCorpus
{
    /// <summary>Gold mentions below this confidence are the annotators' rejected candidates, not gold.</summary>
    public const double MinimumConfidence = 0.5;

    /// <summary>Every document of every source folder under the directory (or of the directory itself), in a stable order.</summary>
    public static ImmutableArray<Re3dDocument> Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var folders = Directory.EnumerateFiles(directory, "documents.json", SearchOption.AllDirectories)
            .Select(Path.GetDirectoryName)
            .OfType<string>()
            .Order(StringComparer.Ordinal);
        var documents = ImmutableArray.CreateBuilder<Re3dDocument>();
        foreach (var folder in folders)
        {
            documents.AddRange(LoadSource(folder));
        }

        return documents.ToImmutable();
    }

    private static IEnumerable<Re3dDocument> LoadSource(string folder)
    {
        var gold = new Dictionary<string, List<Re3dMention>>(StringComparer.Ordinal);
        string entities = Path.Combine(folder, "entities.json");
        var texts = Objects(Path.Combine(folder, "documents.json"))
            .ToDictionary(d => d.GetProperty("_id").GetString()!, d => d.GetProperty("text").GetString() ?? string.Empty, StringComparer.Ordinal);
        if (File.Exists(entities))
        {
            foreach (var entity in Objects(entities))
            {
                if (!Enum.TryParse<Re3dType>(entity.GetProperty("type").GetString(), out var type)
                    || entity.GetProperty("confidence").GetDouble() < MinimumConfidence)
                {
                    continue;
                }

                string documentId = entity.GetProperty("documentId").GetString()!;
                int begin = entity.GetProperty("begin").GetInt32();
                int end = entity.GetProperty("end").GetInt32();
                // A few annotations cover only a space; no text means no mention to find.
                if (!texts.TryGetValue(documentId, out var text) || begin < 0 || end > text.Length || end <= begin
                    || text.AsSpan(begin, end - begin).IsWhiteSpace())
                {
                    continue;
                }

                if (!gold.TryGetValue(documentId, out var list))
                {
                    gold[documentId] = list = [];
                }

                list.Add(new Re3dMention(new Span(begin, end), type, text[begin..end]));
            }
        }

        string source = Path.GetFileName(folder);
        foreach (var (id, text) in texts.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var mentions = gold.TryGetValue(id, out var list) ? list.OrderBy(m => m.Span.Start).ThenBy(m => m.Span.End) : Enumerable.Empty<Re3dMention>();
            yield return new Re3dDocument(id, source, text, [.. mentions]);
        }
    }

    private static IEnumerable<JsonElement> Objects(string path)
    {
        int lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            JsonElement element;
            try
            {
                element = JsonDocument.Parse(line).RootElement;
            }
            catch (JsonException e)
            {
                throw new FormatException($"{path}:{lineNumber}: not a JSON object ({e.Message}).", e);
            }

            yield return element;
        }
    }
}
