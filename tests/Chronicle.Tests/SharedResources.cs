using Chronicle.Pipeline;

namespace Chronicle.Tests;

/// <summary>The repository's data files, loaded once for all tests.</summary>
internal static class SharedResources
{
    private static readonly Lazy<ChronicleResources> Loaded = new(() => ChronicleResources.Load());

    public static ChronicleResources Value => Loaded.Value;
}
