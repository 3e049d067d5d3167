using System.Collections.Generic;
using System.IO;
using System.Linq;
using Send.Domain.Validation;
using Send.Reporting.Reports.ScrutinySendUpdate;
using Xunit;

namespace Send.Reporting.Tests.Reports;

/// <summary>The scrutiny sample's caseload reader: problems name the file, line, column, field and value (counted by hand).</summary>
public sealed class CaseloadCsvTests
{
    private const string Header = "case_id,requested_on,outcome,issued_on,reviews\n";

    [Fact]
    public void Read_BadIssueDate_NamesLineColumnFieldAndValue()
    {
        // Line 3; issued_on starts after "C2," (3) + "2024-01-05," (11) + "issued," (7): column 22.
        var problems = Read(Header + "C1,2024-01-04,open,,\nC2,2024-01-05,issued,2024-13-01,\n", out var cases);
        Assert.Null(cases);
        var problem = Assert.Single(problems);
        Assert.Equal(
            ("c.csv", "not a date", (int?)3, (int?)22, "issued_on", "2024-13-01", "SEND-CASELOAD-DATE"),
            (problem.Source, problem.Message, problem.Line, problem.Column, problem.Field, problem.Value, problem.Code));
    }

    [Fact]
    public void Read_WrongHeader_ShowsHeaderFound()
    {
        var problems = Read("case,requested_on,outcome,issued_on,reviews\nC1,2024-01-04,open,,\n", out var cases);
        Assert.Null(cases);
        var problem = Assert.Single(problems);
        Assert.Equal(
            ((int?)1, "case,requested_on,outcome,issued_on,reviews", "case_id,requested_on,outcome,issued_on,reviews", "SEND-CASELOAD-HEADER"),
            (problem.Line, problem.Value, problem.Expected, problem.Code));
    }

    [Fact]
    public void Read_QuotedIdWithComma_IsOneField()
    {
        var problems = Read(Header + "\"C,1\",2024-01-04,issued,2024-05-01,2025-04-30;2025-04-01\n\nC2,2024-02-01,declined,,\n", out var cases);
        Assert.Empty(problems);
        Assert.NotNull(cases);
        Assert.Equal(2, cases.Count);
        Assert.Equal("C,1", cases[0].Id);
        // The latest review on or before the date, whatever the order in the file.
        Assert.Equal(new NodaTime.LocalDate(2025, 4, 1), cases[0].AsKnownOn(new NodaTime.LocalDate(2025, 4, 29)).LastReviewMeeting);
        Assert.Equal(new NodaTime.LocalDate(2025, 4, 30), cases[0].AsKnownOn(new NodaTime.LocalDate(2025, 6, 1)).LastReviewMeeting);
        // Request 1 Feb 2024 + 6 weeks (42 days) = 14 Mar 2024 (EHC-ASSESS-DECISION).
        Assert.Equal(new NodaTime.LocalDate(2024, 3, 14), cases[1].AsKnownOn(new NodaTime.LocalDate(2024, 6, 1)).DecisionNotToAssess);
    }

    [Fact]
    public void Read_DeclinedBeforeTheCalendar_IsAProblemNotACrash()
    {
        // England and Wales bank holidays are known for 2010 to 2040; requested_on starts after "C1," (column 4).
        var problems = Read(Header + "C1,2005-01-10,declined,,\n", out var cases);
        Assert.Null(cases);
        var problem = Assert.Single(problems);
        Assert.Equal(
            ((int?)2, (int?)4, "requested_on", "2005-01-10", "a date from 2010 to 2040", "SEND-CASELOAD-RANGE"),
            (problem.Line, problem.Column, problem.Field, problem.Value, problem.Expected, problem.Code));
    }

    [Fact]
    public void Read_UnclosedQuote_NamesTheLineItOpened()
    {
        var problems = Read(Header + "C1,2024-01-04,open,,\n\"C2,2024-01-05,open,,\n", out var cases);
        Assert.Null(cases);
        Assert.Contains(problems, p => p.Code == "SEND-CASELOAD-QUOTE" && p.Line == 3);
    }

    [Fact]
    public void Read_UnclosedQuote_PrintsAShortExcerptNotTheWholeCaseload()
    {
        var rows = string.Concat(System.Linq.Enumerable.Range(0, 5000).Select(i => $"C{i},2024-01-04,open,,\n"));
        var problems = Read(Header + "\"C0,2024-01-04,open,,\n" + rows, out var cases);

        Assert.Null(cases);
        Assert.All(problems, p => Assert.True(p.ToString().Length < 400, p.ToString().Length + " characters"));
    }

    [Fact]
    public void Read_Windows1252Byte_IsAnEncodingProblemAtItsLine()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, [.. System.Text.Encoding.ASCII.GetBytes(Header + "C1,2024-01-04,open,,\nC"), 0xA3, .. System.Text.Encoding.ASCII.GetBytes("2,2024-01-04,open,,\n")]);
            var problems = new List<DataProblem>();

            Assert.Null(CaseloadCsv.Read(path, "c.csv", problems));

            var problem = Assert.Single(problems);
            Assert.Equal(("SEND-ENCODING", (int?)3, (int?)2), (problem.Code, problem.Line, problem.Column));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static List<DataProblem> Read(string text, out IReadOnlyList<CaseRecord>? cases)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, text);
            var problems = new List<DataProblem>();
            cases = CaseloadCsv.Read(path, "c.csv", problems);
            return problems;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
