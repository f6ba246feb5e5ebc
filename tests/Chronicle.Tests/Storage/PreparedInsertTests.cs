using System.Collections.Immutable;
using System.Data.Common;
using Chronicle.Storage;

namespace Chronicle.Tests.Storage;

/// <summary>The prepared inserts the store writes rows with: each engine stores every kind of value alike and reports a broken constraint.</summary>
public sealed class PreparedInsertTests
{
    private static readonly ImmutableArray<string> Columns = ["name", "count", "big", "share", "day", "missing"];

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void EveryKindOfValueReadsBackAsWritten(string backend)
    {
        using var test = TestStore.Create(backend);
        var dialect = Dialect.For(test.Target);
        using var connection = dialect.Connect();
        Create(connection, dialect);
        using var insert = dialect.PrepareInsert(connection, "samples", Columns, returnsId: true);

        long first = insert.Insert("Mosul – الموصل", 7, 5_000_000_000L, 13.41053, new DateOnly(2024, 1, 4), null);
        long second = insert.Insert("Basra", -1, 0L, 0.1 + 0.2, new DateOnly(1999, 12, 31), null);

        Assert.Equal(first + 1, second);
        using var read = connection.Command("SELECT name, count, big, share, day, missing FROM samples WHERE id = @id");
        using var row = read.Bind("@id", first).ExecuteReader();
        Assert.True(row.Read());
        Assert.Equal("Mosul – الموصل", row.GetString(0));
        Assert.Equal(7, row.GetInt32(1));
        Assert.Equal(5_000_000_000L, row.GetInt64(2));
        Assert.Equal(13.41053, row.GetDouble(3));
        Assert.Equal(new DateOnly(2024, 1, 4), row.GetFieldValue<DateOnly>(4));
        Assert.True(row.IsDBNull(5));
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void ABrokenConstraintThrowsAndTheInsertStillWorks(string backend)
    {
        using var test = TestStore.Create(backend);
        var dialect = Dialect.For(test.Target);
        using var connection = dialect.Connect();
        Create(connection, dialect);
        using var insert = dialect.PrepareInsert(connection, "samples", Columns, returnsId: true);
        insert.Insert("Mosul", 1, 1L, 1.0, new DateOnly(2024, 1, 1), null);

        Assert.ThrowsAny<DbException>(() => insert.Insert("Mosul", 2, 2L, 2.0, new DateOnly(2024, 1, 2), null));

        insert.Insert("Kirkuk", 3, 3L, 3.0, new DateOnly(2024, 1, 3), null);
        using var count = connection.Command("SELECT COUNT(*) FROM samples");
        Assert.Equal(2, count.Scalar());
    }

    [SkippableTheory]
    [MemberData(nameof(TestStore.Backends), MemberType = typeof(TestStore))]
    public void AnInsertThatDoesNothingOnConflictKeepsTheFirstRow(string backend)
    {
        using var test = TestStore.Create(backend);
        var dialect = Dialect.For(test.Target);
        using var connection = dialect.Connect();
        Create(connection, dialect);
        using var insert = dialect.PrepareInsert(connection, "samples", Columns, returnsId: false, "ON CONFLICT DO NOTHING");

        Assert.Equal(0, insert.Insert("Mosul", 1, 1L, 1.0, new DateOnly(2024, 1, 1), null));
        insert.Insert("Mosul", 2, 2L, 2.0, new DateOnly(2024, 1, 2), null);

        using var count = connection.Command("SELECT MAX(count) FROM samples");
        Assert.Equal(1, count.Scalar());
    }

    private static void Create(DbConnection connection, Dialect dialect)
    {
        using var create = connection.Command(dialect.Expand(
            "CREATE TABLE samples (id {ID}, name TEXT NOT NULL UNIQUE, count INTEGER, big {REF}, share {REAL}, day {DATE}, missing TEXT)"));
        create.ExecuteNonQuery();
    }
}
