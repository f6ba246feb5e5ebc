namespace Chronicle.Storage;

/// <summary>The store's schema as numbered migrations, each written once with placeholders the dialect fills in.</summary>
internal static class Schema
{
    /// <summary>Placeholders: {ID} an auto-numbered key, {REF} a key column, {REAL} a float, {DATE} a calendar date.</summary>
    public static readonly IReadOnlyList<Migration> Migrations =
    [
        new(1, "articles, entities, events, reports, mentions, actor keys", """
            CREATE TABLE articles (
                id {ID},
                article_key TEXT NOT NULL,
                content_hash TEXT NOT NULL UNIQUE,
                source TEXT NOT NULL,
                url TEXT,
                title TEXT,
                byline TEXT NOT NULL,
                published {DATE},
                published_from TEXT,
                language TEXT NOT NULL,
                site_name TEXT,
                text TEXT NOT NULL,
                sections TEXT NOT NULL,
                ingested_at TEXT NOT NULL);
            CREATE INDEX articles_key ON articles (article_key);
            CREATE TABLE entities (
                id {ID},
                article_id {REF} NOT NULL REFERENCES articles (id),
                local_id TEXT NOT NULL,
                type TEXT NOT NULL,
                name TEXT NOT NULL,
                aliases TEXT NOT NULL,
                country TEXT,
                sector TEXT,
                titles TEXT NOT NULL,
                place_name TEXT,
                place_geoname_id INTEGER,
                place_country TEXT,
                place_admin1 TEXT,
                place_lat {REAL},
                place_lon {REAL},
                place_feature_class TEXT,
                place_precision TEXT,
                UNIQUE (article_id, local_id));
            CREATE TABLE events (
                id {ID},
                type TEXT NOT NULL,
                mode TEXT,
                context TEXT NOT NULL,
                cameo TEXT NOT NULL,
                acled_event_type TEXT,
                acled_sub_event_type TEXT,
                actors TEXT NOT NULL,
                recipients TEXT NOT NULL,
                date_value TEXT,
                date_precision TEXT,
                date_from TEXT,
                date_mod TEXT,
                date_start {DATE},
                date_end {DATE},
                location_name TEXT,
                country TEXT,
                admin1 TEXT,
                lat {REAL},
                lon {REAL},
                geoname_id INTEGER,
                feature_class TEXT,
                location_precision TEXT,
                dead INTEGER,
                injured INTEGER,
                arrested INTEGER,
                modality TEXT NOT NULL,
                reporter TEXT,
                confidence {REAL} NOT NULL,
                source_count INTEGER NOT NULL);
            CREATE INDEX events_type_date ON events (type, date_start);
            CREATE INDEX events_date ON events (date_start);
            CREATE INDEX events_country ON events (country, date_start);
            CREATE TABLE reports (
                id {ID},
                article_id {REF} NOT NULL REFERENCES articles (id),
                event_id {REF} NOT NULL REFERENCES events (id),
                local_id TEXT NOT NULL,
                type TEXT NOT NULL,
                mode TEXT,
                context TEXT NOT NULL,
                cameo TEXT NOT NULL,
                acled_event_type TEXT,
                acled_sub_event_type TEXT,
                actors TEXT NOT NULL,
                recipients TEXT NOT NULL,
                date_value TEXT,
                date_precision TEXT,
                date_from TEXT,
                date_mod TEXT,
                location_name TEXT,
                country TEXT,
                admin1 TEXT,
                lat {REAL},
                lon {REAL},
                geoname_id INTEGER,
                feature_class TEXT,
                location_precision TEXT,
                dead INTEGER,
                injured INTEGER,
                arrested INTEGER,
                modality TEXT NOT NULL,
                reporter TEXT,
                confidence {REAL} NOT NULL,
                merge_reason TEXT,
                search_text TEXT NOT NULL,
                UNIQUE (article_id, local_id));
            CREATE INDEX reports_event ON reports (event_id);
            CREATE TABLE mentions (
                id {ID},
                article_id {REF} NOT NULL REFERENCES articles (id),
                entity_id {REF} REFERENCES entities (id),
                report_id {REF} REFERENCES reports (id),
                start_offset INTEGER NOT NULL,
                end_offset INTEGER NOT NULL,
                CHECK ((entity_id IS NULL) <> (report_id IS NULL)));
            CREATE INDEX mentions_entity ON mentions (entity_id);
            CREATE INDEX mentions_report ON mentions (report_id);
            CREATE TABLE actor_keys (
                event_id {REF} NOT NULL REFERENCES events (id),
                role TEXT NOT NULL,
                key TEXT NOT NULL,
                PRIMARY KEY (event_id, role, key));
            CREATE INDEX actor_keys_key ON actor_keys (key, role);
            """),
        new(2, "full-text search over reports", "{SEARCH}"),
        new(3, "feed items already read, per feed", """
            CREATE TABLE feed_items (
                feed TEXT NOT NULL,
                item_key TEXT NOT NULL,
                seen_at TEXT NOT NULL,
                PRIMARY KEY (feed, item_key));
            """),
    ];

    public static int CurrentVersion => Migrations[^1].Version;
}

/// <summary>One step of the schema: the version it brings a database to, and its SQL.</summary>
internal sealed record Migration(int Version, string Description, string Sql);
