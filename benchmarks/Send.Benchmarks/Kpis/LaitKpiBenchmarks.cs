using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Send.Data.Kpis.Sources;

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

    /// <summary>
    /// Issue 18: the benchmark pack of 40 measures for Devon, in process: read only those measures' rows, build the
    /// pack and render the .docx (40 native charts) in memory. Target: the whole <c>send kpi report</c> process in
    /// under 2 s, of which start-up is about 0.5 s.
    /// </summary>
    [Benchmark]
    public int BenchmarkPackOf40Measures()
    {
        if (lait is null)
        {
            return 0;
        }

        var codes = dictionary!.Measures.Values.Where(m => m.Polarity != Send.Domain.Kpis.Polarity.NoPolarity).Select(m => m.Code).Take(40).ToArray();
        var data = LaitData.Read(Path.Combine(lait, "lait_data_long.tsv"), new System.Collections.Generic.HashSet<string>(codes), out _);
        var benchmark = new LaitBenchmark(data, dictionary, neighbours!.Set);
        var present = codes.Where(c => data.Series.ContainsKey(c)).ToArray();
        var pack = LaitBenchmarkPack.Build(benchmark, "Devon", present, "benchmark");
        var engine = new Send.Reporting.ReportEngineBuilder().UseDefaults().Build();
        return engine.RenderDocx(Path.Combine(RepositoryRoot()!, "templates", "kpi-benchmark", "template.md.scriban"), pack).Length;
    }

    private static string? RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Send.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName;
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
