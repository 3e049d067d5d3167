using System.CommandLine;

namespace Send.Cli.Commands;

/// <summary>The <c>send kpi</c> command.</summary>
internal static class KpiCommand
{
    public static Command Create()
    {
        var command = new Command("kpi", "KPI tables with comparators, the KPI catalogue and LAIT benchmarking.");
        command.SetAction(parseResult =>
        {
            parseResult.InvocationConfiguration.Error.WriteLine("send kpi: not implemented yet.");
            return Infrastructure.ExitCodes.DataError;
        });
        return command;
    }
}
