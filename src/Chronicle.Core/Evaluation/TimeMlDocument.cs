using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml;
using Chronicle.Documents;

namespace Chronicle.Evaluation;

/// <summary>A TimeML document: its DCT, the plain text of its TEXT element, and the gold TIMEX3 expressions in that text.</summary>
public sealed record TimeMlDocument(string Id, DateOnly? Created, string Text, ImmutableArray<TimeMlTimex> Timexes)
{
    /// <summary>Reads TimeML markup; offsets of the expressions are into the text with every tag removed.</summary>
    public static TimeMlDocument Parse(string xml, string fallbackId)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, IgnoreWhitespace = false };
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        var text = new StringBuilder();
        var timexes = ImmutableArray.CreateBuilder<TimeMlTimex>();
        string id = fallbackId;
        DateOnly? created = null;
        bool inText = false;
        // The open TIMEX3 of the text: where it starts and its attributes.
        (int Start, string? Type, string? Value, string? Mod)? open = null;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.Name == "DOCID":
                    id = reader.ReadElementContentAsString().Trim();
                    break;
                case XmlNodeType.Element when reader.Name == "TEXT":
                    inText = true;
                    break;
                case XmlNodeType.EndElement when reader.Name == "TEXT":
                    inText = false;
                    break;
                case XmlNodeType.Element when reader.Name == "TIMEX3" && !inText:
                    if (reader.GetAttribute("functionInDocument") == "CREATION_TIME" || created is null)
                    {
                        created = ParseDay(reader.GetAttribute("value")) ?? created;
                    }

                    break;
                case XmlNodeType.Element when reader.Name == "TIMEX3" && inText:
                    open = (text.Length, reader.GetAttribute("type"), reader.GetAttribute("value"), reader.GetAttribute("mod"));
                    break;
                case XmlNodeType.EndElement when reader.Name == "TIMEX3" && inText && open is { } timex:
                    timexes.Add(new TimeMlTimex(new Span(timex.Start, text.Length), timex.Type ?? string.Empty, timex.Value ?? string.Empty, timex.Mod));
                    open = null;
                    break;
                case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA when inText:
                    text.Append(reader.Value);
                    break;
            }
        }

        return new TimeMlDocument(id, created, text.ToString(), timexes.ToImmutable());
    }

    public static TimeMlDocument Load(string path) =>
        Parse(File.ReadAllText(path), Path.GetFileNameWithoutExtension(path));

    /// <summary>The text as a Chronicle document published on the DCT, ready for the pipeline.</summary>
    public Document ToDocument() =>
        Document.FromArticle(new Article
        {
            Id = Id,
            ContentHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(Text))),
            Source = Id,
            Text = Text,
            Published = Created is { } day ? new PublicationDate(day, PublishedFrom.Given) : null,
            Sections = [new Section(SectionKind.Body, new Span(0, Text.Length))],
        });

    private static DateOnly? ParseDay(string? value) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;
}

/// <summary>One gold TIMEX3 of a TimeML document, with its span in the document's plain text.</summary>
public sealed record TimeMlTimex(Span Span, string Type, string Value, string? Mod);
