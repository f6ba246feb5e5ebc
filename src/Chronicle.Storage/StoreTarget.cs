using Npgsql;

namespace Chronicle.Storage;

/// <summary>Where a store lives: a SQLite file, or a PostgreSQL database named by a postgres:// URL.</summary>
public sealed record StoreTarget
{
    private StoreTarget(StoreKind kind, string location)
    {
        Kind = kind;
        Location = location;
    }

    /// <summary>The file Chronicle uses when no database is named.</summary>
    public const string DefaultPath = "chronicle.db";

    public StoreKind Kind { get; }

    /// <summary>The SQLite file path, or the Npgsql connection string.</summary>
    public string Location { get; }

    public static StoreTarget Sqlite(string path) => new(StoreKind.Sqlite, path);

    /// <summary>Reads a --db value: postgres://user:password@host:port/database (or postgresql://), a key=value Npgsql string starting "Host=", else a SQLite path.</summary>
    public static StoreTarget Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Sqlite(DefaultPath);
        }

        if (value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) ||
            value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return new StoreTarget(StoreKind.Postgres, FromUrl(new Uri(value)));
        }

        if (value.StartsWith("Host=", StringComparison.OrdinalIgnoreCase))
        {
            return new StoreTarget(StoreKind.Postgres, new NpgsqlConnectionStringBuilder(value).ConnectionString);
        }

        return Sqlite(value);
    }

    /// <summary>Says where the store is without its password, for messages.</summary>
    public override string ToString()
    {
        if (Kind == StoreKind.Sqlite)
        {
            return Location;
        }

        var builder = new NpgsqlConnectionStringBuilder(Location);
        return $"postgres://{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}";
    }

    private static string FromUrl(Uri url)
    {
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = url.Host,
            Port = url.IsDefaultPort || url.Port <= 0 ? 5432 : url.Port,
            Database = Uri.UnescapeDataString(url.AbsolutePath.TrimStart('/')),
        };
        if (url.UserInfo.Length > 0)
        {
            var parts = url.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(parts[1]);
            }
        }

        return builder.ConnectionString;
    }
}

/// <summary>The database engines a store can live in.</summary>
public enum StoreKind
{
    Sqlite,
    Postgres,
}
