using System.CommandLine;

namespace Send.Cli.Commands;

/// <summary>The <c>send finance</c> command.</summary>
internal static class FinanceCommand
{
    public static Command Create()
    {
        var command = new Command("finance", "DSG deficit roll-forward and reconciliation, savings programmes and cost models.");
        command.SetAction(parseResult =>
        {
            parseResult.InvocationConfiguration.Error.WriteLine("send finance: not implemented yet.");
            return Infrastructure.ExitCodes.DataError;
        });
        return command;
    }
}
