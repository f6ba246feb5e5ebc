using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Chronicle.Storage;

/// <summary>
/// One table's INSERT of one row, prepared once per connection and run with the row's values by position; an
/// article's ingest runs a couple of hundred. It runs in the connection's open transaction.
/// </summary>
internal abstract class PreparedInsert : IDisposable
{
    /// <summary>Inserts a row, one value per column in order (a string, an integer, a double, a date or null); returns its id when prepared to, else 0.</summary>
    public abstract long Insert(params ReadOnlySpan<object?> values);

    public abstract void Dispose();

    /// <summary>"INSERT INTO table (a, b) VALUES (p(0), p(1)) suffix", each value's placeholder written by <paramref name="parameter"/>.</summary>
    protected static string Sql(string table, ImmutableArray<string> columns, Func<int, string> parameter, string suffix) =>
        $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => parameter(i)))}) {suffix}";
}

/// <summary>Any engine through ADO.NET: a command whose parameters keep their objects and change their values.</summary>
internal sealed class CommandInsert : PreparedInsert
{
    private readonly DbCommand _command;
    private readonly DbParameter[] _parameters;
    private readonly bool _returnsId;

    public CommandInsert(DbConnection connection, string table, ImmutableArray<string> columns, bool returnsId, string suffix)
    {
        _returnsId = returnsId;
        _command = connection.Command(Sql(table, columns, Name, (returnsId ? "RETURNING id " : "") + suffix));
        _parameters = new DbParameter[columns.Length];
        for (int i = 0; i < columns.Length; i++)
        {
            _parameters[i] = _command.CreateParameter();
            _parameters[i].ParameterName = Name(i);
            _command.Parameters.Add(_parameters[i]);
        }
    }

    public override long Insert(params ReadOnlySpan<object?> values)
    {
        for (int i = 0; i < _parameters.Length; i++)
        {
            _parameters[i].Value = values[i] ?? DBNull.Value;
        }

        if (_returnsId)
        {
            return _command.Scalar();
        }

        _command.ExecuteNonQuery();
        return 0;
    }

    public override void Dispose() => _command.Dispose();

    private static string Name(int index) => "@p" + index.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// SQLite through its C API, binding by position: half the cost of a row through ADO.NET, which looks up every
/// parameter by name, converting the name, at every execution (measured over entity and mention rows).
/// </summary>
internal sealed class SqliteInsert : PreparedInsert
{
    private readonly sqlite3 _database;
    private readonly sqlite3_stmt _statement;
    private readonly bool _returnsId;

    public SqliteInsert(SqliteConnection connection, string table, ImmutableArray<string> columns, bool returnsId, string suffix)
    {
        _database = connection.Handle!;
        _returnsId = returnsId;
        Check(raw.sqlite3_prepare_v2(_database, Sql(table, columns, i => "?" + (i + 1).ToString(CultureInfo.InvariantCulture), suffix), out _statement));
    }

    public override long Insert(params ReadOnlySpan<object?> values)
    {
        try
        {
            for (int i = 0; i < values.Length; i++)
            {
                Check(values[i] switch
                {
                    null => raw.sqlite3_bind_null(_statement, i + 1),
                    string text => raw.sqlite3_bind_text(_statement, i + 1, text),
                    int number => raw.sqlite3_bind_int64(_statement, i + 1, number),
                    long number => raw.sqlite3_bind_int64(_statement, i + 1, number),
                    double number => raw.sqlite3_bind_double(_statement, i + 1, number),

                    // As Microsoft.Data.Sqlite writes a date, so both ways of writing give the same text.
                    DateOnly date => raw.sqlite3_bind_text(_statement, i + 1, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                    var other => throw new ArgumentException($"a {other.GetType().Name} has no SQLite column type", nameof(values)),
                });
            }

            int done = raw.sqlite3_step(_statement);
            if (done != raw.SQLITE_DONE)
            {
                Check(done);
            }

            return _returnsId ? raw.sqlite3_last_insert_rowid(_database) : 0;
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    public override void Dispose() => _statement.Dispose();

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(result, _database);
        }
    }
}
