using System.Linq;
using System.Text.Json;
using Xunit;

namespace Send.Cli.Tests.Finance;

/// <summary><c>send finance deficit</c> with further lines, scenarios, plan versions and a re-profiled schedule (invented sample).</summary>
public sealed partial class FinanceCommandTests
{
    [Fact]
    public void Deficit_LinesSampleText_SideBySidePositionsChecksAndComparisons()
    {
        var (code, stdout, stderr) = ProgramTests.Run("finance", "deficit", Sample("anyshire-lines-deficit.json"));
        Assert.Equal(0, code);
        Assert.Contains("2025/26  Month 7       30.650    32.600    10.900    -7.000    36.500  covered", stdout);
        Assert.Contains("2026/27  -             31.750         -         -         -         -  announced (stated covered)", stdout);

        // 12.400 - 8.000 = +4.400; 10.250 - 9.000 = +1.250.
        Assert.Contains("2024/25: Budget 8.000; Forecast (Month 9) 11.900; Outturn 12.400; outturn against budget +4.400", stdout);
        Assert.Contains("forecast (Month 7) against budget +1.250", stdout);
        Assert.Contains("2025/26 High Needs Block b/f = previous High Needs Block c/f: exact", stdout);
        Assert.Contains("  2028/29      10.200    -1.000   -11.200     -30.700", stdout);
        Assert.Contains("original schedule £30.000m, revised £30.000m (timing only)", stdout);
        Assert.Contains("history: June 2025 report red; October 2025 report amber (improved)", stdout);
        Assert.Contains("paid £10.000m", stdout);
        Assert.Contains("warning SEND-FIN-OVERRIDE: years[4].carried_forward: 2028/29 carries forward a deficit of 3.650", stderr);
    }

    [Fact]
    public void Deficit_LinesSampleEnactedOverrideOnly_AnnouncedYearsWarned()
    {
        var (code, _, stderr) = ProgramTests.Run("finance", "deficit", Sample("anyshire-lines-deficit.json"), "--enacted-override-only");
        Assert.Equal(0, code);
        Assert.Contains("years[2].statutory_override", stderr);
        Assert.Contains("years[2].carried_forward", stderr);
        Assert.Contains("years[3].carried_forward", stderr);
    }

    [Fact]
    public void Deficit_LinesSampleJson_FurtherLinesAndComparisons()
    {
        var (code, stdout, _) = ProgramTests.Run("finance", "deficit", Sample("anyshire-lines-deficit.json"), "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        var further = json.RootElement.GetProperty("further_lines");
        Assert.Equal(7, further.GetProperty("checks").GetArrayLength());
        Assert.Equal("Month 7", further.GetProperty("years")[1].GetProperty("monitoring").GetString());
        var low = further.GetProperty("comparisons")[0];
        Assert.Equal("Mitigated (low)", low.GetProperty("other").GetString());
        Assert.Equal(-30.7m, low.GetProperty("years")[3].GetProperty("cumulative").GetDecimal());
        var sv = json.RootElement.GetProperty("safety_valve");
        Assert.Equal(-2m, sv.GetProperty("reprofiled").GetProperty("years").GetProperty("years")[1].GetProperty("difference").GetDecimal());
        Assert.Equal("improved", sv.GetProperty("conditions").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "2").GetProperty("trend").GetString());
    }

    [Fact]
    public void Deficit_PrintedSampleJson_ImpliedUnpublishedAmount()
    {
        // anyshire-printed-deficit.json: total 10.0 less published 3.7 + 2.1 + 2.1 = 2.1.
        var (_, stdout, _) = ProgramTests.Run("finance", "deficit", Sample("anyshire-printed-deficit.json"), "--json");
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(2.1m, json.RootElement.GetProperty("safety_valve").GetProperty("implied_unpublished").GetDecimal());
    }
}
