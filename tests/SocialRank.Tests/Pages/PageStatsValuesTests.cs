using SocialRank.Indicators;
using SocialRank.Pages;

namespace SocialRank.Tests.Pages;

public class PageStatsValuesTests
{
    [Fact]
    public void TryGetInteractionKinds_InteractionsOfEveryCombination_FindsItsKinds()
    {
        for (int k = 0; k <= (int)InteractionKinds.All; k++)
        {
            var kinds = (InteractionKinds)k;
            Assert.True(PageStatsValues.TryGetInteractionKinds(PageStatsValues.Interactions(kinds), out InteractionKinds found));
            Assert.Equal(kinds, found);
            Assert.True(PageStatsValues.TryGetInteractionKinds(PageStatsValues.Interactions(kinds).Named("reactions"), out found));
            Assert.Equal(kinds, found);
        }
    }

    [Fact]
    public void TryGetInteractionKinds_OtherValues_FindNone()
    {
        PageValue<PageStats>[] others =
        [
            PageStatsValues.Likes,
            PageStatsValues.Likes + PageStatsValues.Comments,
            PageStatsValues.Interactions(InteractionKinds.All).DividedBy(PageStatsValues.Posts),
            new PageValue<PageStats>("interactions", p => p.Interactions(InteractionKinds.All)),
        ];
        foreach (PageValue<PageStats> value in others)
        {
            Assert.False(PageStatsValues.TryGetInteractionKinds(value, out InteractionKinds kinds));
            Assert.Equal(InteractionKinds.None, kinds);
        }
    }

    [Fact]
    public void TryGetInteractionKinds_Null_Throws()
        => Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => PageStatsValues.TryGetInteractionKinds(null!, out _)).ParamName);
}
