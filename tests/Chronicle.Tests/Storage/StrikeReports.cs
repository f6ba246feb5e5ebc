using Chronicle.Documents;
using Chronicle.Inputs;
using Chronicle.Pipeline;

namespace Chronicle.Tests.Storage;

/// <summary>Short articles written for the store tests, two of them reporting the same strike, run through the real pipeline.</summary>
internal static class StrikeReports
{
    public const string FirstReport = """
        U.S. strike in Baghdad kills Iran-backed militia commander

        January 4, 2024

        BAGHDAD — A U.S. drone strike on Thursday killed Mushtaq Jawad Kazim al Jawari, also known as Abu Taqwa, a senior commander of Harakat al-Nujaba, in eastern Baghdad, Iraqi security officials said. A second member of the group died in the strike.

        The Pentagon said the strike was carried out in self-defense after repeated attacks on American troops in Iraq and Syria.
        """;

    public const string SecondReport = """
        Militia leader dies in American airstrike on Baghdad headquarters

        January 4, 2024

        BAGHDAD — U.S. forces killed Abu Taqwa, the commander of Harakat al-Nujaba, in a strike on the group's headquarters in Baghdad on Thursday, the group said. Two people were killed in the attack.

        Iraq's government condemned the strike as a violation of its sovereignty.
        """;

    /// <summary>Same actor and day as the strike, but in Basra, 450 km away: another event.</summary>
    public const string FarAway = """
        U.S. strike hits militia depot near Basra

        January 4, 2024

        BASRA — A U.S. drone strike on Thursday hit a Harakat al-Nujaba weapons depot in Basra, officials said.
        """;

    /// <summary>A statement that something did not happen, and a threat of what might.</summary>
    public const string Denial = """
        Pentagon says it does not seek war with Iran

        January 5, 2024

        WASHINGTON — The United States does not seek any broader conflict with Iran, Pentagon spokesperson Patrick Ryder said on Friday. "We will not hesitate to strike militia groups if our troops are threatened," he said.
        """;

    private static readonly Lazy<ArticleProcessor> Processor = new(() => new ArticleProcessor(SharedResources.Value));

    public static Document Process(string text, string id, string? url = null)
    {
        var result = Processor.Value.Process(new RawInput { Source = id, Format = InputFormat.PlainText, Text = text, Id = id, Url = url });
        return result.Document ?? throw new InvalidOperationException($"{id}: {result.Problem}");
    }
}
