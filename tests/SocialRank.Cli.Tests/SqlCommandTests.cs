using System.Globalization;
using System.Text;
using System.Text.Json;
using DuckDB.NET.Data;

namespace SocialRank.Cli.Tests;

/// <summary>
/// <c>socialrank sql</c>: the query it writes is run on DuckDB (embedded) over the sample, and its final places compared
/// with what <c>socialrank rate</c> gives for the same file; the options reach the query; bad input is refused.
/// </summary>
public class SqlCommandTests
{
    [Fact]
    public async Task Sql_DuckDbOnTheSample_GivesTheFinalPlacesAndZonesOfRate()
    {
        Run run = await CliRunner.RunAsync("sql", "--dialect", "duckdb");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Run rate = await CliRunner.RunAsync("rate", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions, "--format", "json");
        Assert.True(rate.ExitCode == 0, rate.Stderr);
        Dictionary<string, double> expected = JsonDocument.Parse(rate.Stdout).RootElement.GetProperty("pages").EnumerateArray()
            .ToDictionary(p => p.GetProperty("id").GetString()!, p => p.GetProperty("place").GetDouble());

        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        Execute(connection, SampleTable());
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = run.Stdout;
        using var reader = command.ExecuteReader();
        var actual = new Dictionary<string, double>();
        var excluded = new List<string>();
        while (reader.Read())
        {
            string id = reader.GetString(reader.GetOrdinal("id"));
            int place = reader.GetOrdinal("final_place");
            if (reader.IsDBNull(place))
            {
                excluded.Add(id);
            }
            else
            {
                actual[id] = reader.GetDouble(place);
            }
        }

        Assert.Equal(expected.OrderBy(p => p.Key), actual.OrderBy(p => p.Key));
        Assert.Equal(["east_kazakhstan-fb"], excluded);
    }

    [Fact]
    public async Task Sql_TableGroupAndOut_AreWrittenIntoTheQueryFile()
    {
        using var dir = new TempDir();
        string path = Path.Combine(dir.Path, "rating.sql");
        Run run = await CliRunner.RunAsync("sql", "--dialect", "postgres", "--table", "stats.pages_2020", "--group-by", "network", "--out", path);
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal("", run.Stdout);
        string sql = File.ReadAllText(path);
        Assert.StartsWith("-- SocialRank rating as one SQL query (postgres).", sql, StringComparison.Ordinal);
        Assert.Contains("FROM \"stats\".\"pages_2020\"", sql, StringComparison.Ordinal);
        Assert.Contains("\"network\" AS sr_grp", sql, StringComparison.Ordinal);
        Assert.EndsWith(";\n", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sql_UnknownDialect_IsRefused()
    {
        Run run = await CliRunner.RunAsync("sql", "--dialect", "oracle");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("oracle", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public async Task Sql_BlankTable_IsRefused()
    {
        Run run = await CliRunner.RunAsync("sql", "--dialect", "duckdb", "--table", " ");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: --table ' ', --group-by '': name a table and a column.\n", run.Stderr.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Sql_MethodThatFailsOnMissingValues_IsRefusedNamingTheIndicator()
    {
        using var dir = new TempDir();
        string method = Path.Combine(dir.Path, "method.json");
        Run printed = await CliRunner.RunAsync("method", "--print-default");
        Assert.True(printed.ExitCode == 0, printed.Stderr);
        string json = printed.Stdout;
        int at = json.IndexOf("\"missing\"", StringComparison.Ordinal);
        Assert.True(at >= 0, "the default method.json names each indicator's missing-value rule");
        int colon = json.IndexOf(':', at), end = json.IndexOfAny([',', '\n', '}'], colon);
        File.WriteAllText(method, json[..(colon + 1)] + " \"fail\"" + json[end..]);
        Run run = await CliRunner.RunAsync("sql", method, "--dialect", "duckdb");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("fails the rating on a missing value (MissingValueRule.Fail)", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("", run.Stdout);
    }

    /// <summary>The sample as a DuckDB table, read from its CSV files by DuckDB itself (with populations joined from regions.csv).</summary>
    private static string SampleTable()
    {
        string pages = CliRunner.SamplePages.Replace("'", "''", StringComparison.Ordinal);
        string regions = CliRunner.SampleRegions.Replace("'", "''", StringComparison.Ordinal);
        return new StringBuilder()
            .Append("CREATE TABLE pages AS SELECT p.id, p.n AS input_order, ")
            .Append("CASE WHEN p.eligible THEN NULL ELSE p.exclusion_reason END AS exclusion_reason, ")
            .Append("p.followers, p.posts, p.likes, p.comments, p.shares, p.saves, p.engaged_users, r.population ")
            .Append(CultureInfo.InvariantCulture, $"FROM (SELECT *, row_number() OVER () AS n FROM read_csv('{pages}', header = true)) p JOIN read_csv('{regions}', header = true) r ON p.region = r.region_id")
            .ToString();
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
