using System.Collections.Generic;
using System.CommandLine;
using Send.Cli.Infrastructure;
using Send.Domain.Validation;
using Send.Reporting.Data;

namespace Send.Cli.Commands;

/// <summary>The <c>send schema infer</c> command: a starter data.schema.json from sample data.</summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var data = new Argument<string>("data.json") { Description = "The sample data (JSON)." };
        var output = new Option<string?>("--output", "-o") { Description = "Where to write the schema (default: standard output)." };
        var infer = new Command("infer", """
            Write a starter JSON Schema from sample data: every member the sample has is required, no other is
            allowed; numbers, text, dates (format: date), lists. Save it as data.schema.json beside the template and
            send check and send render check the data against it. Edit it: a sample cannot say everything.

            Example:
              send schema infer my-report/sample.json -o my-report/data.schema.json

            Exit codes: 0 written; 1 the data cannot be read; 2 usage errors.
            """);
        infer.Arguments.Add(data);
        infer.Options.Add(output);
        infer.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(data)!;
            var problems = new List<DataProblem>();
            var value = JsonData.Load(path, problems);
            foreach (var problem in problems)
            {
                parseResult.InvocationConfiguration.Error.WriteLine(problem.ToString());
            }

            if (problems.Count > 0)
            {
                return ExitCodes.DataError;
            }

            var schema = SchemaInference.Infer(value);
            var target = parseResult.GetValue(output);
            if (target is null)
            {
                parseResult.InvocationConfiguration.Output.Write(schema);
            }
            else
            {
                Send.Reporting.Docx.AtomicFile.WriteAllBytes(target, System.Text.Encoding.UTF8.GetBytes(schema));
                parseResult.InvocationConfiguration.Output.WriteLine("wrote " + target);
            }

            return ExitCodes.Success;
        });
        var command = new Command("schema", "Data schemas for report templates.");
        command.Subcommands.Add(infer);
        return command;
    }
}
