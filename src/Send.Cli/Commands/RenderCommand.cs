using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using Send.Cli.Commands.Render;
using Send.Cli.Infrastructure;
using Send.Reporting.Data;
using Send.Reporting.Reports;

namespace Send.Cli.Commands;

/// <summary>The <c>send render</c> command: one report, every sample (<c>--all</c>), or a batch (<c>--data-dir</c>).</summary>
internal static class RenderCommand
{
    public static Command Create()
    {
        var template = new Argument<string?>("template-dir")
        {
            Description = "The template folder, e.g. templates/schools-forum-send-update (not used with --all).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var data = new Option<string[]>("--data")
        {
            Description = "The data for one report; repeatable. A plain path (JSON) binds the root; name=path binds a variable from a .json, .csv or .xlsx file (name=book.xlsx#Sheet for a sheet other than the first).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var watch = new Option<bool>("--watch") { Description = "Keep running: render again whenever the template folder, a data file or the house style changes (Ctrl+C to stop)." };
        var dataDir = new Option<string?>("--data-dir") { Description = "A folder of data JSON files: one report per file, rendered in parallel." };
        var output = new Option<string?>("--output", "-o") { Description = "The .docx to write (with --data), or the folder to write to (with --data-dir or --all; default 'out')." };
        var all = new Option<bool>("--all") { Description = "Render every template's sample data (templates/*/sample.json) into the output folder." };
        var houseStyle = new Option<string?>("--house-style") { Description = "A council's reference .docx to take styles, numbering, theme and page setup from (default: Send's house style)." };
        var strictHouseStyle = new Option<bool>("--strict-house-style") { Description = "Refuse a house style that lacks any style Send uses, instead of supplying Send's (see docs/house-style.md)." };
        var parallel = new Option<int>("--parallel") { Description = "The most reports rendered at once in a batch (default: the number of processors).", DefaultValueFactory = _ => Environment.ProcessorCount };

        var command = new Command("render", """
            Render report templates to Word (.docx) in a council's house style.

            Examples:
              send render --all -o out
              send render templates/scrutiny-send-update --data devon.json -o out/devon-scrutiny.docx
              send render templates/schools-forum-send-update --data-dir data/councils -o out/forum --parallel 4
              send render templates/strategic-update --data update.json -o update.docx --house-style council.docx
              send render my-report --data report.json --data caseload=caseload.csv --data kpis=kpis.xlsx#Summary -o my-report.docx
              send render my-report --data report.json -o my-report.docx --watch

            Exit codes: 0 all written; 1 data or template errors (each listed as path(line,col): message; a batch
            skips bad files and renders the rest); 2 usage errors.
            """);
        command.Arguments.Add(template);
        command.Options.Add(data);
        command.Options.Add(dataDir);
        command.Options.Add(output);
        command.Options.Add(all);
        command.Options.Add(houseStyle);
        command.Options.Add(strictHouseStyle);
        command.Options.Add(parallel);
        command.Options.Add(watch);

        command.SetAction(parseResult =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            var templateDir = parseResult.GetValue(template);
            var dataFiles = parseResult.GetValue(data) ?? [];
            var dataFile = dataFiles.Length == 0 ? null : dataFiles[0];
            var dataFolder = parseResult.GetValue(dataDir);
            var outPath = parseResult.GetValue(output);
            var renderAll = parseResult.GetValue(all);

            string? usage = (renderAll, templateDir, dataFile, dataFolder) switch
            {
                (true, not null, _, _) => "--all renders every template; do not name a template folder too.",
                (true, _, not null, _) or (true, _, _, not null) => "--all uses each template's sample data; do not give --data or --data-dir.",
                (false, null, _, _) => "name a template folder (e.g. templates/scrutiny-send-update) or use --all.",
                (false, _, null, null) => "give --data <file.json> (one report) or --data-dir <folder> (one report per file).",
                (false, _, not null, not null) => "give either --data or --data-dir, not both.",
                _ => null,
            };
            if (usage is null && !renderAll && dataFile is not null && outPath is null)
            {
                usage = "give -o <out.docx> for the report to write.";
            }

            if (usage is null && outPath is not null && string.IsNullOrWhiteSpace(outPath))
            {
                usage = "-o names no file or folder (it is empty).";
            }

            if (usage is null && parseResult.GetValue(parallel) < 1)
            {
                usage = "--parallel must be at least 1.";
            }

            if (usage is not null)
            {
                stderr.WriteLine("send render: " + usage);
                stderr.WriteLine("Run 'send render --help' for usage and examples.");
                return ExitCodes.UsageError;
            }

            var pack = RenderSupport.CreatePack(parseResult.GetValue(houseStyle), parseResult.GetValue(strictHouseStyle), stderr);
            if (renderAll)
            {
                var root = ReportPack.FindTemplatesRoot(Directory.GetCurrentDirectory());
                if (root is null)
                {
                    stderr.WriteLine("send render: no templates/ folder found in " + Directory.GetCurrentDirectory() + " or above; run from inside a Send checkout, or name a template folder.");
                    return ExitCodes.DataError;
                }

                var jobs = ReportPack.SampleJobs(root, outPath ?? "out");
                return RenderSupport.RunBatch(pack, jobs, parseResult.GetValue(parallel), stdout, stderr);
            }

            if (!Directory.Exists(templateDir))
            {
                stderr.WriteLine($"send render: template folder '{templateDir}' does not exist.");
                return ExitCodes.DataError;
            }

            if (dataFolder is not null)
            {
                if (!Directory.Exists(dataFolder))
                {
                    stderr.WriteLine($"send render: data folder '{dataFolder}' does not exist.");
                    return ExitCodes.DataError;
                }

                var jobs = ReportPack.BatchJobs(templateDir!, dataFolder, outPath ?? "out");
                if (jobs.Count == 0)
                {
                    stderr.WriteLine($"send render: data folder '{dataFolder}' has no *.json files.");
                    return ExitCodes.DataError;
                }

                return RenderSupport.RunBatch(pack, jobs, parseResult.GetValue(parallel), stdout, stderr);
            }

            IReadOnlyList<DataSource> sources;
            try
            {
                sources = dataFiles.Select(DataSource.Parse).ToArray();
            }
            catch (ArgumentException ex)
            {
                stderr.WriteLine("send render: --data " + ex.Message);
                return ExitCodes.UsageError;
            }

            var job = new ReportJob(templateDir!, sources[0].Path, outPath!) { Sources = sources };
            if (parseResult.GetValue(watch))
            {
                return RenderWatch.Run(pack, job, parseResult.GetValue(houseStyle), stdout, stderr, CancellationToken.None);
            }

            var result = pack.Render(job);
            RenderSupport.Report(result, stdout, stderr);
            return result.Written ? ExitCodes.Success : ExitCodes.DataError;
        });
        return command;
    }
}
