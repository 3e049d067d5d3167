using System.CommandLine;
using NodaTime;
using Send.Cli.Commands.Timescales;

namespace Send.Cli.Commands;

/// <summary>The <c>send timescales</c> command: EHCP statutory deadlines for an assessment, a review, an appeal, a case file or a caseload.</summary>
internal static class TimescalesCommand
{
    public static Command Create() => Create(SystemClock.Instance);

    public static Command Create(IClock clock)
    {
        var command = new Command(
            "timescales",
            "EHCP statutory deadlines (SEND Regulations 2014): assessment, review, appeal, case and caseload.\n"
            + "Example: send timescales assessment --request 2025-01-13");
        command.Subcommands.Add(AssessmentCommand.Create());
        command.Subcommands.Add(ReviewCommand.Create());
        command.Subcommands.Add(AppealCommand.Create());
        command.Subcommands.Add(CaseCommand.Create(clock));
        command.Subcommands.Add(CaseloadCommand.Create(clock));
        command.Subcommands.Add(RulesCommand.Create());
        return command;
    }
}
