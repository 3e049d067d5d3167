using System.CommandLine;
using Send.Cli.Commands.Finance;

namespace Send.Cli.Commands;

/// <summary>The <c>send finance</c> command: DSG deficit tables, savings programmes and high needs cost models.</summary>
internal static class FinanceCommand
{
    public static Command Create()
    {
        var command = new Command(
            "finance",
            "DSG deficit roll-forward and reconciliation, savings programmes and cost models.\n"
            + "Examples:\n"
            + "  send finance deficit templates/data/wiltshire-deficit.json\n"
            + "  send finance savings templates/data/devon-savings.json --json\n"
            + "  send finance cost-model templates/data/devon-cost-model.json");
        command.Subcommands.Add(DeficitCommand.Create());
        command.Subcommands.Add(SavingsCommand.Create());
        command.Subcommands.Add(CostModelCommand.Create());
        command.SetAction(parseResult =>
        {
            parseResult.InvocationConfiguration.Error.WriteLine("send finance: choose a subcommand: deficit, savings or cost-model (see 'send finance --help').");
            return Infrastructure.ExitCodes.UsageError;
        });
        return command;
    }
}
