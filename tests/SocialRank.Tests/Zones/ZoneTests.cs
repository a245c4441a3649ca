using SocialRank.Zones;

namespace SocialRank.Tests.Zones;

public class ZoneTests
{
    [Fact]
    public void Constructor_EmptyName_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Zone(" ", "red"));
        Assert.Equal("A name must not be empty or white space. (Parameter 'name')", ex.Message);
    }

    [Fact]
    public void Equality_SameNameAndColor_AreEqual()
    {
        Assert.Equal(new Zone("white zone", "#fff"), new Zone("white zone", "#fff"));
        Assert.NotEqual(new Zone("white zone", "#fff"), new Zone("white zone", "#eee"));
    }
}
