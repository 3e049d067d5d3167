using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Send.Cli.Tests.Finance;

public sealed partial class FinanceCommandTests
{
    private static string Sample(string name) => Path.Combine(RepoRoot(), "templates", "data", name);

    [Fact]
    public void Deficit_WiltshireJson_YearsWithVerdicts()
    {
        var (code, stdout, _) = ProgramTests.Run("finance", "deficit", Sample("wiltshire-deficit.json"), "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        var years = json.RootElement.GetProperty("years").EnumerateArray().ToArray();
        Assert.Equal(6, years.Length);
        Assert.Equal(
            new[] { "exact", "rounding", "exact", "exact", "exact", "rounding" },
            years.Select(y => y.GetProperty("verdict").GetString()));
        var second = years[1];
        Assert.Equal("2024/25", second.GetProperty("year").GetString());
        Assert.Equal(28.706m, second.GetProperty("brought_forward").GetDecimal());
        Assert.Equal(39.177m, second.GetProperty("in_year").GetDecimal());
        Assert.Equal(61.183m, second.GetProperty("carried_forward").GetDecimal());
        Assert.Equal(61.184m, second.GetProperty("published_carried_forward").GetDecimal());
        Assert.Equal(0.001m, second.GetProperty("difference").GetDecimal());
        Assert.Equal(-0.001m, years[5].GetProperty("difference").GetDecimal());
        Assert.Equal("rounding", json.RootElement.GetProperty("overall_verdict").GetString());
        Assert.Equal(34.509m, json.RootElement.GetProperty("telescoping").GetProperty("computed").GetDecimal());
        var sv = json.RootElement.GetProperty("safety_valve");
        Assert.Equal(70.267m, sv.GetProperty("planned_council_contribution").GetDecimal());
        var ceiling = sv.GetProperty("conditions").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "2");
        Assert.Equal("breached", ceiling.GetProperty("outcome").GetString());
        Assert.Equal(10.156m, ceiling.GetProperty("variance_to_plan").GetDecimal());
    }

    [Fact]
    public void Deficit_WiltshireText_TableAndRoundingNotes()
    {
        var (code, stdout, stderr) = ProgramTests.Run("finance", "deficit", Sample("wiltshire-deficit.json"));
        Assert.Equal(0, code);
        Assert.Contains("2024/25  forecast", stdout);
        Assert.Contains("+0.001  rounding", stdout);
        Assert.Contains("-0.001  rounding", stdout);
        Assert.Contains("35.214 + 136.562 - 67.000 - 70.267 = 34.509", stdout);
        Assert.Equal(string.Empty, stderr);
    }

    [Fact]
    public void Deficit_BrokenLink_ExitOneNamesYearAndField()
    {
        var path = TempCopy("wiltshire-deficit.json", s => s.Replace("\"brought_forward\": 99.198", "\"brought_forward\": 99.998", StringComparison.Ordinal));
        try
        {
            var (code, stdout, stderr) = ProgramTests.Run("finance", "deficit", path);
            Assert.Equal(1, code);
            Assert.Contains("years[4].brought_forward", stderr);
            Assert.Contains("2027/28", stderr);
            Assert.Contains("error", stdout);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Deficit_TextForNumber_ExitOneWithLine()
    {
        var path = TempCopy("wiltshire-deficit.json", s => s.Replace("\"in_year\": 39.177", "\"in_year\": \"n/a\"", StringComparison.Ordinal));
        try
        {
            var (code, stdout, stderr) = ProgramTests.Run("finance", "deficit", path);
            Assert.Equal(1, code);
            Assert.Contains("(11,", stderr);
            Assert.Contains("years[1].in_year", stderr);
            Assert.Equal(string.Empty, stdout);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Deficit_MissingFile_ExitOneNamesFile()
    {
        var (code, _, stderr) = ProgramTests.Run("finance", "deficit", "no-such-table.json");
        Assert.Equal(1, code);
        Assert.Contains("no-such-table.json: the file does not exist", stderr);
    }

    [Fact]
    public void Deficit_NoFileArgument_ExitTwo()
    {
        var (code, _, stderr) = ProgramTests.Run("finance", "deficit");
        Assert.Equal(2, code);
        Assert.Contains("deficit", stderr);
    }

    [Fact]
    public void Finance_UnknownSubcommand_ExitTwo()
    {
        Assert.Equal(2, ProgramTests.Run("finance", "budget", "x.json").Code);
        Assert.Equal(2, ProgramTests.Run("finance").Code);
    }

    [Fact]
    public void Finance_Help_HasExamples()
    {
        var (code, stdout, _) = ProgramTests.Run("finance", "deficit", "--help");
        Assert.Equal(0, code);
        Assert.Contains("Example: send finance deficit", stdout);
    }

    [Fact]
    public void Savings_DevonJson_TotalsAndWarning()
    {
        var (code, stdout, stderr) = ProgramTests.Run("finance", "savings", Sample("devon-savings.json"), "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal(15.4m, root.GetProperty("target").GetDecimal());
        Assert.Equal(15.2m, root.GetProperty("strands_total").GetDecimal());
        Assert.Equal(71.4m, root.GetProperty("delivery_percent").GetDecimal());
        Assert.Equal(4.4m, root.GetProperty("shortfall").GetDecimal());
        Assert.Equal(6, root.GetProperty("strands").GetArrayLength());
        Assert.Equal("warning", root.GetProperty("problems")[0].GetProperty("severity").GetString());
        Assert.Contains("warning", stderr);
    }

    [Fact]
    public void Savings_DevonText_DeliveryLine()
    {
        var (code, stdout, _) = ProgramTests.Run("finance", "savings", Sample("devon-savings.json"));
        Assert.Equal(0, code);
        Assert.Contains("Forecast £11.0m of £15.4m: 71.4% delivered; shortfall £4.4m", stdout);
    }

    [Fact]
    public void CostModel_DevonJson_BaseCostAndScenarios()
    {
        var (code, stdout, _) = ProgramTests.Run("finance", "cost-model", Sample("devon-cost-model.json"), "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal(166_600_000m, root.GetProperty("base_cost").GetDecimal());
        Assert.Equal(9_800, root.GetProperty("base_caseload").GetInt32());
        var first = root.GetProperty("years")[0];
        Assert.Equal(15_200_000m, first.GetProperty("savings").GetDecimal());
        Assert.Equal(151_400_000m, first.GetProperty("mitigated").GetDecimal());
        Assert.Equal(186_592_000m, root.GetProperty("years")[1].GetProperty("unmitigated").GetDecimal());
    }

    [Fact]
    public void CostModel_DbvText_GrowthAndRanges()
    {
        var (code, stdout, _) = ProgramTests.Run("finance", "cost-model", Sample("dbv-cost-model.json"));
        Assert.Equal(0, code);
        Assert.Contains("Growth: 10.7% a year", stdout);
        Assert.Contains("£58m to £63m", stdout);
    }

    private static string TempCopy(string sample, Func<string, string> edit)
    {
        var path = Path.Combine(Path.GetTempPath(), "send-finance-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, edit(File.ReadAllText(Sample(sample))));
        return path;
    }

    private static string RepoRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Send.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Send.sln not found");
    }
}
