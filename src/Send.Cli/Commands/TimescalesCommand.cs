using System.CommandLine;
using NodaTime;
using Send.Cli.Commands.Timescales;

namespace Send.Cli.Commands;

/// <summary>The <c>send timescales</c> command: EHCP statutory deadlines for an assessment, a review, an appeal, a case file or a caseload.</summary>
internal static class TimescalesCommand
{
    /// <summary>Creates the command; <paramref name="clock"/> comes from the composition root (<see cref="SendCommandLine"/>) and gives "today" when <c>--as-at</c> is not given.</summary>
    public static Command Create(IClock clock)
    {
        var command = new Command(
            "timescales",
            "EHCP statutory deadlines (SEND Regulations 2014): assessment, review, appeal, case, caseload, the work-list (due) and planning backwards (plan).\n"
            + "Example: send timescales assessment --request 2025-01-13");
        command.Subcommands.Add(AssessmentCommand.Create());
        command.Subcommands.Add(ReviewCommand.Create());
        command.Subcommands.Add(AppealCommand.Create());
        command.Subcommands.Add(CaseCommand.Create(clock));
        command.Subcommands.Add(CaseloadCommand.Create(clock));
        command.Subcommands.Add(DueCommand.Create(clock));
        command.Subcommands.Add(PlanCommand.Create());
        command.Subcommands.Add(RulesCommand.Create());
        return command;
    }
}
