using System.CommandLine;
using System.IO;
using System.Linq;
using Send.Cli.Infrastructure;

namespace Send.Cli.Commands.Kpi;

/// <summary><c>send kpi catalogue</c>: lists the KPI definitions (built-in, plus a council's own file).</summary>
internal static class KpiCatalogueCommand
{
    public static Command Create()
    {
        var command = new Command("catalogue", "List the KPI definitions: id, unit, period type, polarity, decimals and source.\n\nExamples:\n  send kpi catalogue\n  send kpi catalogue --definitions council-kpis.json --json");
        var json = new Option<bool>("--json") { Description = "Write JSON (snake_case) instead of a text table." };
        var definitions = new Option<FileInfo?>("--definitions") { Description = "A council's own KPI definitions (docs/schemas/kpi-definitions.schema.json) to add to the built-in ones." };
        command.Options.Add(json);
        command.Options.Add(definitions);
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var catalogue = KpiCommandSupport.Catalogue(parseResult.GetValue(definitions));
            if (parseResult.GetValue(json))
            {
                output.WriteLine(CliJson.Serialize(new KpiCatalogueJson(
                    catalogue.Definitions.Select(d => new KpiDefinitionJson(
                        d.Id,
                        d.Title,
                        d.Unit,
                        d.PeriodType,
                        d.Polarity,
                        d.Source,
                        d.DisplayDecimals,
                        d.IsLocal,
                        d.LaitMeasure,
                        d.Notes)))));
                return ExitCodes.Success;
            }

            var rows = catalogue.Definitions.Select(d => new[]
            {
                d.Id + (d.IsLocal ? " [L]" : string.Empty),
                d.Unit.ToString(),
                d.PeriodType.ToString(),
                d.Polarity.ToString(),
                d.DisplayDecimals.ToString(System.Globalization.CultureInfo.InvariantCulture),
                d.LaitMeasure ?? string.Empty,
                d.Title,
            }).ToList();
            TextTable.Write(output, new[] { "Id", "Unit", "Period", "Polarity", "dp", "LAIT", "Title" }, rows);
            return ExitCodes.Success;
        });
        return command;
    }
}
