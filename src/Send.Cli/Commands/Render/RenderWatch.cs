using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Send.Reporting.Reports;

namespace Send.Cli.Commands.Render;

/// <summary>
/// <c>send render --watch</c>: render once, then again whenever a file in the template folder, a data file or the
/// house style changes, printing the problems of each attempt. It never stops on bad input: a half-saved file is
/// just a render with problems (and nothing written), and the next save renders again.
/// </summary>
/// <remarks>
/// Files are polled (every <see cref="Interval"/>) rather than watched through the operating system's notifications,
/// which differ between platforms and editors (many save by writing a new file and renaming it). A change is rendered
/// once the files have stopped changing for one interval, so an editor's save in several writes renders once.
/// </remarks>
internal static class RenderWatch
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    public static int Run(ReportPack pack, ReportJob job, string? houseStylePath, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var output = Path.GetFullPath(job.OutputPath);
        var files = new Func<IEnumerable<string>>(() => Directory.EnumerateFiles(job.TemplateDirectory)
            .Where(f => !string.Equals(Path.GetFullPath(f), output, StringComparison.Ordinal))
            .Concat(job.AllSources.Select(s => s.Path))
            .Concat(houseStylePath is null ? [] : [houseStylePath]));
        var seen = Snapshot(files());
        var currentPack = pack;
        Render(currentPack, job, stdout, stderr);
        stdout.WriteLine("watching " + job.TemplateDirectory + " and the data for changes (Ctrl+C to stop)");
        string? pending = null;
        while (!cancellationToken.IsCancellationRequested)
        {
            if (cancellationToken.WaitHandle.WaitOne(Interval))
            {
                break;
            }

            var now = Snapshot(files());
            if (now != seen)
            {
                // Still being written: wait until two polls agree.
                seen = now;
                pending = now;
                continue;
            }

            if (pending is not null)
            {
                pending = null;
                try
                {
                    currentPack = RenderSupport.CreatePack(houseStylePath);
                }
                catch (Exception ex) when (ex is Send.Domain.Validation.DataException or IOException)
                {
                    stderr.WriteLine("the house style could not be loaded: " + ex.Message);
                    continue;
                }

                stdout.WriteLine();
                stdout.WriteLine($"changed: rendering again");
                Render(currentPack, job, stdout, stderr);
            }
        }

        return 0;
    }

    private static void Render(ReportPack pack, ReportJob job, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            RenderSupport.Report(pack.Render(job), stdout, stderr);
        }
        catch (IOException ex)
        {
            // A file vanished between the poll and the read (an editor's rename); the next change renders again.
            stderr.WriteLine("could not read a file: " + ex.Message);
        }
    }

    private static string Snapshot(IEnumerable<string> paths) =>
        string.Join("|", paths.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(p =>
        {
            var info = new FileInfo(p);
            return info.Exists ? $"{p}:{info.Length}:{info.LastWriteTimeUtc.Ticks}" : p + ":missing";
        }));
}
