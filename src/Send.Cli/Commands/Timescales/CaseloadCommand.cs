using System.CommandLine;
using System.Globalization;
using System.Linq;
using NodaTime;
using Send.Data.Statutory;
using Send.Domain.Statutory;

namespace Send.Cli.Commands.Timescales;

/// <summary><c>send timescales caseload cases.csv [--as-at 2025-03-31]</c>.</summary>
internal static class CaseloadCommand
{
    public static Command Create(IClock clock)
    {
        var file = new Argument<string>("caseload-file") { Description = "The caseload CSV file (columns: see docs/statutory-timescales.md)." };
        var asAt = new Option<string>("--as-at") { Description = "Evaluate as at this date (YYYY-MM-DD); default today in Europe/London." };
        var day1 = new Option<bool>("--day1-reading") { Description = "Read the receipt date as day 1 (CNT-DAY1-VARIANT; off by default)." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object (deadlines, analytics, SEN2 timeliness) instead of tables." };
        var command = new Command("caseload", "Caseload analytics as at a date: overdue annual reviews, open assessments by weeks since request, plans issued per month, requests year on year, SEN2 20-week timeliness.\nExample: send timescales caseload templates/data/caseload.sample.csv --as-at 2025-03-31");
        command.Arguments.Add(file);
        command.Options.Add(asAt);
        command.Options.Add(day1);
        command.Options.Add(json);
        command.SetAction(parseResult => TimescalesOutput.Run(parseResult, json, "caseload", (output, error) =>
        {
            if (!DateArgument.TryParseOptional(parseResult.GetValue(asAt), "--as-at", error, out var given))
            {
                return Infrastructure.ExitCodes.UsageError;
            }

            var date = given ?? DeadlineEngine.LondonToday(clock);
            var options = TimescaleOptions.Default with { Day1Reading = parseResult.GetValue(day1) };
            var records = CaseloadCsv.Load(parseResult.GetValue(file)!);
            var summary = CaseloadAnalytics.Summarise(records, date, options);
            var deadlines = CaseloadAnalytics.Deadlines(records, date, options);
            var notEvaluated = CaseloadAnalytics.NotEvaluated(records);

            if (parseResult.GetValue(json))
            {
                TimescalesOutput.WriteJson(output, new CaseloadJson(
                    "caseload",
                    date,
                    summary.CaseCount,
                    new OverdueReviewsJson(summary.OverdueAnnualReviews.Count, summary.OverdueAnnualReviews),
                    summary.OpenAssessments,
                    summary.PlansIssuedPerMonth.Select(m => new MonthCountJson(m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), m.Count)).ToArray(),
                    summary.RequestsByYear,
                    summary.Timeliness.Select(t => new Sen2TimelinessJson(t.Year, TimelinessFigureJson.From(t.IncludingExceptions), TimelinessFigureJson.From(t.ExcludingExceptions))).ToArray(),
                    notEvaluated,
                    deadlines.Select(p => TimescalesOutput.Json(p.Deadline, p.CaseId)).ToArray()));
                return Infrastructure.ExitCodes.Success;
            }

            output.WriteLine($"Caseload as at {date:uuuu-MM-dd}: {summary.CaseCount} cases");
            output.WriteLine();
            output.WriteLine($"Overdue annual reviews: {summary.OverdueAnnualReviews.Count}");
            TimescalesOutput.WriteRows(output, new[] { "Case", "Review due", "Overdue by" }, summary.OverdueAnnualReviews.Select(o => new[] { o.CaseId, o.ReviewDue.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), TimescalesOutput.Days(o.DaysOverdue) }).ToArray());
            output.WriteLine();
            output.WriteLine("Open assessments by completed weeks since request");
            TimescalesOutput.WriteRows(output, new[] { "Weeks", "Open" }, summary.OpenAssessments.Select(b => new[] { b.Label, b.Count.ToString(CultureInfo.InvariantCulture) }).ToArray());
            output.WriteLine();
            output.WriteLine("Final plans issued per month");
            TimescalesOutput.WriteRows(output, new[] { "Month", "Plans" }, summary.PlansIssuedPerMonth.Select(m => new[] { m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture), m.Count.ToString(CultureInfo.InvariantCulture) }).ToArray());
            output.WriteLine();
            output.WriteLine("Requests for assessment by calendar year");
            TimescalesOutput.WriteRows(output, new[] { "Year", "Requests", "Growth" }, summary.RequestsByYear.Select(y => new[] { y.Year.ToString(CultureInfo.InvariantCulture), y.Count.ToString(CultureInfo.InvariantCulture), y.GrowthPercent is decimal g ? g.ToString("0.00", CultureInfo.InvariantCulture) + "%" : "n/a" }).ToArray());
            output.WriteLine();
            output.WriteLine("SEN2: new plans issued within 20 weeks, by calendar year of issue");
            TimescalesOutput.WriteRows(output, new[] { "Year", "Incl. exceptions", "n/N", "Excl. exceptions", "n/N" }, summary.Timeliness.Select(t => new[]
            {
                t.Year.ToString(CultureInfo.InvariantCulture),
                TimescalesOutput.Percent(t.IncludingExceptions), $"{t.IncludingExceptions.Numerator}/{t.IncludingExceptions.Denominator}",
                TimescalesOutput.Percent(t.ExcludingExceptions), $"{t.ExcludingExceptions.Numerator}/{t.ExcludingExceptions.Denominator}",
            }).ToArray());
            output.WriteLine();
            output.WriteLine("Overdue deadlines");
            var caseOf = new System.Collections.Generic.Dictionary<StatutoryDeadline, string>(System.Collections.Generic.ReferenceEqualityComparer.Instance);
            foreach (var (caseId, deadline) in deadlines)
            {
                caseOf[deadline] = caseId;
            }

            TimescalesOutput.WriteTable(output, deadlines.Where(p => p.Deadline.Status == DeadlineStatus.Overdue).Select(p => p.Deadline), withCase: true, caseOf: d => caseOf[d]);
            foreach (var note in notEvaluated)
            {
                output.WriteLine("Not evaluated: " + note);
            }
            return Infrastructure.ExitCodes.Success;
        }));
        return command;
    }
}
