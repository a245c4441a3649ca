using System.Reflection;
using System.Text;
using SocialRank.Pages;

namespace SocialRank.Tests.Design;

/// <summary>
/// Guards "a page field is one registry entry": every count property of <see cref="PageStats"/> has exactly one entry
/// in <see cref="PageFields"/>, which reads, sets, checks and compares exactly that property.
/// </summary>
public class PageFieldsDesignTests
{
    /// <summary>The count properties of <see cref="PageStats"/>: every public <c>double?</c> one.</summary>
    private static readonly PropertyInfo[] CountProperties = typeof(PageStats)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.PropertyType == typeof(double?))
        .ToArray();

    public static TheoryData<string> CountPropertyNames() => [.. CountProperties.Select(p => p.Name)];

    [Fact]
    public void PageStats_HasTheTenCountProperties()
        => Assert.Equal(
            ["Followers", "Posts", "Likes", "Comments", "Shares", "Saves", "Views", "Reach", "EngagedUsers", "Population"],
            CountProperties.Select(p => p.Name));

    [Fact]
    public void Registry_HasOneFieldPerCountProperty_InPropertyOrder()
    {
        Assert.Equal(CountProperties.Select(p => SnakeCase(p.Name)), PageFields.All.Select(f => f.Key));
        Assert.Equal(PageStats.Slot.Count, PageFields.All.Count);
    }

    [Fact]
    public void Registry_StaticProperties_AreAllInOrder()
    {
        PageField[] declared = [.. typeof(PageFields).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(PageField))
            .Select(p => (PageField)p.GetValue(null)!)];
        Assert.Equal(PageFields.All, declared);
        Assert.Equal(CountProperties.Select(p => p.Name), typeof(PageFields).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(PageField)).Select(p => p.Name));
    }

    [Theory]
    [MemberData(nameof(CountPropertyNames))]
    public void Field_SetsAndReadsExactlyItsProperty(string property)
    {
        PageField field = FieldOf(property);
        PageStats page = field.With(new PageStats("p"), 7);
        foreach (PropertyInfo p in CountProperties)
        {
            Assert.Equal(p.Name == property ? 7.0 : null, (double?)p.GetValue(page));
        }

        Assert.Equal(7.0, field.ValueOf(page));
        Assert.Equal(7.0, field.Value.Read(page));
        Assert.True(double.IsNaN(field.Value.Read(new PageStats("p"))));

        double?[] values = new double?[PageFields.All.Count];
        values[field.Index] = 3;
        PageStats built = PageFields.With(new PageStats("p"), values);
        Assert.Equal(CountProperties.Select(p => p.Name == property ? 3.0 : (double?)null), CountProperties.Select(p => (double?)p.GetValue(built)));
    }

    [Theory]
    [MemberData(nameof(CountPropertyNames))]
    public void Field_IsCheckedUnderItsEnglishName(string property)
    {
        PageField field = FieldOf(property);
        var problems = new List<PageProblem>();
        PageStats.Check(field.With(new PageStats("p"), -1), problems);
        PageProblem problem = Assert.Single(problems);
        Assert.Equal(field.EnglishName, problem.Field);
    }

    [Theory]
    [MemberData(nameof(CountPropertyNames))]
    public void Field_TakesPartInEquality(string property)
    {
        PageField field = FieldOf(property);
        var page = new PageStats("p");
        Assert.NotEqual(page, field.With(page, 0));
        Assert.Equal(field.With(page, 0), field.With(page, 0));
        Assert.Equal(field.With(page, 0).GetHashCode(), field.With(page, 0).GetHashCode());
        Assert.NotEqual(field.With(page, 0), field.With(page, double.NaN));
    }

    [Fact]
    public void Registry_Keys_AreUniqueSnakeCase()
    {
        Assert.Equal(PageFields.All.Count, PageFields.All.Select(f => f.Key).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(PageFields.All, f => Assert.Matches("^[a-z]+(_[a-z]+)*$", f.Key));
        Assert.All(PageFields.All, f => Assert.Equal(f.Key.Replace('_', ' '), f.EnglishName));
    }

    private static PageField FieldOf(string property)
        => Assert.Single(PageFields.All, f => f.Key == SnakeCase(property));

    /// <summary>Returns <c>EngagedUsers</c> as <c>engaged_users</c>.</summary>
    private static string SnakeCase(string name)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                sb.Append('_');
            }

            sb.Append(char.ToLowerInvariant(name[i]));
        }

        return sb.ToString();
    }
}
