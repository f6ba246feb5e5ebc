using System.IO.Compression;
using System.Text;
using Chronicle.Inputs;

namespace Chronicle.Tests.Inputs;

public sealed class InputCollectorTests
{
    private static List<InputItem> Collect(params string[] arguments) =>
        new InputCollector(() => new MemoryStream()).Collect(arguments).ToList();

    private static List<InputItem> CollectStdin(string content) =>
        new InputCollector(() => new MemoryStream(Encoding.UTF8.GetBytes(content))).Collect(["-"]).ToList();

    [Fact]
    public void MissingPathIsAProblemThatSaysSo()
    {
        var item = Assert.Single(Collect("/no/such/file.txt"));
        Assert.Equal("/no/such/file.txt", item.Problem!.Source);
        Assert.Contains("does not exist", item.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FormatFollowsTheExtension()
    {
        using var temp = new TempFolder();
        var text = temp.Write("a.txt", "Hello.");
        var html = temp.Write("b.htm", "<p>Hello.</p>");
        var other = temp.Write("c.md", "Hello.");
        var items = Collect(text, html, other);
        Assert.Equal([InputFormat.PlainText, InputFormat.Html, InputFormat.PlainText], items.Select(i => i.Input!.Format));
        Assert.Equal(text, items[0].Input!.Source);
    }

    [Fact]
    public void FolderIsReadRecursivelyInSortedOrderWithoutHiddenFiles()
    {
        using var temp = new TempFolder();
        temp.Write("b.txt", "B.");
        temp.Write("a/z.txt", "AZ.");
        temp.Write("a/m.txt", "AM.");
        temp.Write(".hidden.txt", "H.");
        temp.Write(".git/config.txt", "G.");
        temp.Write("c/deeper/d.txt", "D.");
        var names = Collect(temp.Path).Select(i => Path.GetRelativePath(temp.Path, i.Input!.Source)).ToList();
        Assert.Equal(["b.txt", "a/m.txt", "a/z.txt", "c/deeper/d.txt"], names);
    }

    [Fact]
    public void GzipIsDecompressedAndTheInnerExtensionDecides()
    {
        using var temp = new TempFolder();
        var path = temp.Write("page.html.gz", TempFolder.Gzip("<p>Compressed.</p>"));
        var input = Assert.Single(Collect(path)).Input!;
        Assert.Equal(InputFormat.Html, input.Format);
        Assert.Equal("<p>Compressed.</p>", Encoding.UTF8.GetString(input.Bytes!));
        Assert.Empty(input.Warnings);
    }

    [Fact]
    public void ATruncatedGzipFileIsReadAsFarAsItGoesWithAWarning()
    {
        using var temp = new TempFolder();
        var whole = TempFolder.Gzip("<html><body><p>" + string.Concat(Enumerable.Repeat("Compressed text that goes on. ", 500)) + "</p></body></html>");
        var path = temp.Write("page.html.gz", whole[..(whole.Length / 2)]);
        var input = Assert.Single(Collect(path)).Input!;
        Assert.StartsWith("<html><body><p>Compressed text that goes on.", Encoding.UTF8.GetString(input.Bytes!), StringComparison.Ordinal);
        var warning = Assert.Single(input.Warnings);
        Assert.Equal(path, warning.Source);
        Assert.Contains("truncated", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AGzipBombIsRefusedAtTheSizeCap()
    {
        using var temp = new TempFolder();
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize))
        {
            var zeros = new byte[1024 * 1024];
            for (int i = 0; i <= InputCollector.MaxInputBytes / zeros.Length; i++)
            {
                gzip.Write(zeros);
            }
        }

        var path = temp.Write("bomb.html.gz", buffer.ToArray());
        Assert.True(new FileInfo(path).Length < 1024 * 1024);
        var problem = Assert.Single(Collect(path)).Problem!;
        Assert.Equal("larger than 64 MB, not read", problem.Message);
    }

    [Fact]
    public void JsonLinesGivesOneInputALineWithItsFields()
    {
        using var temp = new TempFolder();
        var path = temp.Write("news.jsonl", string.Join('\n',
            """{"id": 7, "title": "T1", "url": "https://x.test/a", "published": "2025-03-14 20:30:26Z", "author": "A. Writer", "text": "Body one.", "extra": [1]}""",
            "",
            """{"text": "Body two.", "published": "2024-01-04", "byline": ["B. One", "C. Two"]}"""));
        var items = Collect(path);
        Assert.Equal(2, items.Count);
        var first = items[0].Input!;
        Assert.Equal($"{path}:1", first.Source);
        Assert.Equal("7", first.Id);
        Assert.Equal("T1", first.Title);
        Assert.Equal("https://x.test/a", first.Url);
        Assert.Equal(new DateOnly(2025, 3, 14), first.Published);
        Assert.Equal(["A. Writer"], first.Byline.AsEnumerable());
        Assert.Equal("Body one.", first.Text);
        var second = items[1].Input!;
        Assert.Equal($"{path}:3", second.Source);
        Assert.Equal(new DateOnly(2024, 1, 4), second.Published);
        Assert.Equal(["B. One", "C. Two"], second.Byline.AsEnumerable());
    }

    [Fact]
    public void BrokenJsonLineIsAProblemNamingTheLineAndOtherLinesStillCome()
    {
        using var temp = new TempFolder();
        var path = temp.Write("news.ndjson.gz", TempFolder.Gzip("{\"text\": \"One.\"}\n{\"text\": \"Two.\n{\"title\": \"no text\"}\n{\"text\": \"Four.\"}\n"));
        var items = Collect(path);
        Assert.Equal(4, items.Count);
        Assert.Equal("One.", items[0].Input!.Text);
        Assert.Equal($"{path}:2", items[1].Problem!.Source);
        Assert.Contains("not valid JSON", items[1].Problem!.Message, StringComparison.Ordinal);
        Assert.Equal($"{path}:3", items[2].Problem!.Source);
        Assert.Equal("Four.", items[3].Input!.Text);
    }

    [Fact]
    public void UnreadablePublishedIsAWarningNotAProblem()
    {
        var input = Assert.Single(CollectStdin("""{"text": "Body.", "published": "last Tuesday"}""")).Input!;
        Assert.Null(input.Published);
        Assert.Contains("last Tuesday", Assert.Single(input.Warnings).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body><p>x</p></body></html>", InputFormat.Html)]
    [InlineData("  <div class=\"a\">x</div>", InputFormat.Html)]
    [InlineData("A <b> tag mentioned in prose.", InputFormat.PlainText)]
    [InlineData("{\"text\": \"a\"}\nplain line", InputFormat.PlainText)]
    public void StandardInputIsSniffed(string content, InputFormat expected)
    {
        var input = Assert.Single(CollectStdin(content)).Input!;
        Assert.Equal("stdin", input.Source);
        Assert.Equal(expected, input.Format);
    }

    [Fact]
    public void StandardInputOfJsonObjectsIsJsonLines()
    {
        var items = CollectStdin("{\"text\": \"One.\"}\n\n{\"text\": \"Two.\"}\n");
        Assert.Equal(["stdin:1", "stdin:3"], items.Select(i => i.Input!.Source));
    }

    [Fact]
    public void CollectionIsLazy()
    {
        var items = new InputCollector(() => throw new InvalidOperationException("stdin opened"))
            .Collect(["/no/such/file", "-"]);
        using var enumerator = items.GetEnumerator();
        Assert.True(enumerator.MoveNext());
        Assert.NotNull(enumerator.Current.Problem);
    }
}
