using System.CommandLine;

namespace Send.Cli.Commands;

/// <summary>The <c>send timescales</c> command.</summary>
internal static class TimescalesCommand
{
    public static Command Create()
    {
        var command = new Command("timescales", "EHCP statutory deadlines: assessment, review, appeal, case and caseload.");
        command.SetAction(parseResult =>
        {
            parseResult.InvocationConfiguration.Error.WriteLine("send timescales: not implemented yet.");
            return Infrastructure.ExitCodes.DataError;
        });
        return command;
    }
}
