using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using Send.Domain.Statutory;

namespace Send.Cli.Commands.Timescales;

/// <summary><c>send timescales plan --request 2025-01-13</c>: planning backwards, the dates the law implies.</summary>
internal static class PlanCommand
{
    public static Command Create()
    {
        var request = new Option<string>("--request") { Description = "Date the request was received: gives the latest day to serve the draft (PLAN-DRAFT-LATEST)." };
        var draft = new Option<string>("--draft-served") { Description = "Date the draft was served: gives the earliest day for the final plan (PLAN-FINAL-EARLIEST)." };
        var review = new Option<string>("--plan-or-review") { Description = "Plan date or last review: gives the latest review meeting (PLAN-REVIEW-MEETING-LATEST) and the under-5s window (PLAN-UNDER5-WINDOW)." };
        var next = new Option<bool>("--after-review") { Description = "--plan-or-review is a review date (EHC-AR-NEXT), not the plan date (EHC-AR-FIRST)." };
        var phase = new Option<string>("--phase-transfer") { Description = "school or post16: gives the latest day to serve amendments (PLAN-PHASE-AMEND-LATEST); needs --transfer-year." };
        var year = new Option<int?>("--transfer-year") { Description = "Calendar year of the phase transfer, for example 2026." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table." };
        var command = new Command("plan", "Planning backwards: the latest day to act and still meet a deadline, and the other dates the law implies, each naming the rules it chains.\nExample: send timescales plan --request 2025-01-13 --phase-transfer school --transfer-year 2026");
        foreach (var option in new Option[] { request, draft, review, next, phase, year, json })
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult => TimescalesOutput.Run(parseResult, json, "plan", (output, error) =>
        {
            if (!DateArgument.TryParseOptional(parseResult.GetValue(request), "--request", error, out var received)
                || !DateArgument.TryParseOptional(parseResult.GetValue(draft), "--draft-served", error, out var served)
                || !DateArgument.TryParseOptional(parseResult.GetValue(review), "--plan-or-review", error, out var anchor))
            {
                return Infrastructure.ExitCodes.UsageError;
            }

            var engine = DeadlineEngine.EnglandAndWales;
            var dates = new List<DerivedDate>();
            if (received is { } r)
            {
                dates.Add(engine.LatestDraft(r));
            }

            if (served is { } d)
            {
                dates.Add(engine.EarliestFinalAfterDraft(d));
            }

            if (anchor is { } a)
            {
                dates.Add(engine.LatestReviewMeeting(a, !parseResult.GetValue(next)));
                dates.Add(engine.UnderFiveWindowStart(a));
            }

            var phaseText = parseResult.GetValue(phase);
            if (phaseText is not null)
            {
                var y = parseResult.GetValue(year);
                if (phaseText is not ("school" or "post16") || y is not int transferYear || transferYear < SupportedDates.First.Year || transferYear > SupportedDates.Last.Year)
                {
                    error.WriteLine($"send timescales plan: --phase-transfer '{phaseText}' --transfer-year '{y?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(missing)"}': expected school or post16 with a year from {SupportedDates.First.Year} to {SupportedDates.Last.Year}.");
                    return Infrastructure.ExitCodes.UsageError;
                }

                dates.Add(engine.LatestAmendmentNotice(phaseText == "school" ? PhaseTransferKind.School : PhaseTransferKind.PostSixteen, transferYear));
            }

            if (dates.Count == 0)
            {
                error.WriteLine("send timescales plan: give at least one of --request, --draft-served, --plan-or-review or --phase-transfer with --transfer-year.");
                return Infrastructure.ExitCodes.UsageError;
            }

            dates.Sort((x, y) => x.Date.CompareTo(y.Date));
            if (parseResult.GetValue(json))
            {
                TimescalesOutput.WriteJson(output, new PlanJson("plan", dates.Select(TimescalesOutput.Json).ToArray()));
            }
            else
            {
                TimescalesOutput.WriteDerived(output, dates);
            }

            return Infrastructure.ExitCodes.Success;
        }));
        return command;
    }
}
