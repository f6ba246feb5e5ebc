using Chronicle.Tests.Storage;

namespace Chronicle.Tests.Watch;

/// <summary>The store remembers which items of which feed were read, across reopening, on every back end.</summary>
public sealed class SeenFeedItemsTests
{
    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void AnItemRememberedForAFeedIsSeenAfterReopeningAndOnlyForThatFeed(string backend)
    {
        using var test = TestStore.Create(backend);
        using (var store = test.Open())
        {
            Assert.False(store.HasSeenFeedItem("https://a.example/feed", "item-1"));
            store.RememberFeedItem("https://a.example/feed", "item-1");
            store.RememberFeedItem("https://a.example/feed", "item-1");
        }

        using var reopened = test.Open();

        Assert.True(reopened.HasSeenFeedItem("https://a.example/feed", "item-1"));
        Assert.False(reopened.HasSeenFeedItem("https://a.example/feed", "item-2"));
        Assert.False(reopened.HasSeenFeedItem("https://b.example/feed", "item-1"));
    }
}
