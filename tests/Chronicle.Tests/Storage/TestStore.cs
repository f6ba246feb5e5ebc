using Chronicle.Storage;
using Npgsql;

namespace Chronicle.Tests.Storage;

/// <summary>An empty store of one back end for one test: a SQLite file in a temporary folder, or a new PostgreSQL database dropped afterwards.</summary>
internal sealed class TestStore : IDisposable
{
    /// <summary>postgres://user:password@host:port/database of a server where the user may create databases.</summary>
    public const string PostgresVariable = "CHRONICLE_TEST_POSTGRES";

    public static readonly TheoryData<string> Backends = new() { "sqlite", "postgres" };

    private readonly string? _folder;
    private readonly string? _adminConnection;
    private readonly string? _database;

    private TestStore(StoreTarget target, string? folder, string? adminConnection, string? database)
    {
        Target = target;
        _folder = folder;
        _adminConnection = adminConnection;
        _database = database;
    }

    public StoreTarget Target { get; }

    /// <summary>A new store of the back end; a PostgreSQL test is skipped, saying why, when no server is configured.</summary>
    public static TestStore Create(string backend)
    {
        if (backend == "sqlite")
        {
            var folder = Path.Combine(Path.GetTempPath(), "chronicle-store-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            return new TestStore(StoreTarget.Sqlite(Path.Combine(folder, "test.db")), folder, null, null);
        }

        string? url = Environment.GetEnvironmentVariable(PostgresVariable);
        Skip.If(string.IsNullOrEmpty(url), $"{PostgresVariable} is not set: no PostgreSQL server to test against (.ci/run starts one and sets it).");
        var admin = StoreTarget.Parse(url).Location;
        string database = "chronicle_test_" + Guid.NewGuid().ToString("N")[..12];
        Execute(admin, $"CREATE DATABASE {database}");
        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = database };
        return new TestStore(StoreTarget.Parse(builder.ConnectionString), null, admin, database);
    }

    public EventStore Open() => EventStore.Open(Target);

    public void Dispose()
    {
        if (_folder is not null)
        {
            Directory.Delete(_folder, recursive: true);
        }

        if (_adminConnection is not null)
        {
            NpgsqlConnection.ClearAllPools();
            Execute(_adminConnection, $"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
        }
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
