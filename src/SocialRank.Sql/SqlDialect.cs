using System.Globalization;

namespace SocialRank.Sql;

/// <summary>
/// The SQL dialect a query is written in: how identifiers are quoted, which exact integer and floating-point types there
/// are, and how integer division, remainder and NaN are written. Immutable and thread-safe; the five dialects are the
/// static properties.
/// </summary>
/// <remarks>
/// <see cref="DuckDb"/> and <see cref="PostgreSql"/> queries are executed by SocialRank's tests against the engines and
/// compared page by page with the library; <see cref="Spark"/>, <see cref="BigQuery"/> and <see cref="ClickHouse"/> are
/// written from the engines' documentation and checked as text only.
/// </remarks>
public sealed class SqlDialect
{
    private readonly char _quote;
    private readonly string _divide;
    private readonly string _remainder;
    private readonly string _isNaN;

    private SqlDialect(string name, char quote, string exactInteger, string floatingPoint, string text, string divide, string remainder, string isNaN)
    {
        Name = name;
        TextType = text;
        _quote = quote;
        ExactIntegerType = exactInteger;
        FloatingPointType = floatingPoint;
        _divide = divide;
        _remainder = remainder;
        _isNaN = isNaN;
    }

    /// <summary>Gets DuckDB (executed in the tests): <c>HUGEINT</c> (128-bit) exact integers.</summary>
    public static SqlDialect DuckDb { get; } = new("duckdb", '"', "HUGEINT", "DOUBLE", "VARCHAR", "({0} // {1})", "({0} % {1})", "isnan(CAST({0} AS DOUBLE))");

    /// <summary>Gets PostgreSQL (executed in the tests): <c>NUMERIC</c> (arbitrary precision) exact integers.</summary>
    public static SqlDialect PostgreSql { get; } =
        new("postgres", '"', "NUMERIC", "DOUBLE PRECISION", "TEXT", "div({0}, {1})", "mod({0}, {1})", "(CAST({0} AS DOUBLE PRECISION) = CAST('NaN' AS DOUBLE PRECISION))");

    /// <summary>
    /// Gets Apache Spark SQL (text only, not executed here): <c>DECIMAL(38, 0)</c> exact integers; Spark's integer division
    /// (<c>div</c>) gives a 64-bit quotient, so each quotient (a value's whole part, or the rounded value × 10^precision) must
    /// stay below 2^63.
    /// </summary>
    public static SqlDialect Spark { get; } = new("spark", '`', "DECIMAL(38, 0)", "DOUBLE", "STRING", "CAST(({0} div {1}) AS DECIMAL(38, 0))", "({0} % {1})", "isnan(CAST({0} AS DOUBLE))");

    /// <summary>Gets Google BigQuery (text only, not executed here): <c>BIGNUMERIC</c> exact integers.</summary>
    public static SqlDialect BigQuery { get; } = new("bigquery", '`', "BIGNUMERIC", "FLOAT64", "STRING", "DIV({0}, {1})", "MOD({0}, {1})", "IS_NAN(CAST({0} AS FLOAT64))");

    /// <summary>Gets ClickHouse (text only, not executed here): <c>Int128</c> exact integers (nullable types throughout, as ClickHouse casts NULL only to them).</summary>
    public static SqlDialect ClickHouse { get; } = new("clickhouse", '"', "Nullable(Int128)", "Nullable(Float64)", "Nullable(String)", "intDiv({0}, {1})", "modulo({0}, {1})", "isNaN(CAST({0} AS Nullable(Float64)))");

    /// <summary>Gets every dialect, in the order of the properties above.</summary>
    public static IReadOnlyList<SqlDialect> All { get; } = Array.AsReadOnly([DuckDb, PostgreSql, Spark, BigQuery, ClickHouse]);

    /// <summary>Gets the dialect's name as the tool takes it: <c>duckdb</c>, <c>postgres</c>, <c>spark</c>, <c>bigquery</c> or <c>clickhouse</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the SQL type the query computes numerators, denominators and rounded values in, exactly (e.g. <c>HUGEINT</c>).</summary>
    public string ExactIntegerType { get; }

    /// <summary>Gets the SQL type of places, totals and shown values: IEEE 754 binary64, as the library's doubles (e.g. <c>DOUBLE</c>).</summary>
    public string FloatingPointType { get; }

    /// <summary>Gets the SQL type of text (zone names, exclusion reasons), e.g. <c>VARCHAR</c>.</summary>
    public string TextType { get; }

    /// <summary>Returns the dialect named <paramref name="name"/> (see <see cref="Name"/>; case-insensitive).</summary>
    /// <param name="name">The name.</param>
    /// <param name="dialect">The dialect, or <see langword="null"/> when there is none of that name.</param>
    /// <returns>Whether there is one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public static bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SqlDialect? dialect)
    {
        ArgumentNullException.ThrowIfNull(name);
        dialect = All.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));
        return dialect is not null;
    }

    /// <summary>Returns the dialect's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    /// <summary>Quotes one identifier (a doubled quote character inside stands for itself).</summary>
    internal string Quote(string identifier)
    {
        string q = _quote.ToString();
        return q + identifier.Replace(q, q + q, StringComparison.Ordinal) + q;
    }

    /// <summary>Quotes a dotted name (<c>schema.table</c>) part by part.</summary>
    internal string QuotePath(string path) => string.Join('.', path.Split('.').Select(Quote));

    /// <summary>The quotient of two exact integers when the division is exact or both are non-negative.</summary>
    internal string Divide(string a, string b) => string.Format(CultureInfo.InvariantCulture, _divide, a, b);

    /// <summary>The remainder of two exact integers, with the sign of the dividend or non-negative (either suits the callers).</summary>
    internal string Remainder(string a, string b) => string.Format(CultureInfo.InvariantCulture, _remainder, a, b);

    /// <summary>Whether a number column is NaN (NULL when it is NULL).</summary>
    internal string IsNaN(string a) => string.Format(CultureInfo.InvariantCulture, _isNaN, a);

    /// <summary>A whole number as an exact integer.</summary>
    internal string Integer(System.Numerics.BigInteger value) => "CAST(" + value.ToString(CultureInfo.InvariantCulture) + " AS " + ExactIntegerType + ")";

    /// <summary>A double literal, exactly the given double (its round-trip form).</summary>
    internal string Double(double value) => "CAST(" + value.ToString("R", CultureInfo.InvariantCulture) + " AS " + FloatingPointType + ")";

    /// <summary>A string literal.</summary>
    internal static string Text(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
