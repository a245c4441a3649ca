using System.Data.Common;
using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using SocialRank.Pages;

namespace SocialRank.Sql.Tests.Engines;

/// <summary>A page row of a test table: the page, its group (or null), its place in the input.</summary>
public sealed record PageRow(PageStats Page, string? Group, int Order, bool NaNForMissing = false);

/// <summary>Loads page rows into a database and runs a query on it: the engine is the reference, not our code.</summary>
public static class SqlEngine
{
    public static DuckDBConnection OpenDuckDb()
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        return connection;
    }

    /// <summary>Creates <paramref name="table"/> (dropping one of that name) with the pages, fields as doubles (NULL or NaN when missing).</summary>
    public static void Load(DbConnection connection, SqlDialect dialect, string table, IReadOnlyList<PageRow> rows)
    {
        string dbl = dialect.FloatingPointType;
        string text = dialect.TextType;
        Execute(connection, $"DROP TABLE IF EXISTS {table}");
        var create = new StringBuilder($"CREATE TABLE {table} (id {text}, input_order INTEGER, grp {text}, exclusion_reason {text}");
        foreach (PageField field in PageFields.All)
        {
            create.Append(CultureInfo.InvariantCulture, $", {field.Key} {dbl}");
        }

        Execute(connection, create.Append(')').ToString());
        for (int start = 0; start < rows.Count; start += 500)
        {
            var insert = new StringBuilder($"INSERT INTO {table} VALUES ");
            for (int r = start; r < Math.Min(rows.Count, start + 500); r++)
            {
                PageRow row = rows[r];
                insert.Append(r == start ? "" : ", ");
                insert.Append('(').Append(Text(row.Page.Id)).Append(", ").Append(row.Order.ToString(CultureInfo.InvariantCulture));
                insert.Append(", ").Append(row.Group is null ? "NULL" : Text(row.Group));
                insert.Append(", ").Append(row.Page.ExclusionReason is null ? "NULL" : Text(row.Page.ExclusionReason));
                foreach (PageField field in PageFields.All)
                {
                    double? value = field.ValueOf(row.Page);
                    insert.Append(", ").Append(value is double v
                        ? $"CAST({v.ToString("R", CultureInfo.InvariantCulture)} AS {dbl})"
                        : row.NaNForMissing ? $"CAST('NaN' AS {dbl})" : "NULL");
                }

                insert.Append(')');
            }

            Execute(connection, insert.ToString());
        }
    }

    /// <summary>Runs <paramref name="sql"/> and returns its rows as column name → value (DBNull as null).</summary>
    public static List<Dictionary<string, object?>> Query(DbConnection connection, string sql)
    {
        using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        using DbDataReader reader = command.ExecuteReader();
        var rows = new List<Dictionary<string, object?>>();
        while (reader.Read())
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (int c = 0; c < reader.FieldCount; c++)
            {
                row[reader.GetName(c)] = reader.IsDBNull(c) ? null : reader.GetValue(c);
            }

            rows.Add(row);
        }

        return rows;
    }

    public static void Execute(DbConnection connection, string sql)
    {
        using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Text(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
