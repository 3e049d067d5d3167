using System.CommandLine;
using Send.Cli.Commands.Kpi;

namespace Send.Cli.Commands;

/// <summary>The <c>send kpi</c> command: KPI tables with comparators, the KPI catalogue and LAIT benchmarking.</summary>
internal static class KpiCommand
{
    public static Command Create()
    {
        var command = new Command("kpi", "KPI tables with comparators, the KPI catalogue and LAIT benchmarking.\n\nExamples:\n  send kpi table templates/data/devon-strategic-kpis.json\n  send kpi catalogue --json\n  send kpi benchmark --la Devon --measure SEN_EHC_Excpt_20wks --year 2023");
        command.Subcommands.Add(KpiTableCommand.Create());
        command.Subcommands.Add(KpiCatalogueCommand.Create());
        command.Subcommands.Add(KpiBenchmarkCommand.Create());
        command.Subcommands.Add(KpiMeasuresCommand.Create());
        command.Subcommands.Add(KpiReportCommand.Create());
        return command;
    }
}
