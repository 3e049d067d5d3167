using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Send.Data.Statutory;
using Send.Domain.Validation;
using Send.Reporting.Data;
using Send.Reporting.Functions;
using Send.Reporting.Tests.Support;
using Xunit;

namespace Send.Reporting.Tests;

/// <summary>
/// <c>due_table</c>: the caseworker's work-list as a template function. Every expected date below is worked by hand
/// from /work/shared/domain/statutory-timescales.md, as at Monday 31 March 2025.
/// </summary>
public sealed class DueTableTests : IDisposable
{
    // C-300: request 28 Oct 2024, decided to assess, no plan yet. EHC-FINAL-PLAN: 20 weeks of the request (CNT-DAY0)
    //   = 28 Oct 2024 + 140 days = Mon 17 Mar 2025: overdue by 14 days; working days 18-21, 24-28, 31 Mar = 10.
    //   EHC-NO-PLAN-DECISION (16 weeks, 17 Feb 2025) is past with no decision recorded: it did not arise.
    // C-100: plan issued 9 Apr 2024, never reviewed. EHC-AR-FIRST: 12 months starting with 9 Apr 2024 (CNT-BEGINNING)
    //   ends Tue 8 Apr 2025: 8 calendar days left; working days 1-4, 7, 8 Apr = 6.
    // C-200: request Mon 17 Mar 2025, nothing decided. EHC-ASSESS-DECISION and the refusal notice: 6 weeks
    //   = Mon 28 Apr 2025: 28 calendar days left; working days in April to the 28th, without Good Friday (18th)
    //   and Easter Monday (21st) = 18. Outside 10 working days (which end Mon 14 Apr), inside 4 weeks (28 Apr).
    private const string Caseload =
        "case_id,request_received,decision_to_assess,decision_not_to_assess,no_plan_decision,final_issued,last_review_meeting,ceased,exception_applies\n" +
        "C-100,2023-11-20,2023-12-20,,,2024-04-09,,,false\n" +
        "C-200,2025-03-17,,,,,,,false\n" +
        "C-300,2024-10-28,2024-11-29,,,,,,false\n";

    private readonly string folder = Directory.CreateTempSubdirectory("send-duetable-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void DueTable_CsvCaseloadTenWorkingDays_OverdueFirstThenDueInWindow()
    {
        var rows = Rows(DomainTables.DueTable(Bound(Caseload), "2025-03-31", "10wd").Markdown);

        Assert.Equal(new[] { "Case", "Rule", "Due", "Days", "Status", "Law" }, rows[0]);
        Assert.Equal(3, rows.Count);
        Assert.Equal(new[] { "C-300", "EHC-FINAL-PLAN", "17 March 2025", "14 days overdue (10 working days)", "Overdue" }, rows[1][..5]);
        Assert.Contains("13(2)", rows[1][5], StringComparison.Ordinal);
        Assert.Equal(new[] { "C-100", "EHC-AR-FIRST", "8 April 2025", "6 working days left (8 calendar days)", "Pending" }, rows[2][..5]);
        Assert.Contains("44(1)", rows[2][5], StringComparison.Ordinal);
    }

    [Fact]
    public void DueTable_FourWeeks_TakesInTheAssessmentDecisionOverEaster()
    {
        var records = CaseloadCsv.TryParse(Caseload, "caseload.csv", out var problems);
        Assert.Empty(problems);

        var rows = Rows(DomainTables.DueTable(records, new NodaTime.LocalDate(2025, 3, 31), "4w").Markdown);

        Assert.Equal(new[] { "C-300", "C-100", "C-200", "C-200" }, rows.Skip(1).Select(r => r[0]));
        Assert.Equal(new[] { "EHC-ASSESS-DECISION", "EHC-ASSESS-REFUSAL-NOTICE" }, rows.Skip(3).Select(r => r[1]));
        Assert.All(rows.Skip(3), r => Assert.Equal("28 April 2025", r[2]));
        Assert.All(rows.Skip(3), r => Assert.Equal("18 working days left (28 calendar days)", r[3]));
    }

    [Fact]
    public void DueTable_DefaultWindowIsTenWorkingDays()
    {
        Assert.Equal(DomainTables.DueTable(Bound(Caseload), "2025-03-31", "10wd").Markdown, DomainTables.DueTable(Bound(Caseload), "2025-03-31").Markdown);
    }

    [Fact]
    public void DueTable_BadCaseloadRow_IsADataProblemOnTheFileLine()
    {
        var error = Assert.Throws<DataException>(() => DomainTables.DueTable(Bound(Caseload + "C-400,2025-03-03,,,,,,,maybe\n"), "2025-03-31"));

        var problem = Assert.Single(error.Problems);
        Assert.EndsWith("caseload.csv", problem.Source, StringComparison.Ordinal);
        Assert.Equal(5, problem.Line);
    }

    [Theory]
    [InlineData("31/03/2025", "10wd", "the as-at date")]
    [InlineData("2025-03-31", "ten days", "'ten days' is not a window")]
    public void DueTable_BadDateOrWindow_SaysWhichArgument(string asAt, string window, string expected)
    {
        var error = Assert.Throws<ArgumentException>(() => DomainTables.DueTable(Bound(Caseload), asAt, window));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("due_table: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DueTable_NotACaseload_NamesFunctionAndExpectation()
    {
        var error = Assert.Throws<ArgumentException>(() => DomainTables.DueTable("cases.csv", "2025-03-31"));
        Assert.StartsWith("due_table: found a String; expected a caseload", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DueTable_FromTemplate_IsOneWordTable()
    {
        using var templates = new TemplateFolder();
        var path = templates.Write("template.md.scriban", "{{ due_table caseload \"2025-03-31\" \"10wd\" }}\n");

        var docx = new ReportEngine(cache: new Templating.TemplateCache()).RenderDocx(path, new { Caseload = Bound(Caseload) }, TestContext.Current.CancellationToken);
        TestOutput.Save("due-table.docx", docx);

        DocxAssert.Valid(docx);
        var table = Assert.Single(DocxReader.Open(docx).Body.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>());
        var cells = table.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().Select(r => DocxReader.TextOf(r.Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().First())).ToArray();
        Assert.Equal(new[] { "Case", "C-300", "C-100" }, cells);
    }

    private BoundArray Bound(string csv)
    {
        var path = Path.Combine(folder, "caseload.csv");
        File.WriteAllText(path, csv);
        var problems = new List<DataProblem>();
        var rows = TableData.LoadCsv(path, problems, out _);
        Assert.Empty(problems);
        return rows!;
    }

    private static List<string[]> Rows(string markdown) => markdown
        .Split('\n', StringSplitOptions.RemoveEmptyEntries)
        .Where(line => !line.StartsWith("|:", StringComparison.Ordinal) && !line.StartsWith("|-", StringComparison.Ordinal))
        .Select(line => Regex.Split(line.Trim().Trim('|'), @"(?<!\\)\|").Select(cell => Regex.Replace(cell.Trim(), @"\\(.)", "$1")).ToArray())
        .ToList();
}
