using Chronicle.Storage;

namespace Chronicle.Tests.Storage;

/// <summary>A database made by an older schema is upgraded in place, its rows kept and usable.</summary>
public sealed class MigrationTests
{
    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void AVersionOneDatabaseIsUpgradedWithItsEvents(string backend)
    {
        using var test = TestStore.Create(backend);
        using (var old = EventStore.Open(test.Target, version: 1))
        {
            Assert.Equal(1, old.SchemaVersion);
            using var insert = old.Connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO articles (id, article_key, content_hash, source, byline, language, text, sections, ingested_at)
                VALUES (1, 'old', 'hash', 'old.txt', '[]', 'en', 'Rebels shelled the port of Hodeidah.', '[]', '2024-01-01T00:00:00Z');
                INSERT INTO events (id, type, context, cameo, actors, recipients, modality, confidence, source_count)
                VALUES (1, 'ASSAULT', '[]', '19', '["Rebels"]', '[]', 'asserted', 0.8, 1);
                INSERT INTO reports (id, article_id, event_id, local_id, type, context, cameo, actors, recipients, modality, confidence, search_text)
                VALUES (1, 1, 1, 'v1', 'ASSAULT', '[]', '19', '["Rebels"]', '[]', 'asserted', 0.8, 'Rebels shelled the port of Hodeidah.');
                INSERT INTO mentions (article_id, report_id, start_offset, end_offset) VALUES (1, 1, 0, 36);
                """;
            insert.ExecuteNonQuery();
        }

        using var store = test.Open();

        Assert.Equal(Schema.CurrentVersion, store.SchemaVersion);
        var found = Assert.Single(store.Find(new EventQuery { Text = "Hodeidah" }));
        Assert.Equal("Rebels", Assert.Single(found.Actors));
        Assert.Equal("Rebels shelled the port of Hodeidah.", Assert.Single(Assert.Single(found.Sources).Evidence).Text);
    }
}
