using Send.Domain.Validation;
using Xunit;

namespace Send.Domain.Tests.Validation;

public sealed class DataExcerptTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("plain", "plain")]
    [InlineData("a\u000Bb\u001B", "a\\u000Bb\\u001B")]
    public void Of_ShortText_IsEscaped(string? text, string expected) =>
        Assert.Equal(expected, DataExcerpt.Of(text));

    [Fact]
    public void Of_HalfASurrogatePair_IsEscaped() =>
        Assert.Equal("half \\uD800 pair", DataExcerpt.Of("half \uD800 pair"));

    [Fact]
    public void Of_LongText_IsCutWithTheCountLeftOut() =>
        Assert.Equal(new string('x', 80) + "… (1,920 more characters)", DataExcerpt.Of(new string('x', 2000)));

    [Fact]
    public void ToString_LongValue_PrintsOnlyAnExcerpt()
    {
        var problem = new DataProblem("caseload.csv", "wrong number of columns") { Line = 2, Value = new string('p', 290_000) };
        Assert.True(problem.ToString().Length < 200);
    }
}
