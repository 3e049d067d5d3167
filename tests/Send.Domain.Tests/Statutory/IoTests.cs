using System;
using System.IO;
using System.Linq;
using Send.Data.Statutory;
using Send.Domain.Statutory;
using Send.Domain.Validation;
using Xunit;
using static Send.Domain.Tests.Statutory.Dates;

namespace Send.Domain.Tests.Statutory;

public sealed class IoTests
{
    private static string RepoFile(string relative)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Send.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir!.FullName, relative);
    }

    [Fact]
    public void CaseFile_Sample_LoadsAndEvaluates()
    {
        var ehcCase = CaseFile.Load(RepoFile("templates/data/case.sample.json"));
        Assert.Equal("SAMPLE-0001", ehcCase.Id);
        var timeline = ReferenceWorkingDays.Engine.Evaluate(ehcCase, D("2025-09-30"));
        var final = timeline.Deadlines.Single(d => d.RuleId == "EHC-FINAL-PLAN");
        Assert.Equal(D("2024-06-03"), final.Due);
        Assert.Equal(7, final.DaysLate);
        var health = timeline.Deadlines.Single(d => d.RuleId == "EHC-ADVICE-RESPONSE" && d.Label == "health");
        Assert.Equal(DeadlineStatus.Disapplied, health.Status); // absent 2024-03-01..04-26: 39 days inside 2024-02-26..04-08, invoked
        Assert.Equal(D("2026-02-14"), timeline.Deadlines.Single(d => d.RuleId == "EHC-PHASE-SCHOOL").Due);
    }

    [Fact]
    public void CaseFile_SchemaViolation_LineAndField()
    {
        const string json = "{\n  \"id\": \"X\",\n  \"events\": [\n    { \"kind\": \"final_isued\", \"date\": \"2025-01-01\" }\n  ]\n}";
        var ex = Assert.Throws<DataException>(() => CaseFile.Parse(json, "bad.json"));
        var problem = ex.Problems.First();
        Assert.Equal(4, problem.Line);
        Assert.Contains("events[0].kind", problem.Field, StringComparison.Ordinal);
    }

    [Fact]
    public void CaseFile_ImpossibleDate_NamesField()
    {
        const string json = "{ \"id\": \"X\", \"events\": [ { \"kind\": \"request_received\", \"date\": \"2025-02-30\" } ] }";
        var problem = Assert.Single(Assert.Throws<DataException>(() => CaseFile.Parse(json, "bad.json")).Problems);
        Assert.Equal("events[0].date", problem.Field);
        Assert.Equal("2025-02-30", problem.Value);
    }

    [Fact]
    public void CaseFile_ImpossibleHistory_Rejected()
    {
        const string json = "{ \"id\": \"C-3\", \"events\": [ { \"kind\": \"request_received\", \"date\": \"2025-02-01\" }, { \"kind\": \"final_issued\", \"date\": \"2025-01-01\" } ] }";
        var problem = Assert.Single(Assert.Throws<DataException>(() => CaseFile.Parse(json, "c.json")).Problems);
        Assert.Contains("case C-3", problem.Message, StringComparison.Ordinal);
        Assert.Equal("events[1]", problem.Field);
    }

    [Fact]
    public void CaseloadCsv_Sample_Parses()
    {
        var records = CaseloadCsv.Load(RepoFile("templates/data/caseload.sample.csv"));
        Assert.Equal(11, records.Count);
        Assert.Equal("SAMPLE-10", records[9].CaseId);
        Assert.True(records[1].ExceptionApplies);
    }

    [Fact]
    public void CaseloadCsv_BadDate_LineColumnAndField()
    {
        const string csv = "case_id,request_received,final_issued\nA,2025-01-13,\nB,13/01/2025,\n";
        CaseloadCsv.TryParse(csv, "c.csv", out var problems);
        var problem = Assert.Single(problems);
        Assert.Equal((3, 2, "request_received", "13/01/2025"), (problem.Line, problem.Column, problem.Field, problem.Value));
        Assert.StartsWith("c.csv(3,2): SEND-CSV: request_received: not a date (found '13/01/2025'; expected a date in the form YYYY-MM-DD", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void CaseloadCsv_QuotedFieldsWithCommasAndNewlines_LineNumbersFollow()
    {
        const string csv = "case_id,request_received\n\"A, \"\"x\"\"\",2025-01-13\n\"B\nsplit\",2025-01-14\nC,bad\n";
        var records = CaseloadCsv.TryParse(csv, "c.csv", out var problems);
        Assert.Equal(new[] { "A, \"x\"", "B\nsplit" }, records.Select(r => r.CaseId));
        Assert.Equal(5, Assert.Single(problems).Line);
    }

    [Fact]
    public void CaseloadCsv_UnknownColumnAndDuplicateId_Reported()
    {
        CaseloadCsv.TryParse("case_id,request_recieved\nA,2025-01-01\n", "c.csv", out var unknown);
        Assert.Equal("request_recieved", Assert.Single(unknown).Value);
        CaseloadCsv.TryParse("case_id\nA\nA\n", "c.csv", out var duplicate);
        Assert.Contains("duplicate", Assert.Single(duplicate).Message, StringComparison.Ordinal);
        CaseloadCsv.TryParse("case_id,request_received\n\"A,2025-01-01\n", "c.csv", out var open);
        Assert.Contains("not closed", Assert.Single(open).Message, StringComparison.Ordinal);
    }
}
