using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Send.Data.Statutory;
using Send.Domain.Statutory;

namespace Send.Benchmarks.Statutory;

/// <summary>
/// The caseworker's work-list (<c>send timescales due</c>) and the large inputs of issue #12 (80,000-row caseload,
/// 16,000-event case). Targets: 100,000 cases in under 1 s (issue #16); every path linear.
/// </summary>
[MemoryDiagnoser]
public class WorkListBenchmarks
{
    private CaseloadRecord[] cases = Array.Empty<CaseloadRecord>();
    private string caseloadCsv = string.Empty;
    private string caseJson = string.Empty;
    private EhcCase longCase = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20250331);
        var start = new LocalDate(2019, 1, 1);
        var owners = new[] { "Sam", "Jo", "Ali", "Kim" };
        cases = new CaseloadRecord[100_000];
        var csv = new StringBuilder("case_id,request_received,decision_to_assess,decision_not_to_assess,no_plan_decision,final_issued,last_review_meeting,ceased,exception_applies,owner\n");
        for (var i = 0; i < cases.Length; i++)
        {
            var request = start.PlusDays(random.Next(0, 2280));
            LocalDate? decision = random.Next(10) < 9 ? request.PlusDays(random.Next(20, 50)) : null;
            LocalDate? final = decision is not null && random.Next(10) < 8 ? request.PlusDays(random.Next(100, 200)) : null;
            LocalDate? review = final is LocalDate f && random.Next(10) < 6 ? f.PlusDays(random.Next(300, 400)) : null;
            var owner = owners[i % owners.Length];
            cases[i] = new CaseloadRecord("C" + i.ToString(CultureInfo.InvariantCulture))
            {
                RequestReceived = request,
                DecisionToAssess = decision,
                FinalIssued = final,
                LastReviewMeeting = review,
                OtherColumns = new Dictionary<string, string> { ["owner"] = owner },
            };
            if (i < 80_000)
            {
                csv.Append('C').Append(i).Append(',').Append(Iso(request)).Append(',').Append(Iso(decision)).Append(",,,").Append(Iso(final)).Append(',').Append(Iso(review)).Append(",,false,").Append(owner).Append('\n');
            }
        }

        caseloadCsv = csv.ToString();
        var events = new List<string> { "{ \"kind\": \"final_issued\", \"date\": \"2015-01-05\" }" };
        var meeting = new LocalDate(2015, 1, 5);
        for (var i = 0; i < 16_000; i++)
        {
            meeting = meeting.PlusDays(1);
            events.Add($"{{ \"kind\": \"{(i % 2 == 0 ? "review_meeting" : "review_decision")}\", \"date\": \"{Iso(meeting)}\" }}");
        }

        caseJson = "{ \"id\": \"LONG\", \"events\": [" + string.Join(",", events) + "] }";
        longCase = CaseFile.Parse(caseJson, "long.json");
    }

    [Benchmark(Description = "work-list: 100k cases, 10 working days (CaseloadAnalytics.WorkList)")]
    public int WorkList100k() => CaseloadAnalytics.WorkList(cases, new LocalDate(2025, 3, 31), DueWindow.WorkingDays(10), "owner").Items.Count;

    [Benchmark(Description = "caseload CSV: read 80k rows (CaseloadCsv.TryParse)")]
    public int ReadCaseload80k() => CaseloadCsv.TryParse(caseloadCsv, "c.csv", out _).Count;

    [Benchmark(Description = "case: evaluate 16k events (DeadlineEngine.Evaluate)")]
    public int EvaluateLongCase() => DeadlineEngine.EnglandAndWales.Evaluate(longCase, new LocalDate(2060, 1, 1)).Deadlines.Count;

    private static string Iso(LocalDate? date) => date is LocalDate d ? d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : string.Empty;
}
