using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Send.Domain.Kpis.Sources;

namespace Send.Benchmarks.Kpis;

/// <summary>
/// Loads the whole LAIT long file (about 640,000 rows) and benchmarks every council on every measure for its latest
/// year. Target: under 1 second on one core, under 300 MB allocated. Needs the DfE files: SEND_DFE_DATA, else
/// ../shared/data beside the repository; without them the benchmark prints why and measures nothing.
/// </summary>
[MemoryDiagnoser]
public class LaitKpiBenchmarks
{
    private string? lait;
    private LaitDataDictionary? dictionary;
    private StatisticalNeighbourWorkbook? neighbours;

    [GlobalSetup]
    public void Setup()
    {
        var folder = FindDataFolder();
        if (folder is null)
        {
            Console.WriteLine("// KPI benchmark skipped: no DfE data folder (set SEND_DFE_DATA to a folder with lait/lait_data_long.tsv).");
            return;
        }

        lait = Path.Combine(folder, "lait");
        dictionary = LaitDataDictionary.Read(Path.Combine(lait, "lait_data_dictionary.csv"), out _);
        neighbours = StatisticalNeighbourWorkbook.Read(Path.Combine(lait, "sn_may_2025.xlsx"), "May 2025", null, out _);
    }

    [Benchmark]
    public int LoadLongFile()
    {
        if (lait is null)
        {
            return 0;
        }

        return LaitData.Read(Path.Combine(lait, "lait_data_long.tsv"), out _).Series.Count;
    }

    [Benchmark]
    public int LoadAndBenchmarkEveryCouncilOnEveryMeasure()
    {
        if (lait is null)
        {
            return 0;
        }

        var data = LaitData.Read(Path.Combine(lait, "lait_data_long.tsv"), out _);
        var benchmark = new LaitBenchmark(data, dictionary!, neighbours!.Set);
        return benchmark.BenchmarkAll().Count(r => r.Rank is not null);
    }

    private static string? FindDataFolder()
    {
        var configured = Environment.GetEnvironmentVariable("SEND_DFE_DATA");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(Path.Combine(configured, "lait", "lait_data_long.tsv")) ? configured : null;
        }

        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Send.sln")))
        {
            dir = dir.Parent;
        }

        var candidate = dir is null ? null : Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
        return candidate is not null && File.Exists(Path.Combine(candidate, "lait", "lait_data_long.tsv")) ? candidate : null;
    }
}
