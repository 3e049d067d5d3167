using System.CommandLine;
using System.Linq;
using Send.Domain.Statutory;

namespace Send.Cli.Commands.Timescales;

/// <summary><c>send timescales assessment --request 2025-01-13</c>.</summary>
internal static class AssessmentCommand
{
    public static Command Create()
    {
        var request = new Option<string>("--request") { Description = "Date the council received the request for an EHC needs assessment (YYYY-MM-DD).", Required = true };
        var day1 = new Option<bool>("--day1-reading") { Description = "Read the receipt date as day 1 (CNT-DAY1-VARIANT; off by default): every date one day earlier." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table." };
        var command = new Command("assessment", "The new-assessment deadlines: 6-week decision, 16-week no-plan decision, latest draft (planning) and 20-week final plan.\nExample: send timescales assessment --request 2025-01-13");
        command.Options.Add(request);
        command.Options.Add(day1);
        command.Options.Add(json);
        command.SetAction(parseResult => TimescalesOutput.Run(parseResult, json, "assessment", (output, error) =>
        {
            if (!DateArgument.TryParse(parseResult.GetValue(request), "--request", error, out var received))
            {
                return Infrastructure.ExitCodes.UsageError;
            }

            var options = TimescaleOptions.Default with { Day1Reading = parseResult.GetValue(day1) };
            var deadlines = DeadlineEngine.EnglandAndWales.Assessment(received, options);
            if (parseResult.GetValue(json))
            {
                TimescalesOutput.WriteJson(output, new AssessmentJson("assessment", received, options.Day1Reading, deadlines.Select(d => TimescalesOutput.Json(d)).ToArray()));
            }
            else
            {
                output.WriteLine($"EHC needs assessment: request received {received:uuuu-MM-dd}");
                TimescalesOutput.WriteTable(output, deadlines);
                TimescalesOutput.WriteNotes(output, deadlines);
            }

            return Infrastructure.ExitCodes.Success;
        }));
        return command;
    }
}
