using System.CommandLine;
using System.Linq;
using NodaTime;
using Send.Data.Statutory;
using Send.Domain.Statutory;

namespace Send.Cli.Commands.Timescales;

/// <summary><c>send timescales case case.json [--as-at 2025-03-31]</c>.</summary>
internal static class CaseCommand
{
    public static Command Create(IClock clock)
    {
        var file = new Argument<string>("case-file") { Description = "The case JSON file (schema: docs/schemas/ehc-case.schema.json)." };
        var asAt = new Option<string>("--as-at") { Description = "Evaluate as at this date (YYYY-MM-DD); default today in Europe/London." };
        var day1 = new Option<bool>("--day1-reading") { Description = "Read the receipt date as day 1 (CNT-DAY1-VARIANT; off by default)." };
        var anchor = new Option<string>("--review-anchor") { Description = "What starts the next review period: meeting (default) or decision." };
        var pause = new Option<bool>("--pause-clock") { Description = "NON-STATUTORY local practice: also show a target date extended by invoked exceptions. Statutory dates never move." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table." };
        var explain = new Option<bool>("--explain") { Description = "Print the full explanation of every deadline." };
        var command = new Command("case", "Every deadline of one case with exceptions: due, met on time, met late, overdue, disapplied.\nExample: send timescales case templates/data/case.sample.json --as-at 2025-03-31");
        command.Arguments.Add(file);
        foreach (var option in new Option[] { asAt, day1, anchor, pause, json, explain })
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult => TimescalesOutput.Run(parseResult, json, "case", (output, error) =>
        {
            if (!DateArgument.TryParseOptional(parseResult.GetValue(asAt), "--as-at", error, out var given))
            {
                return Infrastructure.ExitCodes.UsageError;
            }

            var anchorText = parseResult.GetValue(anchor);
            if (anchorText is not null and not ("meeting" or "decision"))
            {
                error.WriteLine($"send timescales case: --review-anchor: '{anchorText}' is not allowed; expected meeting or decision.");
                return Infrastructure.ExitCodes.UsageError;
            }

            var date = given ?? DeadlineEngine.LondonToday(clock);
            var options = TimescaleOptions.Default with
            {
                Day1Reading = parseResult.GetValue(day1),
                ReviewAnchor = anchorText == "decision" ? ReviewAnchor.DecisionDate : ReviewAnchor.MeetingDate,
                PauseClockForExceptions = parseResult.GetValue(pause),
            };
            var ehcCase = CaseFile.Load(parseResult.GetValue(file)!);
            var timeline = DeadlineEngine.EnglandAndWales.Evaluate(ehcCase, date, options);
            var planning = DeadlineEngine.EnglandAndWales.Plan(ehcCase, date, options);
            if (parseResult.GetValue(json))
            {
                TimescalesOutput.WriteJson(output, new CaseJson(
                    "case",
                    timeline.CaseId,
                    timeline.AsAt,
                    options.PauseClockForExceptions,
                    timeline.Deadlines.GroupBy(d => TimescalesOutput.Snake(d.Status.ToString())).ToDictionary(g => g.Key, g => g.Count()),
                    timeline.Deadlines.Select(d => TimescalesOutput.Json(d, timeline.CaseId)).ToArray(),
                    planning.Select(TimescalesOutput.Json).ToArray()));
            }
            else
            {
                output.WriteLine($"Case {timeline.CaseId} as at {timeline.AsAt:uuuu-MM-dd}");
                TimescalesOutput.WriteTable(output, timeline.Deadlines);
                var overdue = timeline.Overdue.Count();
                output.WriteLine($"{overdue} overdue, {timeline.Pending.Count()} pending, {timeline.MetLate.Count()} met late, {timeline.Deadlines.Count(d => d.Status == DeadlineStatus.Disapplied)} disapplied.");
                if (planning.Count > 0)
                {
                    output.WriteLine();
                    TimescalesOutput.WriteDerived(output, planning);
                }
                if (parseResult.GetValue(explain))
                {
                    foreach (var d in timeline.Deadlines)
                    {
                        output.WriteLine();
                        output.Write(d.Explain());
                    }
                }
            }

            return Infrastructure.ExitCodes.Success;
        }));
        return command;
    }
}
