using System.IO;
using System;
using System.Linq;
using System.Text;
using Send.Data.Statutory;
using Send.Domain.Statutory;
using Send.Domain.Validation;
using Xunit;
using static Send.Domain.Tests.Statutory.Dates;

namespace Send.Domain.Tests.Statutory;

/// <summary>Issue #16 defect 5, and issue #12's caseload items: a missing column is unknown, reported once; short excerpts; capped problems.</summary>
public sealed class CaseloadColumnsTests
{
    [Fact]
    public void NoDecisionToAssessColumn_DecisionIsUnknownNotOverdue_ReportedOnce()
    {
        // Plan issued on time (2024-05-20 is before 2024-01-10 + 140 days = 2024-05-29); the file cannot show the 6-week decision.
        const string csv = "case_id,request_received,decision_not_to_assess,no_plan_decision,final_issued,last_review_meeting,ceased\nA,2024-01-10,,,2024-05-20,,\nB,2024-02-01,,,2024-06-03,,\n";
        var records = CaseloadCsv.TryParse(csv, "c.csv", out var problems);
        Assert.Empty(problems);
        var deadlines = CaseloadAnalytics.Deadlines(records, D("2025-02-20"));
        Assert.DoesNotContain(deadlines, p => p.Deadline.RuleId == StatutoryRuleIds.EhcAssessDecision);
        Assert.DoesNotContain(deadlines, p => p.Deadline.Status == DeadlineStatus.Overdue && p.Deadline.RuleId != StatutoryRuleIds.EhcArFirst);
        var note = Assert.Single(CaseloadAnalytics.NotEvaluated(records));
        Assert.StartsWith("EHC-ASSESS-DECISION: not evaluated for 2 cases", note, StringComparison.Ordinal);
        Assert.Contains("decision_to_assess", note, StringComparison.Ordinal);
        Assert.Equal(DeadlineStatus.MetOnTime, deadlines.Single(p => p.CaseId == "A" && p.Deadline.RuleId == StatutoryRuleIds.EhcFinalPlan).Deadline.Status);
    }

    [Fact]
    public void OtherColumns_CarriedThrough_TyposStillRejected()
    {
        var records = CaseloadCsv.TryParse("case_id,request_received,owner,school\nA,2025-01-13,Sam,Oak Primary\n", "c.csv", out var problems);
        Assert.Empty(problems);
        Assert.Equal("Sam", records[0].OtherColumns["owner"]);
        Assert.Equal("Oak Primary", records[0].OtherColumns["school"]);
        Assert.False(records[0].Records(CaseloadColumns.FinalIssued));

        CaseloadCsv.TryParse("case_id,request_recieved\nA,2025-01-13\n", "c.csv", out var typo);
        Assert.Contains("did you mean 'request_received'", Assert.Single(typo).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FileSavedInWindows1252_IsALocatedProblemNotReplacementCharacters()
    {
        // A case id "AB£1" saved by Excel's plain CSV: the pound sign is the byte 0xA3 at line 2, column 3.
        var path = Path.Combine(Path.GetTempPath(), "send-caseload-" + System.Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllBytes(path, [.. System.Text.Encoding.ASCII.GetBytes("case_id,request_received\nAB"), 0xA3, .. System.Text.Encoding.ASCII.GetBytes("1,2024-01-08\n")]);
        try
        {
            var problem = Assert.Single(Assert.Throws<DataException>(() => CaseloadCsv.Load(path)).Problems);

            Assert.Equal((path, 2, 3, "SEND-CSV"), (problem.Source, problem.Line, problem.Column, problem.Code));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void UnclosedQuote_ProblemQuotesAShortExcerptOnly()
    {
        var text = new StringBuilder("case_id,request_received\n\"A,2025-01-13\n");
        for (var i = 0; i < 5000; i++)
        {
            text.Append("PERSON-").Append(i).Append(",2025-01-13\n");
        }

        CaseloadCsv.TryParse(text.ToString(), "c.csv", out var problems);
        var problem = Assert.Single(problems);
        Assert.Equal(2, problem.Line);
        Assert.True(problem.ToString().Length < 300, problem.ToString());
    }

    [Fact]
    public void UnclosedQuoteInHeader_ShortExcerpt()
    {
        var text = "\"case_id,request_received\n" + string.Concat(Enumerable.Repeat("PERSON,2025-01-13\n", 5000));
        CaseloadCsv.TryParse(text, "c.csv", out var problems);
        Assert.True(Assert.Single(problems).ToString().Length < 300);
    }

    [Fact]
    public void ManyBadRows_ProblemsCapped_WithHowManyMore()
    {
        var text = "case_id,request_received\n" + string.Concat(Enumerable.Range(0, 250).Select(i => $"C{i},not-a-date\n"));
        CaseloadCsv.TryParse(text, "c.csv", out var problems);
        Assert.Equal(CaseloadCsv.MaxProblems, problems.Count);
        Assert.Contains("and 151 more problems", problems[^1].Message, StringComparison.Ordinal);
    }
}
