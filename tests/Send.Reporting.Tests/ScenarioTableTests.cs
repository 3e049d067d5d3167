using System;
using System.Collections.Generic;
using System.IO;
using Send.Domain.Finance;
using Send.Domain.Validation;
using Send.Reporting.Data;
using Send.Reporting.Functions;
using Send.Reporting.Markdown;
using Send.Reporting.Tests.Support;
using Xunit;

namespace Send.Reporting.Tests;

/// <summary><c>scenario_table</c>: scenarios and plan versions compared year by year; expected figures worked by hand.</summary>
public sealed class ScenarioTableTests
{
    private static object Sample()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "Send.sln")))
        {
            directory = directory.Parent;
        }

        var problems = new List<DataProblem>();
        var bound = JsonData.Load(Path.Combine(directory.FullName, "templates", "data", "anyshire-lines-deficit.json"), problems);
        Assert.Empty(problems);
        return bound!;
    }

    [Fact]
    public void ScenarioTable_MitigatedLow_DifferencesCumulativeAndTotal()
    {
        // Unmitigated 13.0, 12.5, 11.0, 10.2 (46.7); low 10.0, 5.5, 1.5, -1.0 (16.0); differences -3.0, -7.0, -9.5, -11.2;
        // cumulative -3.0, -10.0, -19.5, -30.7.
        var described = BlockStream.Describe(DomainTables.ScenarioTable(Sample()).Markdown);
        Assert.Contains("  row | 2025/26 | 13.000 | 10.000 | -3.000 | -3.000 |", described);
        Assert.Contains("  row | 2028/29 | 10.200 | -1.000 | -11.200 | -30.700 |", described);
        Assert.Contains("  totals | Total [[totals]] | 46.700 | 16.000 | -30.700 |  |", described);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ScenarioTable_EveryComparisonOfTheSample_IsAValidWordTable(int comparison)
    {
        var markdown = DomainTables.ScenarioTable(Sample(), comparison).Markdown;
        var docx = new ReportEngine().MarkdownToDocx(markdown, "scenarios.md");

        DocxAssert.Valid(docx);
        Assert.Contains("Difference", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void ScenarioTable_PlanVersionByName_BalanceHasNoTotalsRow()
    {
        // This table's c/f against the March 2024 plan: 27.400 - 26.000 = +1.400 ... 3.650 - 0.000 = +3.650.
        var described = BlockStream.Describe(DomainTables.ScenarioTable(Sample(), "this table (month 7 2025/26)", 1).Markdown);
        Assert.Contains("  row | 2024/25 | 26.0 | 27.4 | 1.4 | 1.4 |", described);
        Assert.Contains("  row | 2028/29 | 0.0 | 3.7 | 3.7 | 3.7 |", described);
        Assert.DoesNotContain("totals", described, StringComparison.Ordinal);
    }

    [Fact]
    public void ScenarioTable_ReprofileByPosition()
    {
        var described = BlockStream.Describe(DomainTables.ScenarioTable(Sample(), 3).Markdown);
        Assert.Contains("  row | 2025/26 | 7.000 | 5.000 | -2.000 | -2.000 |", described);
        Assert.Contains("  totals | Total [[totals]] | 30.000 | 30.000 | 0.000 |  |", described);
    }

    [Fact]
    public void ScenarioTable_UnknownName_ListsTheComparisons()
    {
        var error = Assert.Throws<ArgumentException>(() => DomainTables.ScenarioTable(Sample(), "Mitigated (central)"));
        Assert.Contains("0 'Mitigated (low)'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ScenarioTable_NotAComparison_SaysWhatItExpects()
    {
        var error = Assert.Throws<ArgumentException>(() => DomainTables.ScenarioTable("35.214"));
        Assert.Contains("scenario_table: found a String; expected a scenario comparison", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ScenarioTable_DomainComparison_Direct()
    {
        var years = new[] { new ScenarioYear(new Send.Domain.Calendars.FinancialYear(2027), Money.FromMillions(88m)) };
        var low = new[] { new ScenarioYear(new Send.Domain.Calendars.FinancialYear(2027), Money.FromMillions(70m)) };
        var comparison = ScenarioComparison.Compare("Unmitigated", "Lower bound", ForecastMeasure.CarriedForward, years, low);
        Assert.Contains("  row | 2027/28 | 88.0 | 70.0 | -18.0 | -18.0 |", BlockStream.Describe(DomainTables.ScenarioTable(comparison, null, 1).Markdown));
    }
}
