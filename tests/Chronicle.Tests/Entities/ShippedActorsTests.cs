using System.Text.Json;
using Chronicle.Tests.Cli;
using Chronicle.Tests.Inputs;

namespace Chronicle.Tests.Entities;

/// <summary>The shipped data/actors/actors.tsv, end to end: its actors are found with their country and sector.</summary>
public sealed class ShippedActorsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("Officials said ISWAP fighters raided a base in Borno.", "ISWAP", "ORG", "NGA", "REB")]
    [InlineData("The World Food Programme said aid convoys were blocked.", "World Food Programme", "ORG", null, "IGO")]
    [InlineData("Pakistan said the TTP attacked a police post.", "TTP", "ORG", "PAK", "REB")]
    [InlineData("The Kremlin said the FSB had arrested two men.", "FSB", "ORG", "RUS", "SPY")]
    [InlineData("A fellow at the European Council on Foreign Relations said so.", "European Council on Foreign Relations", "ORG", null, "NGO")]
    [InlineData("Fighters from al-Qaeda in the Arabian Peninsula attacked a checkpoint.", "al-Qaeda in the Arabian Peninsula", "ORG", "YEM", "REB")]
    public void AListedActorIsFoundWithItsCountryAndSector(string text, string name, string type, string? country, string? sector)
    {
        var entity = Entities(text).Single(e => e.GetProperty("name").GetString() == name);

        Assert.Equal((type, country, sector), (entity.GetProperty("type").GetString(), Text(entity, "country"), Text(entity, "sector")));
    }

    [Fact]
    public void AListedNameOpeningWithASeparateLowerCaseArticleIsFound()
    {
        var entities = Entities("Officials said al Qaeda in Iraq claimed the bombing. Later al Qaeda in Iraq fighters fled.");

        var branch = entities.Single(e => e.GetProperty("name").GetString() == "al Qaeda in Iraq");
        Assert.Equal(("IRQ", "REB"), (Text(branch, "country"), Text(branch, "sector")));
        Assert.Equal(2, branch.GetProperty("mentions").GetArrayLength());
        Assert.DoesNotContain(entities, e => e.GetProperty("name").GetString()!.StartsWith("Qaeda", StringComparison.Ordinal));
    }

    private List<JsonElement> Entities(string text)
    {
        string article = _folder.Write("a.txt", text + "\n");
        var run = CliRunner.Run("extract", article);
        Assert.Equal(0, run.ExitCode);
        return [.. JsonDocument.Parse(run.Stdout).RootElement.GetProperty("entities").EnumerateArray().Select(e => e.Clone())];
    }

    private static string? Text(JsonElement entity, string property) =>
        entity.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
