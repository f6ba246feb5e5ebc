using System.Text;
using Chronicle.Inputs;
using static Chronicle.Tests.Articles.Reading;

namespace Chronicle.Tests.Articles;

public sealed class DecodingTests
{
    private const string Story = "Café Reopens\n\nThe café reopened on Monday — to queues.";

    static DecodingTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-32")]
    public void ByteOrderMarkDecides(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var reading = Bytes([.. encoding.GetPreamble(), .. encoding.GetBytes(Story)]);
        Assert.Equal("Café Reopens", reading.Article!.Title);
        Assert.Empty(reading.Warnings);
    }

    [Fact]
    public void InvalidUtf8IsReadAsWindows1252WithAWarningNamingTheInput()
    {
        // "café" and an em dash in Windows-1252: 0xE9 and 0x97 are not valid UTF-8 here.
        byte[] bytes = [.. "Caf"u8, 0xE9, .. " Reopens\n\nThe caf"u8, 0xE9, .. " reopened "u8, 0x97, .. " to queues."u8];
        var reading = Bytes(bytes);
        Assert.Equal("Café Reopens", reading.Article!.Title);
        Assert.Contains("reopened — to", reading.Article.Text, StringComparison.Ordinal);
        var warning = Assert.Single(reading.Warnings);
        Assert.Equal("test-input", warning.Source);
        Assert.Contains("Windows-1252", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<meta charset=\"windows-1252\">")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">")]
    public void HtmlCharsetDeclarationDecides(string declaration)
    {
        byte[] bytes =
        [
            .. Encoding.ASCII.GetBytes($"<html><head>{declaration}<title>x</title></head><body><article><p>The caf"),
            0xE9, .. " reopened on Monday "u8, 0x96, .. " and queues formed along the street.</p></article></body></html>"u8,
        ];
        var reading = Bytes(bytes, InputFormat.Html);
        Assert.Contains("The café reopened on Monday – and queues", reading.Article!.Text, StringComparison.Ordinal);
        Assert.Empty(reading.Warnings);
    }

    [Fact]
    public void TheServersCharsetOutranksTheOneThePageDeclares()
    {
        var cyrillic = Encoding.GetEncoding("windows-1251");
        byte[] bytes = [.. cyrillic.GetBytes("<html><head><meta charset=\"windows-1252\"></head><body><article><p>Мэр открыл новый мост через реку в понедельник, сказали в городском совете.</p></article></body></html>")];
        var reading = Reader.Read(new RawInput { Source = "test-input", Format = InputFormat.Html, Bytes = bytes, Charset = "windows-1251" });
        Assert.Contains("Мэр открыл новый мост", reading.Article!.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("UTF-16LE")]
    [InlineData("utf-32")]
    public void AUtf16LabelOnAPageWithoutAByteOrderMarkMeansUtf8(string label)
    {
        var reading = Bytes(Encoding.UTF8.GetBytes($"<html><head><meta charset=\"{label}\"></head><body><article><p>The café reopened on Monday — and queues formed along the street outside.</p></article></body></html>"), InputFormat.Html);
        Assert.Contains("The café reopened on Monday — and queues", reading.Article!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void UndeclaredCyrillicIsReadAsWindows1251()
    {
        var bytes = Encoding.GetEncoding("windows-1251").GetBytes("Мост закрыт\n\nГородской совет в понедельник закрыл старый мост, сославшись на трещины.");
        var reading = Bytes(bytes);
        Assert.Equal("Мост закрыт", reading.Article!.Title);
        Assert.Contains("Windows-1251", Assert.Single(reading.Warnings).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Informação nova\n\nA ponte de São Paulo foi fechada após a inspeção, disse a prefeitura.")]
    [InlineData("Brücke gesperrt\n\nDie alte Brücke über den Fluß wird geschlossen, sagte der Stadtrat am Montag.")]
    [InlineData("Le café rouvre\n\nLe café a rouvert lundi après trois mois de travaux — et les clients étaient là.")]
    public void UndeclaredWesternTextIsReadAsWindows1252(string text)
    {
        var reading = Bytes(Encoding.GetEncoding("windows-1252").GetBytes(text));
        Assert.Equal(text, reading.Article!.Text);
        Assert.Contains("Windows-1252", Assert.Single(reading.Warnings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BinaryContentIsAProblem()
    {
        var reading = Bytes([0x89, .. "PNG\r\n"u8, 0x1A, 0x0A, 0, 0, 0, 0x0D, .. "IHDR"u8]);
        Assert.Null(reading.Article);
        Assert.Equal("test-input", reading.Problem!.Source);
        Assert.Equal("binary file, not an article", reading.Problem.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t\r\n ")]
    public void EmptyContentIsAProblem(string content)
    {
        var reading = Bytes(Encoding.UTF8.GetBytes(content));
        Assert.Equal("empty", reading.Problem!.Message);
    }

    [Fact]
    public void OverlongTextIsCutWithAWarning()
    {
        var text = "Long Story\n\n" + new string('a', ArticleReaderLimit + 10);
        var reading = Reader.Read(new RawInput { Source = "big", Format = InputFormat.PlainText, Text = text });
        Assert.True(reading.Article!.Text.Length <= ArticleReaderLimit);
        Assert.Contains(reading.Warnings, w => w.Message.Contains("only the start was read", StringComparison.Ordinal));
    }

    private const int ArticleReaderLimit = Chronicle.Articles.ArticleReader.MaxTextLength;
}
