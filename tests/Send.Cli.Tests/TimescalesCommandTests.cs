using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Send.Cli.Tests;

public sealed class TimescalesCommandTests
{
    private static (int Code, string Stdout, string Stderr) Run(params string[] args) => ProgramTests.Run(args);

    private static string RepoFile(string relative)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Send.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir!.FullName, relative);
    }

    private static JsonElement Deadline(JsonDocument document, string rule) =>
        document.RootElement.GetProperty("deadlines").EnumerateArray().First(d => d.GetProperty("rule").GetString() == rule);

    [Fact]
    public void Assessment_Json_HasDeadlinesWithRuleDueStatusFlags()
    {
        var (code, stdout, stderr) = Run("timescales", "assessment", "--request", "2025-01-13", "--json");
        Assert.True(code == 0, stderr);
        using var document = JsonDocument.Parse(stdout);
        var final = Deadline(document, "EHC-FINAL-PLAN");
        Assert.Equal("2025-06-02", final.GetProperty("due").GetString());
        Assert.Equal("pending", final.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Array, final.GetProperty("flags").ValueKind);
        var noPlan = Deadline(document, "EHC-NO-PLAN-DECISION");
        Assert.Equal("2025-05-05", noPlan.GetProperty("due").GetString());
        Assert.Contains("falls_on_non_working_day", noPlan.GetProperty("flags").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public void Assessment_Table_ShowsDatesAndCitation()
    {
        var (code, stdout, _) = Run("timescales", "assessment", "--request", "2025-01-13");
        Assert.Equal(0, code);
        Assert.Contains("EHC-FINAL-PLAN", stdout, StringComparison.Ordinal);
        Assert.Contains("2025-06-02", stdout, StringComparison.Ordinal);
        Assert.Contains("reg 13(2)", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("13/01/2025")]
    [InlineData("2025-02-30")]
    [InlineData("2100-01-01")]
    [InlineData("1970-12-31")]
    public void Assessment_BadDate_ExitsTwoQuotingValue(string value)
    {
        var (code, _, stderr) = Run("timescales", "assessment", "--request", value);
        Assert.Equal(2, code);
        Assert.Contains($"'{value}'", stderr, StringComparison.Ordinal);
        Assert.Contains("expected", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Assessment_MissingRequest_ExitsTwo()
    {
        Assert.Equal(2, Run("timescales", "assessment").Code);
    }

    [Fact]
    public void Review_Json_LeapDayAndPhaseTransfer()
    {
        var (code, stdout, stderr) = Run("timescales", "review", "--plan-issued", "2024-02-29", "--meeting", "2025-02-11", "--phase-transfer", "school", "--transfer-year", "2026", "--json");
        Assert.True(code == 0, stderr);
        using var document = JsonDocument.Parse(stdout);
        Assert.Equal("2025-02-28", Deadline(document, "EHC-AR-FIRST").GetProperty("due").GetString());
        Assert.Equal("2025-03-11", Deadline(document, "EHC-AR-DECISION").GetProperty("due").GetString());
        Assert.Equal("2026-02-10", Deadline(document, "EHC-AR-NEXT").GetProperty("due").GetString());
        var phase = Deadline(document, "EHC-PHASE-SCHOOL");
        Assert.Equal("2026-02-14", phase.GetProperty("due").GetString());
        Assert.DoesNotContain("rolled", phase.GetProperty("flags").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public void Review_PhaseTransferWithoutYear_ExitsTwo()
    {
        var (code, _, stderr) = Run("timescales", "review", "--plan-issued", "2024-02-29", "--phase-transfer", "school");
        Assert.Equal(2, code);
        Assert.Contains("--transfer-year", stderr, StringComparison.Ordinal);
        Assert.Equal(2, Run("timescales", "review", "--plan-issued", "2024-02-29", "--phase-transfer", "college", "--transfer-year", "2026").Code);
    }

    [Fact]
    public void Appeal_Json_WeekendRoll()
    {
        var (code, stdout, stderr) = Run("timescales", "appeal", "--decision-notice", "2025-01-08", "--certificate", "2025-01-31", "--json");
        Assert.True(code == 0, stderr);
        using var document = JsonDocument.Parse(stdout);
        var appeal = Deadline(document, "TRIB-APPEAL");
        Assert.Equal("2025-03-10", appeal.GetProperty("due").GetString());
        Assert.Contains("rolled", appeal.GetProperty("flags").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal("2025-03-08", Deadline(document, "MED-CONTACT").GetProperty("due").GetString());
    }

    [Fact]
    public void Appeal_BadCertificate_ExitsTwo()
    {
        var (code, _, stderr) = Run("timescales", "appeal", "--decision-notice", "2025-01-08", "--certificate", "31-01-2025");
        Assert.Equal(2, code);
        Assert.Contains("'31-01-2025'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Case_Sample_Json()
    {
        var (code, stdout, stderr) = Run("timescales", "case", RepoFile("templates/data/case.sample.json"), "--as-at", "2025-09-30", "--json");
        Assert.True(code == 0, stderr);
        using var document = JsonDocument.Parse(stdout);
        Assert.Equal("SAMPLE-0001", document.RootElement.GetProperty("case_id").GetString());
        var final = Deadline(document, "EHC-FINAL-PLAN");
        Assert.Equal("met_late", final.GetProperty("status").GetString());
        Assert.Equal(7, final.GetProperty("days_late").GetInt32());
    }

    [Fact]
    public void Case_Table_AndExplain()
    {
        var (code, stdout, _) = Run("timescales", "case", RepoFile("templates/data/case.sample.json"), "--as-at", "2025-09-30", "--explain");
        Assert.Equal(0, code);
        Assert.Contains("met late (7 days late)", stdout, StringComparison.Ordinal);
        Assert.Contains("Law: SEND Regulations 2014, reg 13(2) [C]", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Case_MissingOrBadFile_ExitsOneWithProblem()
    {
        var (code, _, stderr) = Run("timescales", "case", "no-such-case.json", "--as-at", "2025-03-31");
        Assert.Equal(1, code);
        Assert.Contains("no-such-case.json", stderr, StringComparison.Ordinal);

        var path = Path.Combine(Path.GetTempPath(), "send-bad-case-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, "{ \"id\": \"C-1\", \"events\": [ { \"kind\": \"request_received\", \"date\": \"2025-02-01\" }, { \"kind\": \"final_issued\", \"date\": \"2025-01-01\" } ] }");
        try
        {
            var (badCode, _, badErr) = Run("timescales", "case", path, "--as-at", "2025-03-31");
            Assert.Equal(1, badCode);
            Assert.Contains("case C-1", badErr, StringComparison.Ordinal);
            Assert.Contains("events[1]", badErr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Case_BadAsAt_ExitsTwo()
    {
        var (code, _, stderr) = Run("timescales", "case", RepoFile("templates/data/case.sample.json"), "--as-at", "yesterday");
        Assert.Equal(2, code);
        Assert.Contains("'yesterday'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Caseload_Sample_JsonHasAnalyticsAndTimeliness()
    {
        var (code, stdout, stderr) = Run("timescales", "caseload", RepoFile("templates/data/caseload.sample.csv"), "--as-at", "2025-03-31", "--json");
        Assert.True(code == 0, stderr);
        using var document = JsonDocument.Parse(stdout);
        var root = document.RootElement;
        Assert.Equal(11, root.GetProperty("case_count").GetInt32());
        Assert.Equal(6, root.GetProperty("open_assessments").GetArrayLength());
        var y2024 = root.GetProperty("sen2_timeliness").EnumerateArray().First(y => y.GetProperty("year").GetInt32() == 2024);
        // 2024 issues: SAMPLE-01 (137 days), SAMPLE-03 (137 days) timely; SAMPLE-02 (193 days, exception) late.
        Assert.Equal(2, y2024.GetProperty("including_exceptions").GetProperty("numerator").GetInt32());
        Assert.Equal(3, y2024.GetProperty("including_exceptions").GetProperty("denominator").GetInt32());
        Assert.Equal(2, y2024.GetProperty("excluding_exceptions").GetProperty("denominator").GetInt32());
        var deadlines = root.GetProperty("deadlines").EnumerateArray().ToList();
        Assert.All(deadlines, d => Assert.NotNull(d.GetProperty("case_id").GetString()));
        var overdueFinal = deadlines.Single(d => d.GetProperty("rule").GetString() == "EHC-FINAL-PLAN" && d.GetProperty("status").GetString() == "overdue");
        Assert.Equal("SAMPLE-07", overdueFinal.GetProperty("case_id").GetString());
    }

    [Fact]
    public void Caseload_MalformedLine_ExitsOneWithLineAndField()
    {
        var path = Path.Combine(Path.GetTempPath(), "send-bad-caseload-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, "case_id,request_received\nA,2025-01-13\nB,2025-13-01\n");
        try
        {
            var (code, _, stderr) = Run("timescales", "caseload", path, "--as-at", "2025-03-31");
            Assert.Equal(1, code);
            Assert.Contains("(3,2): SEND-CSV: request_received: not a date (found '2025-13-01'", stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Rules_Json_ListsEveryRule()
    {
        var (code, stdout, _) = Run("timescales", "rules", "--json");
        Assert.Equal(0, code);
        using var document = JsonDocument.Parse(stdout);
        var ids = document.RootElement.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Contains("TRIB-APPEAL", ids);
        Assert.Contains("EHC-AR-12WK-CAP", ids);
    }

    [Fact]
    public void Help_HasExample()
    {
        var (code, stdout, _) = Run("timescales", "assessment", "--help");
        Assert.Equal(0, code);
        Assert.Contains("Example: send timescales assessment --request 2025-01-13", stdout, StringComparison.Ordinal);
    }
    [Theory]
    [InlineData("2040-12-31")] // rejected before: the CLI stopped at 2039-12-31 while the library said 2040
    [InlineData("1999-01-01")]
    public void Assessment_AnyDateInTheOneSupportedRange_Accepted(string value)
    {
        var (code, stdout, stderr) = Run("timescales", "assessment", "--request", value);
        Assert.True(code == 0, stderr);
        Assert.Contains("EHC-FINAL-PLAN", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_DataError_WrittenAsJson()
    {
        var (code, stdout, _) = Run("timescales", "case", "no-such-case.json", "--as-at", "2025-03-31", "--json");
        Assert.Equal(1, code);
        using var document = JsonDocument.Parse(stdout);
        var error = document.RootElement.GetProperty("errors")[0];
        Assert.Equal("no-such-case.json", error.GetProperty("source").GetString());
        Assert.Equal("SEND-FILE", error.GetProperty("code").GetString());
    }

    [Fact]
    public void Json_UsageError_WrittenAsJson()
    {
        var (code, stdout, _) = Run("timescales", "assessment", "--request", "13/01/2025", "--json");
        Assert.Equal(2, code);
        using var document = JsonDocument.Parse(stdout);
        Assert.Contains("'13/01/2025'", document.RootElement.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Case_PauseClock_LocalTargetShownInPlainOutput()
    {
        var path = Path.Combine(Path.GetTempPath(), "send-pause-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, """{ "id": "P-1", "events": [ { "kind": "request_received", "date": "2025-01-13" } ], "exceptions": [ { "kind": "absence", "from": "2025-02-01", "to": "2025-03-31", "invoked_for": ["*"] } ] }""");
        try
        {
            var (code, stdout, stderr) = Run("timescales", "case", path, "--as-at", "2025-07-01", "--pause-clock");
            Assert.True(code == 0, stderr);
            Assert.Contains("Local target (NON-STATUTORY)", stdout, StringComparison.Ordinal);
            Assert.Contains("2025-07-31", stdout, StringComparison.Ordinal); // 2025-06-02 + 59 days of absence inside the period
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Due_WorkList_TableJsonAndCsv()
    {
        var path = Path.Combine(Path.GetTempPath(), "send-due-" + Guid.NewGuid().ToString("N") + ".csv");
        File.WriteAllText(path, "case_id,request_received,decision_to_assess,decision_not_to_assess,no_plan_decision,final_issued,last_review_meeting,ceased,owner,school\nA,2025-02-17,,,,,,,Sam,Oak\nD,2024-10-01,2024-11-01,,,,,,Jo,Elm\n");
        try
        {
            var (code, stdout, stderr) = Run("timescales", "due", "--caseload", path, "--as-at", "2025-03-31", "--within", "10wd", "--owner", "owner");
            Assert.True(code == 0, stderr);
            Assert.Contains("1 overdue", stdout, StringComparison.Ordinal);
            Assert.Contains("41 days overdue (29 working days)", stdout, StringComparison.Ordinal);
            Assert.Contains("due today", stdout, StringComparison.Ordinal);
            Assert.Contains("Sam", stdout, StringComparison.Ordinal);

            var (jsonCode, json, _) = Run("timescales", "due", "--caseload", path, "--as-at", "2025-03-31", "--json");
            Assert.Equal(0, jsonCode);
            using var document = JsonDocument.Parse(json);
            var first = document.RootElement.GetProperty("items")[0];
            Assert.Equal("D", first.GetProperty("case_id").GetString());
            Assert.Equal("EHC-FINAL-PLAN", first.GetProperty("rule").GetString());
            Assert.Equal(-41, first.GetProperty("calendar_days_left").GetInt32());
            Assert.Equal("Elm", first.GetProperty("columns").GetProperty("school").GetString());

            var (csvCode, csv, _) = Run("timescales", "due", "--caseload", path, "--as-at", "2025-03-31", "--csv");
            Assert.Equal(0, csvCode);
            Assert.StartsWith("case_id,rule,due,status,calendar_days_left,working_days_left,days,citation,owner,school", csv, StringComparison.Ordinal);
            Assert.Contains("D,EHC-FINAL-PLAN,2025-02-18,overdue,-41,-29,", csv, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Due_BadWindow_ExitsTwoQuotingValue()
    {
        var (code, _, stderr) = Run("timescales", "due", "--caseload", "x.csv", "--within", "fortnight");
        Assert.Equal(2, code);
        Assert.Contains("'fortnight'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_LatestDraft_NamesTheChain()
    {
        var (code, stdout, stderr) = Run("timescales", "plan", "--request", "2025-01-13", "--json");
        Assert.True(code == 0, stderr);
        using var document = JsonDocument.Parse(stdout);
        var date = document.RootElement.GetProperty("dates")[0];
        Assert.Equal("2025-05-18", date.GetProperty("date").GetString());
        Assert.Equal("EHC-FINAL-PLAN", date.GetProperty("rules")[0].GetString());
        Assert.Equal("EHC-DRAFT-COMMENT", date.GetProperty("rules")[1].GetString());
    }
}

public sealed class TimescalesClockTests
{
    [Fact]
    public void Case_NoAsAt_UsesClockTodayInLondon()
    {
        // 2025-03-31T23:30Z is 00:30 BST on 1 April in London.
        var clock = new NodaTime.Testing.FakeClock(NodaTime.Instant.FromUtc(2025, 3, 31, 23, 30));
        var root = new System.CommandLine.RootCommand("test");
        root.Subcommands.Add(Send.Cli.Commands.TimescalesCommand.Create(clock));
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Send.sln")))
        {
            dir = dir.Parent;
        }

        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = root.Parse(new[] { "timescales", "case", Path.Combine(dir!.FullName, "templates/data/case.sample.json"), "--json" })
            .Invoke(new System.CommandLine.InvocationConfiguration { Output = output, Error = error });
        Assert.True(code == 0, error.ToString());
        using var document = JsonDocument.Parse(output.ToString());
        Assert.Equal("2025-04-01", document.RootElement.GetProperty("as_at").GetString());
    }
}
