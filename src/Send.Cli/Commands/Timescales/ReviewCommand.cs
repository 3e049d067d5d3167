using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using Send.Domain.Statutory;

namespace Send.Cli.Commands.Timescales;

/// <summary><c>send timescales review --plan-issued 2024-02-29 [--meeting 2025-02-11] [--phase-transfer school --transfer-year 2026]</c>.</summary>
internal static class ReviewCommand
{
    public static Command Create()
    {
        var plan = new Option<string>("--plan-issued") { Description = "Date the final plan was issued, or the last review (YYYY-MM-DD).", Required = true };
        var meeting = new Option<string>("--meeting") { Description = "Date of the review meeting (YYYY-MM-DD), for the steps around it." };
        var decision = new Option<string>("--decision") { Description = "Date of the council's decision after the review; used for the next review with --review-anchor decision." };
        var anchor = new Option<string>("--review-anchor") { Description = "What starts the next 12-month period (EHC-AR-NEXT, [U]): meeting (default) or decision." };
        var phase = new Option<string>("--phase-transfer") { Description = "A phase transfer: school (before 15 Feb) or post16 (before 31 Mar); needs --transfer-year." };
        var year = new Option<int?>("--transfer-year") { Description = "Calendar year of the phase transfer, for example 2026." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table." };
        var command = new Command("review", "Annual review deadlines from the plan date (and a meeting), and the phase-transfer deadline when asked.\nExample: send timescales review --plan-issued 2024-02-29 --meeting 2025-02-11 --phase-transfer school --transfer-year 2026");
        foreach (var option in new Option[] { plan, meeting, decision, anchor, phase, year, json })
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult => TimescalesOutput.Run(parseResult, json, "review", (output, error) =>
        {
            if (!DateArgument.TryParse(parseResult.GetValue(plan), "--plan-issued", error, out var issued)
                || !DateArgument.TryParseOptional(parseResult.GetValue(meeting), "--meeting", error, out var held)
                || !DateArgument.TryParseOptional(parseResult.GetValue(decision), "--decision", error, out var decided))
            {
                return Infrastructure.ExitCodes.UsageError;
            }

            var anchorText = parseResult.GetValue(anchor);
            if (anchorText is not null and not ("meeting" or "decision"))
            {
                error.WriteLine($"send timescales review: --review-anchor: '{anchorText}' is not allowed; expected meeting or decision.");
                return Infrastructure.ExitCodes.UsageError;
            }

            var options = TimescaleOptions.Default with { ReviewAnchor = anchorText == "decision" ? ReviewAnchor.DecisionDate : ReviewAnchor.MeetingDate };
            var deadlines = new List<StatutoryDeadline>(DeadlineEngine.EnglandAndWales.Review(issued, held, decided, options));
            var phaseText = parseResult.GetValue(phase);
            var transferYear = parseResult.GetValue(year);
            if (phaseText is not null)
            {
                if (phaseText is not ("school" or "post16"))
                {
                    error.WriteLine($"send timescales review: --phase-transfer: '{phaseText}' is not allowed; expected school or post16.");
                    return Infrastructure.ExitCodes.UsageError;
                }

                if (transferYear is not int y || y < SupportedDates.First.Year || y > SupportedDates.Last.Year)
                {
                    error.WriteLine($"send timescales review: --transfer-year: '{transferYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(missing)"}' is needed with --phase-transfer; expected a calendar year from {SupportedDates.First.Year} to {SupportedDates.Last.Year}, such as 2026.");
                    return Infrastructure.ExitCodes.UsageError;
                }

                deadlines.Add(DeadlineEngine.EnglandAndWales.PhaseTransfer(phaseText == "school" ? PhaseTransferKind.School : PhaseTransferKind.PostSixteen, y));
            }

            if (parseResult.GetValue(json))
            {
                TimescalesOutput.WriteJson(output, new ReviewJson("review", issued, held, TimescalesOutput.Snake(options.ReviewAnchor.ToString()), deadlines.Select(d => TimescalesOutput.Json(d)).ToArray()));
            }
            else
            {
                output.WriteLine($"EHC plan review: plan issued (or last reviewed) {issued:uuuu-MM-dd}" + (held is null ? string.Empty : $", meeting {held:uuuu-MM-dd}"));
                TimescalesOutput.WriteTable(output, deadlines);
                TimescalesOutput.WriteNotes(output, deadlines);
                var first = deadlines.First(d => d.RuleId == "EHC-AR-FIRST");
                output.WriteLine((first.Flags & DeadlineFlags.ClampedToMonthEnd) != 0
                    ? $"The 12-month period starting {issued:uuuu-MM-dd} has no corresponding date, so it ends on the last day of the month, {first.Due:uuuu-MM-dd} (CNT-LEAP)."
                    : $"The review period ends the day before the anniversary ({first.Due:uuuu-MM-dd}); the anniversary {issued.PlusYears(1):uuuu-MM-dd} is shown for information only.");
            }

            return Infrastructure.ExitCodes.Success;
        }));
        return command;
    }
}
