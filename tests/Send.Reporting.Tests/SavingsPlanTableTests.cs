using Send.Domain.Calendars;
using Send.Domain.Finance;
using Send.Reporting.Functions;
using Send.Reporting.Markdown;
using Send.Reporting.Tests.Support;
using Xunit;

namespace Send.Reporting.Tests;

public sealed class SavingsPlanTableTests
{
    private static Money M(decimal millions) => Money.FromMillions(millions);

    [Fact]
    public void SavingsTable_SeveralYears_ColumnsPerYearAndATotalsRow()
    {
        var first = new FinancialYear(2024);
        var second = new FinancialYear(2025);
        var plan = new MultiYearSavingsProgramme("Plan", new[]
        {
            new SavingsProgramme("Plan", first, M(3.0m), new[] { new SavingsStrand("Placements", first, M(2.0m), M(1.5m)), new SavingsStrand("Transport", first, M(1.0m), M(1.0m)) }),
            new SavingsProgramme("Plan", second, M(4.0m), new[] { new SavingsStrand("Placements", second, M(4.0m)) }),
        });

        var markdown = DomainTables.SavingsTable(plan).Markdown;
        var docx = new ReportEngine().MarkdownToDocx(markdown, "plan.md");

        DocxAssert.Valid(docx);
        var described = BlockStream.Describe(markdown);
        // By hand: Placements 2.0 + 4.0 = 6.0; Transport has no 2025/26 figure; 2024/25 forecast 1.5 + 1.0 = 2.5; total 3.0 + 4.0 = 7.0.
        Assert.Contains("  row | Placements | £2.0m | £1.5m | £4.0m | - | £6.0m |", described);
        Assert.Contains("  row | Transport | £1.0m | £1.0m | - | - | £1.0m |", described);
        Assert.Contains("  totals | Total [[totals]] | £3.0m | £2.5m | £4.0m | - | £7.0m |", described);
    }
}
