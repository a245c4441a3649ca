using SocialRank.Rating;

namespace SocialRank.Sql;

/// <summary>
/// Writes a rating method as one SQL query that computes the whole rating over a table of page rows, as the library's
/// <see cref="RatingMethod{TPage}.Evaluate(IReadOnlyList{TPage})"/> does: each indicator's value in its canonical form
/// (numerator and denominator formed exactly in integers and compared exactly, or rounded once to the indicator's precision
/// with its midpoint rule, in integer arithmetic), each indicator's places with the method's tie method, missing values
/// placed by an explicit sort key (never the engine's NULL order), weighted totals summed in the library's order in
/// doubles, final places with tie-breakers, zones, and optionally one rating per group (<c>PARTITION BY</c>).
/// </summary>
/// <remarks>
/// <para><b>Input.</b> One row per page in <see cref="SqlOptions.Table"/>, with the columns of <see cref="SqlOptions"/> and
/// one column per page field the method reads, named by its key (<c>followers</c>, <c>posts</c>, <c>likes</c>,
/// <c>comments</c>, <c>shares</c>, <c>saves</c>, <c>views</c>, <c>reach</c>, <c>engaged_users</c>, <c>population</c>):
/// whole numbers, NULL (or NaN) for missing. The query does not check pages (negative counts, a missing required field,
/// duplicate ids): check them where they enter, as the library does.</para>
/// <para><b>Output.</b> One row per page: <c>id</c>, <c>group</c> (when grouped), <c>excluded</c> (the reason, or NULL for
/// a rated page), <c>final_place</c>, <c>total</c>, then for each indicator <c>i</c> (1-based, in the method's order)
/// <c>value_i</c> (the value as compared: rounded to the precision, or the exact ratio's nearest double) and
/// <c>place_i</c>, and for each zone scheme <c>j</c> <c>zone_j</c> (the zone's name, or NULL). Excluded pages have NULL
/// places, total and zones. Rows come by group, rated pages first, by final place, then input order. A comment at the top
/// of the query names each numbered column.</para>
/// <para><b>Exactness.</b> Exact ratios are compared as exact rationals (the integer quotient and 32 digits of the
/// remainder, computed in the dialect's exact integer type), which is what the library's comparison of correctly rounded
/// quotients gives whenever the counts are whole and their products stay below 2^53.</para>
/// </remarks>
public static class SqlRating
{
    /// <summary>Returns the SQL query that computes <paramref name="method"/>'s rating in <paramref name="dialect"/>.</summary>
    /// <param name="method">The method.</param>
    /// <param name="dialect">The dialect to write.</param>
    /// <param name="options">The table and its columns; <see cref="SqlOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>One query (a <c>WITH … SELECT</c>, without a trailing semicolon).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="method"/> or <paramref name="dialect"/> is <see langword="null"/>.</exception>
    /// <exception cref="NotSupportedException">The method uses something SQL cannot compute from the page fields: an
    /// indicator whose value is read by a function of its own (the message names the indicator), a constant that is not a
    /// whole number, the <see cref="SocialRank.Indicators.MissingValueRule.Fail"/> rule, or a zone scheme other than value
    /// thresholds and final-place bands.</exception>
    public static string ToSql(RatingMethod<SocialRank.Pages.PageStats> method, SqlDialect dialect, SqlOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(dialect);
        return new SqlQueryWriter(method, dialect, options ?? SqlOptions.Default).Write();
    }
}
