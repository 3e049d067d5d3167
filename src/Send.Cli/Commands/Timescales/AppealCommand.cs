using System.CommandLine;
using System.Linq;
using Send.Domain.Statutory;

namespace Send.Cli.Commands.Timescales;

/// <summary><c>send timescales appeal --decision-notice 2025-01-08 [--certificate 2025-01-31]</c>.</summary>
internal static class AppealCommand
{
    public static Command Create()
    {
        var notice = new Option<string>("--decision-notice") { Description = "Date the written decision notice was SENT (YYYY-MM-DD).", Required = true };
        var certificate = new Option<string>("--certificate") { Description = "Date a mediation certificate was ISSUED (YYYY-MM-DD), if any." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table." };
        var command = new Command("appeal", "The SEND Tribunal appeal deadline (HESC Rules r.20: later of notice + 2 months and certificate + 1 month; rolls off Christmas, August and non-working days) and the mediation contact deadline.\nExample: send timescales appeal --decision-notice 2025-01-08 --certificate 2025-01-31");
        command.Options.Add(notice);
        command.Options.Add(certificate);
        command.Options.Add(json);
        command.SetAction(parseResult => TimescalesOutput.Run(parseResult, json, "appeal", (output, error) =>
        {
            if (!DateArgument.TryParse(parseResult.GetValue(notice), "--decision-notice", error, out var sent)
                || !DateArgument.TryParseOptional(parseResult.GetValue(certificate), "--certificate", error, out var issued))
            {
                return Infrastructure.ExitCodes.UsageError;
            }

            if (issued is { } c && c < sent)
            {
                error.WriteLine($"send timescales appeal: --certificate: '{c:uuuu-MM-dd}' is before the decision notice {sent:uuuu-MM-dd}; expected a date on or after it.");
                return Infrastructure.ExitCodes.UsageError;
            }

            var engine = DeadlineEngine.EnglandAndWales;
            var deadlines = new[] { engine.Compute("MED-CONTACT", sent), engine.Appeal(sent, issued) };
            if (parseResult.GetValue(json))
            {
                TimescalesOutput.WriteJson(output, new AppealJson("appeal", sent, issued, deadlines.Select(d => TimescalesOutput.Json(d)).ToArray()));
            }
            else
            {
                TimescalesOutput.WriteTable(output, deadlines);
                TimescalesOutput.WriteNotes(output, deadlines);
                output.WriteLine(deadlines[1].Arithmetic);
            }

            return Infrastructure.ExitCodes.Success;
        }));
        return command;
    }
}
