using System.CommandLine;
using Send.Cli.Commands;
using Send.Cli.Infrastructure;

namespace Send.Cli;

/// <summary>Builds the <c>send</c> command tree. Each command lives in its own file under <c>Commands/</c>.</summary>
internal static class SendCommandLine
{
    [CompositionRoot]
    public static RootCommand Create()
    {
        var root = new RootCommand(
            "send: EHCP statutory deadlines, DSG and High Needs finance, KPIs and Word reports for English councils.");
        root.Subcommands.Add(RenderCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(TimescalesCommand.Create(NodaTime.SystemClock.Instance)); // the one system clock, at the composition root
        root.Subcommands.Add(FinanceCommand.Create());
        root.Subcommands.Add(KpiCommand.Create());
        root.Subcommands.Add(NewCommand.Create());
        root.Subcommands.Add(SchemaCommand.Create());
        root.Subcommands.Add(HouseStyleCommand.Create());
        return root;
    }
}
