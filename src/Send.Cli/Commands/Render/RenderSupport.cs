using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Send.Cli.Infrastructure;
using Send.Domain.Validation;
using Send.Reporting.Reports;
using Send.Reporting.Styling;
using Spectre.Console;

namespace Send.Cli.Commands.Render;

/// <summary>Shared pieces of <c>send render</c>: house style loading, reporting results, and the batch runner.</summary>
internal static class RenderSupport
{
    public static ReportPack CreatePack(string? houseStylePath) => CreatePack(houseStylePath, strict: false, TextWriter.Null);

    /// <summary>Loads the house style (printing its warnings: what was supplied or stripped) and creates the pack.</summary>
    public static ReportPack CreatePack(string? houseStylePath, bool strict, TextWriter stderr)
    {
        if (houseStylePath is null)
        {
            return new ReportPack();
        }

        var style = HouseStyle.Load(houseStylePath, new HouseStyleOptions { RequireAllStyles = strict });
        foreach (var warning in style.Warnings)
        {
            stderr.WriteLine(warning.ToString());
        }

        return new ReportPack(style);
    }

    public static void Report(ReportJobResult result, TextWriter stdout, TextWriter stderr)
    {
        foreach (var problem in result.Problems)
        {
            stderr.WriteLine(problem.ToString());
        }

        if (result.Written)
        {
            stdout.WriteLine($"wrote {result.Job.OutputPath} ({result.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms)");
        }
        else
        {
            stderr.WriteLine($"skipped {result.Job.DataPath}: {result.Problems.Count(p => p.Severity == DataProblemSeverity.Error)} error(s); nothing written");
        }
    }

    /// <summary>
    /// Renders jobs in parallel. On an interactive terminal a Spectre.Console progress bar shows; otherwise (output
    /// redirected, CI=true, or a test's writer) each result is a plain log line.
    /// </summary>
    public static int RunBatch(ReportPack pack, IReadOnlyList<ReportJob> jobs, int parallel, TextWriter stdout, TextWriter stderr)
    {
        var gate = new object();
        IReadOnlyList<ReportJobResult> results;
        if (Interactive(stdout))
        {
            results = AnsiConsole.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .Start(context =>
                {
                    var task = context.AddTask($"Rendering {jobs.Count} report(s)", maxValue: jobs.Count);
                    return pack.RenderManyAsync(jobs, parallel, _ => task.Increment(1)).GetAwaiter().GetResult();
                });
            foreach (var result in results)
            {
                Report(result, stdout, stderr);
            }
        }
        else
        {
            results = pack.RenderManyAsync(jobs, parallel, result =>
            {
                lock (gate)
                {
                    Report(result, stdout, stderr);
                }
            }).GetAwaiter().GetResult();
        }

        var failed = results.Count(r => !r.Written);
        stdout.WriteLine($"{results.Count - failed} of {results.Count} report(s) written" + (failed > 0 ? $"; {failed} skipped with errors" : string.Empty));
        return failed == 0 ? ExitCodes.Success : ExitCodes.DataError;
    }

    private static bool Interactive(TextWriter stdout) =>
        ReferenceEquals(stdout, Console.Out)
        && !Console.IsOutputRedirected
        && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
