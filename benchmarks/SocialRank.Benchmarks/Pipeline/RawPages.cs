using SocialRank.Pages;

namespace SocialRank.Benchmarks.Pipeline;

/// <summary>Raw page statistics as columns (NaN = missing), the form the data file and the generator use.</summary>
internal sealed class RawPages
{
    /// <summary>The column names, in file order.</summary>
    public static readonly string[] ColumnNames =
        ["followers", "posts", "likes", "comments", "shares", "saves", "engaged_users", "population"];

    public RawPages(int count)
    {
        Count = count;
        Columns = new double[ColumnNames.Length][];
        for (int c = 0; c < Columns.Length; c++)
        {
            Columns[c] = new double[count];
        }
    }

    public RawPages(double[][] columns)
    {
        if (columns.Length != ColumnNames.Length || columns.Any(c => c.Length != columns[0].Length))
        {
            throw new ArgumentException($"Expected {ColumnNames.Length} columns of equal length.", nameof(columns));
        }

        Columns = columns;
        Count = columns[0].Length;
    }

    public int Count { get; }

    public double[][] Columns { get; }

    public double[] Followers => Columns[0];

    public double[] Posts => Columns[1];

    public double[] Likes => Columns[2];

    public double[] Comments => Columns[3];

    public double[] Shares => Columns[4];

    public double[] Saves => Columns[5];

    public double[] EngagedUsers => Columns[6];

    public double[] Population => Columns[7];

    /// <summary>The same pages as <see cref="ToPages"/>, held in columns (ids <c>p0</c>, <c>p1</c>, ...; NaN is unknown): the columns are these arrays, not copies.</summary>
    public PageColumns ToColumns()
    {
        string[] ids = new string[Count];
        for (int i = 0; i < Count; i++)
        {
            ids[i] = "p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return new PageColumns(ids)
            .With(PageFields.Followers, Followers).With(PageFields.Posts, Posts).With(PageFields.Likes, Likes)
            .With(PageFields.Comments, Comments).With(PageFields.Shares, Shares).With(PageFields.Saves, Saves)
            .With(PageFields.EngagedUsers, EngagedUsers).With(PageFields.Population, Population);
    }

    /// <summary>Builds the library's page objects (ids <c>p0</c>, <c>p1</c>, ...); NaN becomes <see langword="null"/>.</summary>
    public List<PageStats> ToPages()
    {
        var pages = new List<PageStats>(Count);
        for (int i = 0; i < Count; i++)
        {
            pages.Add(new PageStats("p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                Followers = Nullable(Followers[i]),
                Posts = Nullable(Posts[i]),
                Likes = Nullable(Likes[i]),
                Comments = Nullable(Comments[i]),
                Shares = Nullable(Shares[i]),
                Saves = Nullable(Saves[i]),
                EngagedUsers = Nullable(EngagedUsers[i]),
                Population = Nullable(Population[i]),
            });
        }

        return pages;
    }

    private static double? Nullable(double value) => double.IsNaN(value) ? null : value;
}
