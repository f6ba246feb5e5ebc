using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Chronicle.Documents;
using Chronicle.Inputs;

namespace Chronicle.Articles;

/// <summary>Reads one raw input into an article: decodes it, removes boilerplate, and finds title, captions, body and date; stateless, so one instance serves every thread.</summary>
public sealed class ArticleReader
{
    /// <summary>The most characters of text read from one input; the rest is cut off with a warning.</summary>
    public const int MaxTextLength = 20_000_000;

    /// <summary>
    /// The most characters of a web page read: the largest real article pages, swollen by inline scripts and data,
    /// are a few megabytes; past this a page is a dump or an attack, and reading it all would cost seconds.
    /// </summary>
    public const int MaxHtmlLength = 5_000_000;

    public ArticleReading Read(RawInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var warnings = new List<string>();
        string? text = input.Text;
        if (text is null)
        {
            var (decoded, problem) = TextDecoder.Decode(input.Bytes ?? [], input.Format == InputFormat.Html, warnings, input.Charset);
            if (problem is not null)
            {
                return ArticleReading.Of(new InputProblem(input.Source, problem), Warnings(input, warnings));
            }

            text = decoded!;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return ArticleReading.Of(new InputProblem(input.Source, "empty"), Warnings(input, warnings));
        }

        int maxLength = input.Format == InputFormat.Html ? MaxHtmlLength : MaxTextLength;
        if (text.Length > maxLength)
        {
            warnings.Add($"longer than {maxLength:N0} characters; only the start was read");
            // Never between the two halves of a surrogate pair, which would leave text that cannot be encoded.
            text = text[..(char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength)];
        }

        var article = input.Format == InputFormat.Html ? FromHtml(input, text, warnings) : FromPlainText(input, text);
        if (article.Sections.All(s => s.Kind != SectionKind.Body))
        {
            warnings.Add("no article text found");
        }

        return ArticleReading.Of(article, Warnings(input, warnings));
    }

    private static Article FromPlainText(RawInput input, string text)
    {
        var parts = ParagraphCleaner.Clean(input.Title, PlainTextParagraphs.Split(text), []);
        return Build(input, parts, published: null, url: input.Url) with { Byline = input.Byline };
    }

    private static Article FromHtml(RawInput input, string html, List<string> warnings)
    {
        var document = HtmlTreeBuilder.Parse(html);
        if (document.Flattened)
        {
            warnings.Add($"markup nested more than {HtmlTreeBuilder.MaxDepth:N0} levels deep; the deeper levels were read as one");
        }

        var page = HtmlExtractor.Extract(document, input.Url);
        var parts = ParagraphCleaner.Clean(input.Title ?? page.Title, page.Paragraphs, page.Captions);
        return Build(input, parts, page.Published, page.Url) with
        {
            Byline = input.Byline.IsEmpty ? page.Byline : input.Byline,
            Language = page.Language ?? "en",
            SiteName = page.SiteName,
        };
    }

    private static Article Build(RawInput input, ArticleParts parts, PublicationDate? published, string? url)
    {
        var (text, sections) = ArticleText.Join(parts);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        return new Article
        {
            Id = input.Id ?? hash,
            ContentHash = hash,
            Source = input.Source,
            Url = url,
            Title = parts.Title,
            Published = PublicationDateOf(input, published, parts, text),
            Text = text,
            Sections = sections,
        };
    }

    /// <summary>Given, else from the page's metadata, else from a dateline, else the latest full date in the text.</summary>
    private static PublicationDate? PublicationDateOf(RawInput input, PublicationDate? fromPage, ArticleParts parts, string text)
    {
        if (input.Published is { } given)
        {
            return new PublicationDate(given, PublishedFrom.Given);
        }

        if (fromPage is not null)
        {
            return fromPage;
        }

        if (parts.Body.Count > 0 && CalendarDates.Dateline(parts.Body[0]) is { } dateline)
        {
            return new PublicationDate(dateline, PublishedFrom.Dateline);
        }

        return CalendarDates.Latest(text) is { } latest ? new PublicationDate(latest, PublishedFrom.Inferred) : null;
    }

    private static ImmutableArray<InputProblem> Warnings(RawInput input, List<string> warnings) =>
        [.. input.Warnings, .. warnings.Select(w => new InputProblem(input.Source, w))];
}
