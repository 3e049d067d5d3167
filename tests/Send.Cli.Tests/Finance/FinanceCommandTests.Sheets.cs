using System.IO;
using System.Text.Json;
using Xunit;

namespace Send.Cli.Tests.Finance;

public sealed partial class FinanceCommandTests
{
    [Fact]
    public void Deficit_CsvAsPrinted_ReconcilesExactly()
    {
        var (code, stdout, stderr) = ProgramTests.Run("finance", "deficit", Sample("anyshire-deficit.csv"), "--json");

        Assert.Equal(0, code);
        Assert.Equal(new[] { "exact", "exact", "exact" }, Verdicts(stdout));
        Assert.Equal(string.Empty, stderr);
    }

    [Fact]
    public void Deficit_CsvRowThatDoesNotAddUp_ErrorIsOnItsCell()
    {
        var path = Path.Combine(Path.GetTempPath(), "send-cli-" + System.Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, File.ReadAllText(Sample("anyshire-deficit.csv")).Replace("46.805,50.955", "46.805,51.055"));
        try
        {
            var (code, _, stderr) = ProgramTests.Run("finance", "deficit", path);

            Assert.Equal(1, code);
            Assert.Contains(path + "(6,4): SEND-FIN-RECON: years[2].carried_forward: 2025/26: 51.055 does not follow from the row (computed 50.955)", stderr);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Savings_SeveralYearsFromCsvWithMap_SameTotalsAsJson()
    {
        var (code, stdout, _) = ProgramTests.Run("finance", "savings", Sample("anyshire-savings-plan.csv"), "--map", Sample("anyshire-savings-map.json"), "--json");
        var (jsonCode, jsonOut, _) = ProgramTests.Run("finance", "savings", Sample("anyshire-savings-plan.json"), "--json");

        Assert.Equal((0, 0), (code, jsonCode));
        using var sheet = JsonDocument.Parse(stdout);
        using var json = JsonDocument.Parse(jsonOut);
        // By hand: 3.5 + 4.2 + 4.8 = 12.5; 6.75 of 7.7 forecast, 87.7%.
        foreach (var document in new[] { sheet, json })
        {
            Assert.Equal(12.5m, document.RootElement.GetProperty("target").GetDecimal());
            Assert.Equal(6.75m, document.RootElement.GetProperty("forecast").GetDecimal());
            Assert.Equal(87.7m, document.RootElement.GetProperty("delivery_percent").GetDecimal());
            Assert.Equal(3, document.RootElement.GetProperty("years").GetArrayLength());
        }
    }

    [Fact]
    public void Savings_CsvWithoutTheMap_UnknownColumnsAreErrorsOnTheirCells()
    {
        var (code, _, stderr) = ProgramTests.Run("finance", "savings", Sample("anyshire-savings-plan.csv"));

        Assert.Equal(1, code);
        Assert.Contains("anyshire-savings-plan.csv(1,2): SEND-FIN-SHEET: not a column Send knows (found 'Lead officer'", stderr);
    }
}
