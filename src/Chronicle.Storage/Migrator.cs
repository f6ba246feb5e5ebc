using System.Data.Common;
using System.Globalization;

namespace Chronicle.Storage;

/// <summary>Brings a database's schema up to a version in place, one recorded migration at a time.</summary>
internal static class Migrator
{
    public static int Version(DbConnection connection, DbTransaction? transaction = null)
    {
        using var command = connection.Command("SELECT COALESCE(MAX(version), 0) FROM schema_version", transaction);
        return (int)command.Scalar();
    }

    public static void Upgrade(DbConnection connection, Dialect dialect, int target)
    {
        using (var create = connection.Command(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)"))
        {
            create.ExecuteNonQuery();
        }

        // Readers and a second writer open databases that are already current: they need no write lock.
        if (Version(connection) == target)
        {
            return;
        }

        foreach (var migration in Schema.Migrations.Where(m => m.Version <= target))
        {
            // Each step re-reads the version under the writer's lock, so two programs opening one database apply it once.
            using var transaction = dialect.BeginWrite(connection);
            int current = Version(connection, transaction);
            if (current > Schema.CurrentVersion)
            {
                throw new InvalidOperationException(
                    $"The database's schema is version {current}, newer than this Chronicle knows ({Schema.CurrentVersion}); use a newer Chronicle.");
            }

            if (migration.Version <= current)
            {
                continue;
            }

            using (var step = connection.Command(dialect.Expand(migration.Sql), transaction))
            {
                step.ExecuteNonQuery();
            }

            using (var record = connection.Command("INSERT INTO schema_version (version, description, applied_at) VALUES (@v, @d, @t)", transaction))
            {
                record.Bind("@v", migration.Version).Bind("@d", migration.Description)
                    .Bind("@t", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
                record.ExecuteNonQuery();
            }

            transaction.Commit();
        }
    }
}
