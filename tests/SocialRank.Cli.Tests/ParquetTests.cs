using System.Globalization;
using DuckDB.NET.Data;
using nietras.SeparatedValues;

namespace SocialRank.Cli.Tests;

/// <summary>
/// Parquet in and out. Every Parquet file the tool reads here is written by DuckDB (another implementation), from the
/// sample's CSV files or from SQL values; every Parquet file the tool writes is read back by DuckDB. What the tool makes
/// of a Parquet file is compared with what it makes of the same data as CSV, which the other tests check.
/// </summary>
public class ParquetTests
{
    private const string Negative = "'-5' is negative; counts must be 0 or more.";
    private const string NotWhole = "'2.5' is not a whole number; counts are whole (a page has no half followers or posts).";

    [Fact]
    public async Task Rate_SampleConvertedToParquetByDuckDb_GivesTheSameJsonAsTheCsv()
    {
        using var dir = new TempDir();
        string pages = dir.File("pages.parquet");
        string regions = dir.File("regions.parquet");
        DuckDb($"COPY (SELECT * FROM read_csv('{Sql(CliRunner.SamplePages)}', header = true)) TO '{Sql(pages)}' (FORMAT PARQUET)");
        DuckDb($"COPY (SELECT * FROM read_csv('{Sql(CliRunner.SampleRegions)}', header = true)) TO '{Sql(regions)}' (FORMAT PARQUET)");

        // DuckDB typed the columns itself: integers, a boolean and strings with nulls, not text to be parsed.
        Assert.Equal(["BIGINT", "BOOLEAN", "VARCHAR"], Types(pages, "followers", "eligible", "exclusion_reason"));

        // As a process: the shipped tool finds its Parquet reader.
        Run fromParquet = await CliRunner.RunProcessAsync("rate", pages, "--regions", regions, "--format", "json");
        Run fromCsv = await CliRunner.RunAsync("rate", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions, "--format", "json");
        Assert.Equal(0, fromCsv.ExitCode);
        Assert.Equal(0, fromParquet.ExitCode);
        Assert.Contains("\"akmola-fb\"", fromCsv.Stdout, StringComparison.Ordinal);
        Assert.Equal(fromCsv.Stdout, fromParquet.Stdout);
    }

    [Fact]
    public async Task Rate_ParquetWithNullsAndEveryColumnType_ReadsAsTheSameDataInCsv()
    {
        using var dir = new TempDir();
        string pages = dir.File("pages.parquet");

        // Ids as integers, counts as INTEGER, BIGINT, DOUBLE, SMALLINT, UTINYINT, DECIMAL and REAL, eligible as BOOLEAN;
        // a null count is a missing value, a null eligible is eligible.
        DuckDb($"""
            COPY (SELECT * FROM (VALUES
                (1, 'Page A', 'akmola', 100::INTEGER, 10::BIGINT, 50.0::DOUBLE, 5::SMALLINT, 1::UTINYINT, 1::DECIMAL(12, 2), 40.0::REAL, true, NULL),
                (2, 'Page B', 'aktobe', 2500::INTEGER, 30::BIGINT, NULL::DOUBLE, 7::SMALLINT, 0::UTINYINT, NULL::DECIMAL(12, 2), 120.0::REAL, NULL, NULL),
                (3, NULL, 'akmola', 900::INTEGER, 12::BIGINT, 75.0::DOUBLE, 2::SMALLINT, 3::UTINYINT, 4::DECIMAL(12, 2), 55.0::REAL, false, 'Private account'),
                (4, 'Page D', 'akmola', 1800::INTEGER, 25::BIGINT, 410.0::DOUBLE, 20::SMALLINT, 9::UTINYINT, 6::DECIMAL(12, 2), 300.0::REAL, true, NULL)
            ) t(id, name_en, region, followers, posts, likes, comments, shares, saves, engaged_users, eligible, exclusion_reason))
            TO '{Sql(pages)}' (FORMAT PARQUET)
            """);
        Assert.Equal(["INTEGER", "DOUBLE", "UTINYINT", "DECIMAL(12,2)", "FLOAT", "BOOLEAN"], Types(pages, "id", "likes", "shares", "saves", "engaged_users", "eligible"));
        string csv = dir.Write("pages.csv", """
            id,name_en,region,followers,posts,likes,comments,shares,saves,engaged_users,eligible,exclusion_reason
            1,Page A,akmola,100,10,50,5,1,1,40,true,
            2,Page B,aktobe,2500,30,,7,0,,120,,
            3,,akmola,900,12,75,2,3,4,55,false,Private account
            4,Page D,akmola,1800,25,410,20,9,6,300,true,

            """);

        Run fromParquet = await CliRunner.RunAsync("rate", pages, "--regions", CliRunner.SampleRegions, "--format", "json");
        Run fromCsv = await CliRunner.RunAsync("rate", csv, "--regions", CliRunner.SampleRegions, "--format", "json");
        Assert.Equal(0, fromCsv.ExitCode);
        Assert.Equal(0, fromParquet.ExitCode);
        Assert.Contains("Private account", fromCsv.Stdout, StringComparison.Ordinal);
        Assert.Equal(fromCsv.Stdout, fromParquet.Stdout);
        Assert.Equal(fromCsv.Stderr, fromParquet.Stderr.Replace(pages, csv, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rate_OutParquet_ReadBackByDuckDb_EqualsTheSameRunsCsvCellByCell()
    {
        using var dir = new TempDir();
        string parquet = dir.File("rating.parquet");
        Run run = await CliRunner.RunAsync("rate", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions, "--out", parquet);
        Run csv = await CliRunner.RunAsync("rate", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions, "--format", "csv");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Equal(0, csv.ExitCode);
        Assert.Equal([parquet], Directory.GetFiles(dir.Path));
        List<string[]> csvRows = ReadCsv(csv.Stdout);

        (string[] names, string[] types, List<object?[]> rows) = Query($"SELECT * FROM '{Sql(parquet)}'");
        Assert.Equal(csvRows[0], names);
        Assert.Equal(csvRows.Count - 1, rows.Count);
        Assert.Equal(26, rows.Count);
        int numbers = 0;
        for (int r = 0; r < rows.Count; r++)
        {
            string[] expected = csvRows[r + 1];
            for (int c = 0; c < names.Length; c++)
            {
                object? actual = rows[r][c];
                if (expected[c].Length == 0)
                {
                    Assert.Null(actual);
                }
                else if (c is not (1 or 2) && double.TryParse(expected[c], NumberStyles.Float, CultureInfo.InvariantCulture, out double number))
                {
                    // The CSV writes up to 10 decimals; the Parquet column holds the double itself.
                    Assert.Equal("DOUBLE", types[c]);
                    Assert.Equal(number, Assert.IsType<double>(actual), 1e-9);
                    numbers++;
                }
                else
                {
                    Assert.Equal(expected[c], Assert.IsType<string>(actual));
                }
            }
        }

        Assert.True(numbers > 25 * 10, $"only {numbers} numbers compared");

        // The first column is the final place, as numbers; id and name are strings.
        Assert.Equal(["DOUBLE", "VARCHAR", "VARCHAR"], types[..3]);
        Assert.Equal(["VARCHAR", "VARCHAR"], types[^2..]);
    }

    [Fact]
    public async Task Rate_ParquetWithANegativeAFractionalAndANaNCount_NamesTheRowsAndColumnsAndWritesNothing()
    {
        using var dir = new TempDir();
        string pages = dir.File("pages.parquet");
        DuckDb($"""
            COPY (SELECT * FROM (VALUES
                ('a', 'akmola', 100, 10.0, 50, 5, 1, 1, 40),
                ('b', 'aktobe', -5, 10.0, 50, 5, 1, 1, 40),
                ('c', 'akmola', 100, 2.5, 50, 5, 1, 1, 40),
                ('d', 'akmola', 100, 10.0, 'NaN'::DOUBLE, 5, 1, 1, 40)
            ) t(id, region, followers, posts, likes, comments, shares, saves, engaged_users))
            TO '{Sql(pages)}' (FORMAT PARQUET)
            """);
        string output = dir.File("rating.parquet");
        Run run = await CliRunner.RunAsync("rate", pages, "--regions", CliRunner.SampleRegions, "--out", output, "--chart", dir.File("chart.png"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Equal(
            $"error: {pages}, row 2, column 'followers': {Negative}\n"
            + $"error: {pages}, row 3, column 'posts': {NotWhole}\n"
            + $"error: {pages}, row 4, column 'likes': 'NaN' is not a number.\n",
            run.Stderr);
        Assert.Equal([pages], Directory.GetFiles(dir.Path));
    }

    [Fact]
    public async Task Rate_ParquetOfManyRowGroups_RatesEveryPageAndWritesManyRowGroupsThatMatchTheCsv()
    {
        using var dir = new TempDir();
        string pages = dir.File("pages.parquet");
        const int Count = 100_005;
        DuckDb($"""
            COPY (SELECT 'p' || i AS id, CASE WHEN i % 2 = 0 THEN 'akmola' ELSE 'aktobe' END AS region,
                    i % 1000 + 10 AS followers, i % 50 + 1 AS posts, i % 700 AS likes, i % 30 AS comments, i % 9 AS shares,
                    i % 4 AS saves, i % 500 AS engaged_users
                FROM range({Count}) r(i) ORDER BY i)
            TO '{Sql(pages)}' (FORMAT PARQUET, ROW_GROUP_SIZE 16384)
            """);
        string parquet = dir.File("rating.parquet");
        string csv = dir.File("rating.csv");
        Run toParquet = await CliRunner.RunAsync("rate", pages, "--regions", CliRunner.SampleRegions, "--out", parquet);
        Run toCsv = await CliRunner.RunAsync("rate", pages, "--regions", CliRunner.SampleRegions, "--out", csv);
        Assert.Equal(0, toParquet.ExitCode);
        Assert.Equal(0, toCsv.ExitCode);
        Assert.True(RowGroups(pages) > 2);
        Assert.True(RowGroups(parquet) > 1);

        // Every page in both, by id, with the same final place and total (DuckDB reads the CSV's numbers itself).
        (string[] names, _, _) = Query($"SELECT * FROM '{Sql(parquet)}' LIMIT 0");
        Assert.Equal(["final place", "id"], names[..2]);
        Assert.Equal("total", names[^4]);
        string place = '"' + names[0] + '"', id = '"' + names[1] + '"', total = '"' + names[^4] + '"';
        Assert.Equal(names, Query($"SELECT * FROM read_csv('{Sql(csv)}', header = true) LIMIT 0").Names);
        (_, _, List<object?[]> counts) = Query($"""
            SELECT count(*), count(*) FILTER (WHERE p.{place} = c.{place} AND abs(p.{total} - c.{total}) < 1e-9)
            FROM '{Sql(parquet)}' p JOIN read_csv('{Sql(csv)}', header = true) c ON p.{id} = c.{id}
            """);
        Assert.Equal(new object?[] { (long)Count, (long)Count }, counts[0]);
    }

    [Fact]
    public async Task Rate_BadCellInALaterRowGroup_IsNamedByItsRowInTheWholeFile()
    {
        using var dir = new TempDir();
        string pages = dir.File("pages.parquet");
        DuckDb($"""
            COPY (SELECT 'p' || i AS id, 'akmola' AS region, CASE WHEN i = 40000 THEN -5 ELSE 100 END AS followers,
                    10 AS posts, 50 AS likes, 5 AS comments, 1 AS shares, 1 AS saves, 40 AS engaged_users
                FROM range(50000) r(i) ORDER BY i)
            TO '{Sql(pages)}' (FORMAT PARQUET, ROW_GROUP_SIZE 16384)
            """);
        Assert.True(RowGroups(pages) > 2);
        Run run = await CliRunner.RunAsync("rate", pages, "--regions", CliRunner.SampleRegions);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: {pages}, row 40001, column 'followers': {Negative}\n", run.Stderr);
    }

    [Fact]
    public async Task Rate_ParquetWithAListColumn_IsRefusedNamingTheColumn()
    {
        using var dir = new TempDir();
        string pages = dir.File("pages.parquet");
        DuckDb($"COPY (SELECT 'a' AS id, [1, 2] AS followers) TO '{Sql(pages)}' (FORMAT PARQUET)");
        Run run = await CliRunner.RunAsync("rate", pages, "--regions", CliRunner.SampleRegions);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: {pages}: column 'followers' is a list, not one value a row; a pages file's columns hold numbers, text or true/false.\n", run.Stderr);
    }

    [Fact]
    public async Task Rate_NotParquetInsideAParquetName_IsBadInputNamingTheFile()
    {
        using var dir = new TempDir();
        string pages = dir.Write("pages.parquet", "id,followers\na,1\n");
        Run run = await CliRunner.RunAsync("rate", pages, "--regions", CliRunner.SampleRegions);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {pages}: the file cannot be read: ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rate_FormatParquetWithoutOut_AsksForAFile()
    {
        Run run = await CliRunner.RunAsync("rate", CliRunner.SamplePages, "--regions", CliRunner.SampleRegions, "--format", "parquet");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Equal("error: --format parquet writes a binary file, which is not text: give --out FILE.parquet.\n", run.Stderr);
    }

    [Fact]
    public async Task RateHelp_ListsParquet()
    {
        Run run = await CliRunner.RunAsync("rate", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("table|csv|md|html|json|xlsx|parquet", run.Stdout, StringComparison.Ordinal);
    }

    private static long RowGroups(string parquet)
        => (long)Query($"SELECT count(DISTINCT row_group_id) FROM parquet_metadata('{Sql(parquet)}')").Rows[0][0]!;

    private static string Sql(string path) => path.Replace("'", "''", StringComparison.Ordinal);

    private static void DuckDb(string sql)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The DuckDB types of columns of a Parquet file, as DuckDB reads them.</summary>
    private static string[] Types(string parquet, params string[] columns)
    {
        (_, string[] types, _) = Query($"SELECT {string.Join(", ", columns.Select(c => '"' + c + '"'))} FROM '{Sql(parquet)}' LIMIT 0");
        return types;
    }

    /// <summary>Runs a query on DuckDB: its column names, their DuckDB types and its rows (null for NULL).</summary>
    private static (string[] Names, string[] Types, List<object?[]> Rows) Query(string sql)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        string[] types;
        using (DuckDBCommand describe = connection.CreateCommand())
        {
            describe.CommandText = "DESCRIBE " + sql;
            using DuckDBDataReader schema = describe.ExecuteReader();
            var list = new List<string>();
            while (schema.Read())
            {
                list.Add(schema.GetString(1));
            }

            types = [.. list];
        }

        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = sql;
        using DuckDBDataReader reader = command.ExecuteReader();
        string[] names = [.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetName)];
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i))]);
        }

        return (names, types, rows);
    }

    private static List<string[]> ReadCsv(string text)
    {
        using SepReader reader = Sep.Reader(o => o with { HasHeader = false, Unescape = true }).FromText(text.TrimStart('\uFEFF'));
        var rows = new List<string[]>();
        foreach (SepReader.Row row in reader)
        {
            var cells = new string[row.ColCount];
            for (int c = 0; c < cells.Length; c++)
            {
                cells[c] = row[c].ToString();
            }

            rows.Add(cells);
        }

        return rows;
    }
}
