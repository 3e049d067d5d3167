using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Send.Cli.Tests.Finance;

public sealed partial class FinanceCommandTests
{
    // One invented row at 3 dp: 10.000 + 5.000 - 1.000 - 0.000 = 14.000, printed 14.002 (+0.002). Three figures can
    // carry rounding (the local 0.000 is exact): 3 × 0.0005 = 0.0015, so an error; counting the printed total too,
    // 4 × 0.0005 = 0.002, so rounding.
    private const string OneRow = """
        { "decimals": 3, "years": [ { "year": "2024/25", "status": "forecast", "brought_forward": 10.000, "in_year": 5.000,
          "safety_valve": -1.000, "local": 0.000, "carried_forward": 14.002 } ] }
        """;

    [Fact]
    public void Deficit_CountTotal_WidensToleranceByTheTotal()
    {
        var path = TempFile(OneRow);
        try
        {
            var (plain, plainOut, _) = ProgramTests.Run("finance", "deficit", path, "--json");
            var (counted, countedOut, _) = ProgramTests.Run("finance", "deficit", path, "--json", "--count-total");

            Assert.Equal(1, plain);
            Assert.Equal("error", Verdicts(plainOut).Single());
            Assert.Equal(0, counted);
            Assert.Equal("rounding", Verdicts(countedOut).Single());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Deficit_Tolerance_GivenAmountReplacesTheRule()
    {
        // Wiltshire's +0.001 and -0.001 rows are rounding under the rule; with --tolerance 0 they are errors.
        var (zero, stdout, stderr) = ProgramTests.Run("finance", "deficit", Sample("wiltshire-deficit.json"), "--json", "--tolerance", "0");
        Assert.Equal(1, zero);
        Assert.Equal(new[] { "exact", "error", "exact", "exact", "exact", "error" }, Verdicts(stdout));
        Assert.Contains("years[1].carried_forward", stderr);

        var (wide, wideOut, _) = ProgramTests.Run("finance", "deficit", Sample("wiltshire-deficit.json"), "--json", "--tolerance", "0.01");
        Assert.Equal(0, wide);
        Assert.Equal(new[] { "exact", "rounding", "exact", "exact", "exact", "rounding" }, Verdicts(wideOut));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-0.1")]
    public void Deficit_ToleranceNotANonNegativeNumber_ExitTwo(string value)
    {
        var (code, _, stderr) = ProgramTests.Run("finance", "deficit", Sample("wiltshire-deficit.json"), "--tolerance", value);
        Assert.Equal(2, code);
        Assert.Contains("--tolerance", stderr);
    }

    [Fact]
    public void Deficit_SwappedYears_SaysLinksNotCheckedAndWhySafetyValveNotAssessed()
    {
        var text = File.ReadAllText(Sample("wiltshire-deficit.json"));
        var lines = text.Split('\n');
        var a = Array.FindIndex(lines, l => l.Contains("\"year\": \"2024/25\", \"status\"", StringComparison.Ordinal));
        (lines[a], lines[a + 1]) = (lines[a + 1].Replace("},", "},", StringComparison.Ordinal), lines[a]);
        var path = TempFile(string.Join('\n', lines));
        try
        {
            var (code, stdout, stderr) = ProgramTests.Run("finance", "deficit", path);

            Assert.Equal(1, code);
            Assert.Contains("years[2].year: 2024/25 is printed after 2025/26: the years are out of order", stderr);
            Assert.DoesNotContain("missing", stderr);
            Assert.Contains("Links: not checked", stdout);
            Assert.DoesNotContain("every b/f equals", stdout);
            Assert.Contains("Safety Valve: conditions not assessed", stdout);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string[] Verdicts(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("years").EnumerateArray().Select(y => y.GetProperty("verdict").GetString()!).ToArray();
    }

    private static string TempFile(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), "send-finance-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, content);
        return path;
    }
}
