using Send.Data.Kpis.Sources;
using Xunit;

namespace Send.Domain.Tests.Kpis;

/// <summary>How the benchmark pack prints figures in its table: as a paper would, thousands separated.</summary>
public class LaitPackMeasureTests
{
    [Theory]
    [InlineData("2833579", "2,833,579")]       // a finance measure in pounds, as Devon's 2024-25 figure printed unseparated
    [InlineData("163491089", "163,491,089")]
    [InlineData("1070.5", "1,070.5")]
    [InlineData("-2.74", "-2.74")]
    [InlineData("21", "21")]
    [InlineData("0.000", "0.000")]
    [InlineData("c", "c")]
    [InlineData("low", "low")]
    [InlineData("-", "-")]
    public void Grouped_Figure_IsSeparatedAtItsOwnPlaces(string shown, string expected) =>
        Assert.Equal(expected, LaitPackMeasure.Grouped(shown));
}
