using System.CommandLine;
using System.Linq;
using Send.Domain.Statutory;

namespace Send.Cli.Commands.Timescales;

/// <summary><c>send timescales rules</c>: the rule catalogue.</summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table." };
        var command = new Command("rules", "List the statutory rule catalogue: id, period, citation and source markers.\nExample: send timescales rules");
        command.Options.Add(json);
        command.SetAction(parseResult => TimescalesOutput.Run(parseResult, json, "rules", (output, error) =>
        {
            if (parseResult.GetValue(json))
            {
                TimescalesOutput.WriteJson(output, new RulesJson(
                    "rules",
                    StatutoryRules.All.Select(r => new RuleJson(
                        r.Id,
                        r.Title,
                        r.Citation.Text,
                        r.Citation.Markers.ToMarkerText(),
                        r.ClockStart,
                        r.Period.ToString(),
                        CountingConventions.IdOf(r.Convention),
                        r.MayRollOffNonWorkingDay,
                        r.Exceptions.Select(StatutoryExceptions.IdOf).ToArray(),
                        r.Notes)).ToArray()));
            }
            else
            {
                TimescalesOutput.WriteRows(output, new[] { "Rule", "Period", "Clock starts", "Citation" }, StatutoryRules.All.Select(r => new[] { r.Id, r.Period.ToString(), r.ClockStart, r.Citation.ToString() }).ToArray());
            }

            return Infrastructure.ExitCodes.Success;
        }));
        return command;
    }
}
