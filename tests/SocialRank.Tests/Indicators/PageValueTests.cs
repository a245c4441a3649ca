using SocialRank.Indicators;

namespace SocialRank.Tests.Indicators;

public class PageValueTests
{
    private sealed record Page(double? A, double? B, long? C);

    private static readonly PageValue<Page> A = new("a", p => p.A);
    private static readonly PageValue<Page> B = new("b", p => p.B);

    [Fact]
    public void Read_NullableField_NullIsNaN()
    {
        Assert.True(double.IsNaN(A.Read(new Page(null, 1, 1))));
        Assert.Equal(2.5, A.Read(new Page(2.5, 1, 1)));
    }

    [Fact]
    public void Read_LongField_ReadsValueAndNullIsNaN()
    {
        var c = new PageValue<Page>("c", p => p.C);
        Assert.Equal(7.0, c.Read(new Page(0, 0, 7)));
        Assert.True(double.IsNaN(c.Read(new Page(0, 0, null))));
    }

    [Fact]
    public void Plus_MissingPart_IsMissing()
    {
        PageValue<Page> sum = A + B;
        Assert.Equal(5.0, sum.Read(new Page(2, 3, 0)));
        Assert.True(double.IsNaN(sum.Read(new Page(2, null, 0))));
        Assert.Equal("a + b", sum.Name);
    }

    [Fact]
    public void DividedBy_Zero_IsMissingNotInfinity()
    {
        PageValue<Page> ratio = A / B;
        Assert.Equal(0.5, ratio.Read(new Page(1, 2, 0)));
        Assert.True(double.IsNaN(ratio.Read(new Page(1, 0, 0))));
        Assert.True(double.IsNaN(ratio.Read(new Page(0, 0, 0))));
        Assert.True(double.IsNaN(ratio.Read(new Page(1, null, 0))));
    }

    [Fact]
    public void PercentOf_Values_AreTimesHundredOverWhole()
    {
        PageValue<Page> percent = A.PercentOf(B);
        Assert.Equal(4.0, percent.Read(new Page(12, 300, 0)));
        Assert.True(double.IsNaN(percent.Read(new Page(12, 0, 0))));
        Assert.Equal("a, % of b", percent.Name);
    }

    [Fact]
    public void Times_Factor_ScalesAndKeepsMissing()
    {
        PageValue<Page> scaled = A * 3;
        Assert.Equal(6.0, scaled.Read(new Page(2, 0, 0)));
        Assert.True(double.IsNaN(scaled.Read(new Page(null, 0, 0))));
    }

    [Fact]
    public void Times_NaNFactor_ThrowsWithMessage()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => A.Times(double.NaN));
        Assert.Equal("A factor must be a finite number but was NaN. (Parameter 'factor')", ex.Message);
    }

    [Fact]
    public void Leaves_Composite_ListsEachFieldOnce()
    {
        PageValue<Page> value = (A + B) / A;
        Assert.Equal([A, B], value.Leaves);
        Assert.Equal([A], A.Leaves);
    }

    [Fact]
    public void Required_OnLeaf_MarksItRequired()
    {
        Assert.False(A.IsRequired);
        Assert.True(A.Required().IsRequired);
        Assert.True(A.Required().Named("x").IsRequired);
    }

    [Fact]
    public void Required_OnComposite_ThrowsWithMessage()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => (A + B).Required());
        Assert.Equal("Only a field read from the page can be required, but 'a + b' is computed from other values; mark its fields required instead.", ex.Message);
    }

    [Fact]
    public void Constructor_EmptyName_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new PageValue<Page>(" ", p => 1.0));
        Assert.Equal("A name must not be empty or white space. (Parameter 'name')", ex.Message);
    }
}
