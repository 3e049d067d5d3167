using System;
using System.Linq;
using Send.Domain.Calendars;
using Send.Domain.Finance;
using Send.Reporting.Functions;
using Send.Reporting.Markdown;
using Send.Reporting.Tests.Support;
using Xunit;

namespace Send.Reporting.Tests;

public sealed class DomainTablesTests
{
    private static Money M(decimal millions) => Money.FromMillions(millions);

    // Wiltshire Schools Forum paper (seed 002), paragraph 16: outturn 2023/24 and forecast 2024/25.
    private static DsgAccount Wiltshire() => new(new[]
    {
        DsgAccountYear.Create(new FinancialYear(2023), DsgYearStatus.Outturn, M(35.214m), M(20.292m), M(26.800m), M(0m)),
        DsgAccountYear.Create(new FinancialYear(2024), DsgYearStatus.Forecast, M(28.706m), M(39.177m), M(6.700m), M(0m)),
    });

    [Fact]
    public void DsgTable_WiltshireYears_RollsForwardWithContributionsNegativeAndCarriedForwardAsTotals()
    {
        var markdown = DomainTables.DsgTable(Wiltshire()).Markdown;

        // Carried forward by hand: 35.214 + 20.292 - 26.800 = 28.706; 28.706 + 39.177 - 6.700 = 61.183
        // (the paper prints 61.184: its figures are rounded, which dsg_reconciliation_table reports).
        Assert.Equal(
            "| £m | Outturn 2023\\/24 | Forecast 2024\\/25 |\n" +
            "|:---|---:|---:|\n" +
            "| Cumulative DSG deficit brought forward | 35\\.214 | 28\\.706 |\n" +
            "| In\\-year DSG deficit \\(before contributions\\) | 20\\.292 | 39\\.177 |\n" +
            "| Safety Valve contribution | \\-26\\.800 | \\-6\\.700 |\n" +
            "| Local general fund contribution | 0\\.000 | 0\\.000 |\n" +
            "| Cumulative DSG deficit carried forward [[totals]] | 28\\.706 | 61\\.183 |\n",
            markdown);
        Assert.Contains("  totals | Cumulative DSG deficit carried forward [[totals]] | 28.706 | 61.183 |", BlockStream.Describe(markdown));
    }

    [Fact]
    public void DsgReconciliationTable_WiltshirePrintedTable_MarksRoundingYear()
    {
        var table = new PublishedDeficitTable("wiltshire.json", new[]
        {
            new PublishedDeficitRow(new FinancialYear(2023), DsgYearStatus.Outturn, M(35.214m), M(20.292m), M(-26.800m), M(0m), null, M(28.706m)),
            new PublishedDeficitRow(new FinancialYear(2024), DsgYearStatus.Forecast, M(28.706m), M(39.177m), M(-6.700m), M(0m), null, M(61.184m)),
        });
        var reconciliation = new DeficitTableReconciler().Reconcile(table);

        var described = BlockStream.Describe(DomainTables.DsgReconciliationTable(reconciliation).Markdown);

        Assert.Contains("  row | Outturn 2023/24 | 28.706 | 28.706 | 0.000 | Exact [[rag:green]] |", described);
        Assert.Contains("  row | Forecast 2024/25 | 61.184 | 61.183 | 0.001 | Rounding [[rag:green]] |", described);
    }

    [Fact]
    public void SavingsTable_Strands_HaveRagAndATotalsRowFromTheProgramme()
    {
        var year = new FinancialYear(2024);
        var programme = new SavingsProgramme("Safety Valve", year, M(10.0m), new[]
        {
            new SavingsStrand("Early Help & Inclusion", year, M(4.0m), M(4.1m), Rag: RagStatus.Green),
            new SavingsStrand("Placement | Value", year, M(6.0m), M(3.5m), Rag: RagStatus.Red),
        });

        var markdown = DomainTables.SavingsTable(programme).Markdown;
        var docx = new ReportEngine().MarkdownToDocx(markdown, "savings.md");
        TestOutput.Save("savings-table.docx", docx);

        DocxAssert.Valid(docx);
        var described = BlockStream.Describe(markdown);
        Assert.Contains("  row | Placement | Value | [[rag:red]] | £6.0m | £3.5m | £2.5m |", described);
        // Total forecast by hand: 4.1 + 3.5 = 7.6; shortfall 10.0 - 7.6 = 2.4.
        Assert.Contains("  totals | Total [[totals]] |  | £10.0m | £7.6m | £2.4m |", described);
        var rows = DocxReader.Open(docx).Body.Descendants<DocumentFormat.OpenXml.Wordprocessing.TableRow>().ToList();
        Assert.Equal("Placement | Value", DocxReader.TextOf(rows[2].Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().First()));
    }

    [Fact]
    public void DsgTable_WrongValue_NamesFunctionAndExpectation()
    {
        var error = Assert.Throws<ArgumentException>(() => DomainTables.DsgTable("35.214"));
        Assert.Equal("dsg_table: found a String; expected a DSG account, or data shaped as a deficit table", error.Message);
    }

    [Fact]
    public void DsgTable_FromTemplate_IsNotEscapedAgain()
    {
        using var folder = new TemplateFolder();
        var path = folder.Write("template.md.scriban", "{{ dsg_table account }}\n");

        var docx = new ReportEngine(cache: new Templating.TemplateCache()).RenderDocx(path, new { Account = Wiltshire() }, TestContext.Current.CancellationToken);
        TestOutput.Save("dsg-table.docx", docx);

        DocxAssert.Valid(docx);
        var table = Assert.Single(DocxReader.Open(docx).Body.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>());
        Assert.Equal(6, table.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().Count());
        Assert.Equal("\u221226.800", DocxReader.TextOf(table.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().ElementAt(3).Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().ElementAt(1)));
    }
}
