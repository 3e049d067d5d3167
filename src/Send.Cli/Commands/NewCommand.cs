using System.CommandLine;
using System.IO;
using Send.Cli.Infrastructure;
using Send.Reporting.Reports;

namespace Send.Cli.Commands;

/// <summary>The <c>send new</c> command: a new report folder that renders at once.</summary>
internal static class NewCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("dir") { Description = "The report folder to create (new or empty)." };
        var command = new Command("new", """
            Create a report folder that renders at once: template.md.scriban, sample.json and a README. No C# is
            needed: the template reads the data's own names.

            Examples:
              send new cabinet-report
              send render cabinet-report --data cabinet-report/sample.json -o cabinet-report.docx

            Exit codes: 0 created; 1 the folder already holds files (nothing is overwritten); 2 usage errors.
            """);
        command.Arguments.Add(folder);
        command.SetAction(parseResult =>
        {
            var dir = parseResult.GetValue(folder)!;
            try
            {
                foreach (var file in ReportScaffold.Create(dir))
                {
                    parseResult.InvocationConfiguration.Output.WriteLine("wrote " + file);
                }
            }
            catch (IOException ex)
            {
                parseResult.InvocationConfiguration.Error.WriteLine("send new: " + ex.Message);
                return ExitCodes.DataError;
            }

            parseResult.InvocationConfiguration.Output.WriteLine($"next: send render {dir} --data {Path.Combine(dir, "sample.json")} -o {dir}.docx");
            return ExitCodes.Success;
        });
        return command;
    }
}
