using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;
using NodaTime.Text;
using Send.Data.Statutory;
using Send.Domain.Statutory;

namespace Send.Cli.Commands.Timescales;

/// <summary><c>send timescales due --caseload cases.csv [--within 10wd|4w] [--as-at D] [--owner column] [--json|--csv]</c>: the caseworker's work-list.</summary>
internal static class DueCommand
{
    public static Command Create(IClock clock)
    {
        var caseload = new Option<string>("--caseload") { Description = "The caseload CSV file (columns: see docs/statutory-timescales.md; other columns such as owner, school, phase are carried through).", Required = true };
        var within = new Option<string>("--within") { Description = "How far ahead to look: 10wd (working days, the default), 4w (weeks) or 14d (calendar days)." };
        var asAt = new Option<string>("--as-at") { Description = "The as-at date (YYYY-MM-DD); default today in Europe/London." };
        var owner = new Option<string>("--owner") { Description = "The caseload column that names each case's owner (for example owner or caseworker)." };
        var day1 = new Option<bool>("--day1-reading") { Description = "Read the receipt date as day 1 (CNT-DAY1-VARIANT; off by default)." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table." };
        var csv = new Option<bool>("--csv") { Description = "Print CSV (one row per item, the case's own columns last) instead of a table." };
        var command = new Command("due", "The caseworker's work-list: every case's deadlines due within the window and those already overdue, by date, with the rule, the law and the days left.\nExample: send timescales due --caseload templates/data/caseload.sample.csv --within 4w --as-at 2025-03-31 --owner owner");
        foreach (var option in new Option[] { caseload, within, asAt, owner, day1, json, csv })
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult => TimescalesOutput.Run(parseResult, json, "due", (output, error) =>
        {
            if (parseResult.GetValue(json) && parseResult.GetValue(csv))
            {
                error.WriteLine("send timescales due: --json and --csv: choose one output format.");
                return Infrastructure.ExitCodes.UsageError;
            }

            var windowText = parseResult.GetValue(within) ?? "10wd";
            if (!DueWindow.TryParse(windowText, out var window))
            {
                error.WriteLine($"send timescales due: --within: '{windowText}' is not a window; expected working days, weeks or days such as 10wd, 4w or 14d (0 to 520).");
                return Infrastructure.ExitCodes.UsageError;
            }

            if (!DateArgument.TryParseOptional(parseResult.GetValue(asAt), "--as-at", error, out var given))
            {
                return Infrastructure.ExitCodes.UsageError;
            }

            var date = given ?? DeadlineEngine.LondonToday(clock);
            var path = parseResult.GetValue(caseload)!;
            var records = CaseloadCsv.Load(path);
            var ownerColumn = parseResult.GetValue(owner);
            if (ownerColumn is not null && records.Count > 0 && !records[0].OtherColumns.ContainsKey(ownerColumn))
            {
                error.WriteLine($"send timescales due: --owner: '{ownerColumn}' is not a column of {path}; expected one of: {string.Join(", ", records[0].OtherColumns.Keys.DefaultIfEmpty("(the file has no other columns)"))}.");
                return Infrastructure.ExitCodes.UsageError;
            }

            var options = TimescaleOptions.Default with { Day1Reading = parseResult.GetValue(day1) };
            var list = CaseloadAnalytics.WorkList(records, date, window, ownerColumn, options);
            var others = records.Count == 0 ? new List<string>() : records[0].OtherColumns.Keys.Where(k => k != ownerColumn).ToList();
            if (parseResult.GetValue(json))
            {
                TimescalesOutput.WriteJson(output, new DueJson(
                    "due",
                    list.AsAt,
                    list.Window.ToString(),
                    list.WindowEnd,
                    list.OwnerColumn,
                    list.Items.Count(i => i.IsOverdue),
                    list.Items.Count(i => !i.IsOverdue),
                    list.NotEvaluated,
                    list.Items.Select(i => new DueItemJson(
                        i.CaseId,
                        i.Owner,
                        i.Deadline.RuleId,
                        i.Deadline.Rule.Title,
                        i.Deadline.Citation.ToString(),
                        i.Deadline.Due,
                        TimescalesOutput.Snake(i.Deadline.Status.ToString()),
                        i.CalendarDaysLeft,
                        i.WorkingDaysLeft,
                        i.DaysText,
                        TimescalesOutput.FlagNames(i.Deadline.Flags),
                        i.Deadline.Arithmetic,
                        i.Columns)).ToArray()));
                return Infrastructure.ExitCodes.Success;
            }

            if (parseResult.GetValue(csv))
            {
                WriteCsv(output, list, others);
                return Infrastructure.ExitCodes.Success;
            }

            var overdue = list.Items.Count(i => i.IsOverdue);
            output.WriteLine($"Work-list as at {list.AsAt:uuuu-MM-dd}: {overdue} overdue, {list.Items.Count - overdue} due by {list.WindowEnd:uuuu-MM-dd} (within {list.Window})");
            var header = new List<string> { "Case" };
            if (ownerColumn is not null)
            {
                header.Add(ownerColumn);
            }

            header.AddRange(new[] { "Rule", "Due", "Days" });
            header.AddRange(others);
            header.Add("Citation");
            TimescalesOutput.WriteRows(output, header.ToArray(), list.Items.Select(i =>
            {
                var cells = new List<string> { i.CaseId };
                if (ownerColumn is not null)
                {
                    cells.Add(i.Owner ?? string.Empty);
                }

                cells.AddRange(new[] { i.Deadline.RuleId, LocalDatePattern.Iso.Format(i.Deadline.Due) + " " + i.Deadline.Due.DayOfWeek.ToString().Substring(0, 3), i.DaysText });
                cells.AddRange(others.Select(o => i.Columns.TryGetValue(o, out var v) ? v : string.Empty));
                cells.Add(i.Deadline.Citation.Text);
                return cells.ToArray();
            }).ToArray());
            foreach (var note in list.NotEvaluated)
            {
                output.WriteLine("Not evaluated: " + note);
            }

            return Infrastructure.ExitCodes.Success;
        }));
        return command;
    }

    private static void WriteCsv(TextWriter output, WorkList list, IReadOnlyList<string> others)
    {
        var header = new List<string> { "case_id" };
        if (list.OwnerColumn is not null)
        {
            header.Add(list.OwnerColumn);
        }

        header.AddRange(new[] { "rule", "due", "status", "calendar_days_left", "working_days_left", "days", "citation" });
        header.AddRange(others);
        output.WriteLine(string.Join(",", header.Select(Field)));
        foreach (var i in list.Items)
        {
            var cells = new List<string> { i.CaseId };
            if (list.OwnerColumn is not null)
            {
                cells.Add(i.Owner ?? string.Empty);
            }

            cells.AddRange(new[]
            {
                i.Deadline.RuleId, LocalDatePattern.Iso.Format(i.Deadline.Due), TimescalesOutput.Snake(i.Deadline.Status.ToString()),
                i.CalendarDaysLeft.ToString(CultureInfo.InvariantCulture), i.WorkingDaysLeft.ToString(CultureInfo.InvariantCulture), i.DaysText, i.Deadline.Citation.Text,
            });
            cells.AddRange(others.Select(o => i.Columns.TryGetValue(o, out var v) ? v : string.Empty));
            output.WriteLine(string.Join(",", cells.Select(Field)));
        }
    }

    /// <summary>An RFC 4180 field; text that a spreadsheet would read as a formula gets a leading apostrophe.</summary>
    private static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '@' or '\t' or '\r' || (value.Length > 1 && value[0] == '-' && !char.IsDigit(value[1])))
        {
            value = "'" + value;
        }

        if (value.IndexOfAny(new[] { ',', '"', '\n', '\r' }) < 0)
        {
            return value;
        }

        var quoted = new StringBuilder("\"");
        quoted.Append(value.Replace("\"", "\"\"", System.StringComparison.Ordinal)).Append('"');
        return quoted.ToString();
    }
}
