using SocialRank.Pages;

namespace SocialRank.Tests.Pages;

public class InvalidPagesExceptionTests
{
    [Fact]
    public void Constructor_OneProblem_MessageIsTheProblem()
    {
        var problem = new PageProblem("p", "posts", "-1", "Page 'p': posts must be >= 0 but was -1.");
        var ex = new InvalidPagesException([problem]);
        Assert.Equal(problem.Message, ex.Message);
        Assert.Equal([problem], ex.Problems);
    }

    [Fact]
    public void Constructor_TwoProblems_MessageListsBoth()
    {
        var ex = new InvalidPagesException([new PageProblem("p", "f", "1", "First."), new PageProblem("q", "g", "2", "Second.")]);
        Assert.Equal("2 problems in the input pages:\nFirst.\nSecond.", ex.Message);
    }

    [Fact]
    public void Constructor_Message_HasNoProblems()
    {
        Assert.Empty(new InvalidPagesException("x").Problems);
        Assert.Empty(new InvalidPagesException().Problems);
        Assert.Empty(new InvalidPagesException("x", new InvalidOperationException()).Problems);
    }
}
