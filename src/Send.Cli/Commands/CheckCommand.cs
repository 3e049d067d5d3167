using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Send.Cli.Infrastructure;
using Send.Domain.Validation;
using Send.Reporting.Data;
using Send.Reporting.Reports;

namespace Send.Cli.Commands;

/// <summary>The <c>send check</c> command: validate a template and its data without writing anything.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var template = new Argument<string>("template-dir") { Description = "The template folder, e.g. templates/schools-forum-send-update." };
        var data = new Option<string[]>("--data")
        {
            Description = "The data to check (default: the template's sample.json); repeatable, as for send render: a plain path binds the root, name=path a variable (.json, .csv, .xlsx; name=book.xlsx#Sheet).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var strict = new Option<bool>("--strict") { Description = "Treat warnings (such as accessibility findings, docs/accessibility.md) as errors." };
        var command = new Command("check", """
            Validate a template and its data without writing anything: the data against the template's JSON Schema
            when it has one, every cell of CSV and .xlsx sources (the type of each column is listed), the domain rules
            (DSG roll-forward, savings totals, KPI ids, caseload file), and the template against the data (unknown
            variables and members, with "did you mean"; bad blocks and charts). Every problem is listed as
            path(line,col): message, or path(Sheet!A12): message for a spreadsheet cell.

            Examples:
              send check templates/schools-forum-send-update
              send check templates/scrutiny-send-update --data devon.json
              send check templates/schools-forum-send-update --strict
              send check my-report --data report.json --data caseload=caseload.csv --data kpis=kpis.xlsx#Summary

            Exit codes: 0 no errors (warnings may be listed); 1 errors found (or, with --strict, warnings); 2 usage errors.
            """);
        command.Arguments.Add(template);
        command.Options.Add(data);
        command.Options.Add(strict);
        command.SetAction(parseResult =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            var templateDir = parseResult.GetValue(template)!;
            if (!Directory.Exists(templateDir))
            {
                stderr.WriteLine($"send check: template folder '{templateDir}' does not exist.");
                return ExitCodes.DataError;
            }

            IReadOnlyList<DataSource>? sources = null;
            var given = parseResult.GetValue(data) ?? [];
            if (given.Length > 0)
            {
                try
                {
                    sources = given.Select(DataSource.Parse).ToArray();
                }
                catch (ArgumentException ex)
                {
                    stderr.WriteLine("send check: --data " + ex.Message);
                    return ExitCodes.UsageError;
                }
            }

            var result = new ReportPack().Check(templateDir, sources);
            foreach (var (name, columns) in result.Data?.Columns ?? new Dictionary<string, IReadOnlyList<TableColumn>>())
            {
                stdout.WriteLine($"{name}: {columns.Count} column(s)");
                foreach (var column in columns)
                {
                    stdout.WriteLine("  " + column);
                }
            }

            var problems = result.Problems;
            foreach (var problem in problems)
            {
                stderr.WriteLine(problem.ToString());
            }

            var errors = parseResult.GetValue(strict) ? problems.Count : problems.Count(p => p.Severity == DataProblemSeverity.Error);
            stdout.WriteLine(errors == 0
                ? $"ok: {templateDir} has no errors" + (problems.Count > 0 ? $" ({problems.Count} warning(s))" : string.Empty)
                : $"{errors} error(s) in {templateDir}");
            return errors == 0 ? ExitCodes.Success : ExitCodes.DataError;
        });
        return command;
    }
}
