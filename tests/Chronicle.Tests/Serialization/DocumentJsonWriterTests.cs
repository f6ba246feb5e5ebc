using System.Text.Json;
using Chronicle.Documents;
using Chronicle.Serialization;

namespace Chronicle.Tests.Serialization;

public class DocumentJsonWriterTests
{
    [Fact]
    public void OffsetsAreCodePointsEvenAfterCharactersOutsideTheBasicPlane()
    {
        // "🔥" is two UTF-16 units but one code point, so "Baghdad" starts at code point 2, not 3.
        var doc = PipelineDocuments.Extract("🔥 Baghdad was calm on Monday.", new DateOnly(2025, 1, 6));
        using var json = JsonDocument.Parse(DocumentJsonWriter.ToJson(doc));
        var text = json.RootElement.GetProperty("article").GetProperty("text").GetString()!;
        var mention = json.RootElement.GetProperty("entities").EnumerateArray()
            .Single(e => e.GetProperty("name").GetString() == "Baghdad")
            .GetProperty("mentions")[0];
        int start = mention.GetProperty("start").GetInt32();
        int end = mention.GetProperty("end").GetInt32();
        var codePoints = text.EnumerateRunes().Select(r => r.ToString()).ToArray();
        Assert.Equal(2, start);
        Assert.Equal("Baghdad", string.Concat(codePoints[start..end]));
        Assert.Equal("Baghdad", mention.GetProperty("text").GetString());
    }

    [Fact]
    public void WritesEveryPartOfTheContract()
    {
        var doc = PipelineDocuments.Extract("Police arrested 12 protesters in Nairobi on Monday, the ministry said.", new DateOnly(2025, 1, 8));
        using var json = JsonDocument.Parse(DocumentJsonWriter.ToJson(doc, indented: false));
        var root = json.RootElement;
        Assert.Equal("chronicle/1", root.GetProperty("schema").GetString());
        foreach (var part in new[] { "article", "entities", "times", "quotes", "quantities", "events" })
        {
            Assert.True(root.TryGetProperty(part, out _), part);
        }

        var arrest = root.GetProperty("events")[0];
        Assert.Equal("COERCE", arrest.GetProperty("type").GetString());
        Assert.Equal("asserted", arrest.GetProperty("modality").GetString());
        Assert.Equal(12, arrest.GetProperty("arrested").GetInt32());
        Assert.Equal("2025-01-06", arrest.GetProperty("date").GetProperty("value").GetString());
        Assert.Equal("day", arrest.GetProperty("date").GetProperty("precision").GetString());
        Assert.Equal("given", root.GetProperty("article").GetProperty("publishedFrom").GetString());
        var sha = root.GetProperty("article").GetProperty("contentHash").GetString()!;
        Assert.Equal(64, sha.Length);
    }

    [Fact]
    public void AnArticleWithoutADateSaysNone()
    {
        var doc = PipelineDocuments.Extract("Nothing happened.");
        using var json = JsonDocument.Parse(DocumentJsonWriter.ToJson(doc));
        Assert.Equal("none", json.RootElement.GetProperty("article").GetProperty("publishedFrom").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("article").GetProperty("published").ValueKind);
    }
}
