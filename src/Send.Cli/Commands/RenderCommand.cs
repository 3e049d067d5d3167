using System.CommandLine;

namespace Send.Cli.Commands;

/// <summary>The <c>send render</c> command.</summary>
internal static class RenderCommand
{
    public static Command Create()
    {
        var command = new Command("render", "Render report templates to Word (.docx) in a council's house style.");
        command.SetAction(parseResult =>
        {
            parseResult.InvocationConfiguration.Error.WriteLine("send render: not implemented yet.");
            return Infrastructure.ExitCodes.DataError;
        });
        return command;
    }
}
