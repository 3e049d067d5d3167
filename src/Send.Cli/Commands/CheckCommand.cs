using System.CommandLine;

namespace Send.Cli.Commands;

/// <summary>The <c>send check</c> command.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var command = new Command("check", "Validate a template and its data without writing anything.");
        command.SetAction(parseResult =>
        {
            parseResult.InvocationConfiguration.Error.WriteLine("send check: not implemented yet.");
            return Infrastructure.ExitCodes.DataError;
        });
        return command;
    }
}
