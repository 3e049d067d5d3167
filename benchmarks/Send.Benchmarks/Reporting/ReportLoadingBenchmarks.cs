using System;
using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Attributes;
using Send.Domain.Validation;
using Send.Reporting.Reports;
using Send.Reporting.Reports.ScrutinySendUpdate;

namespace Send.Benchmarks.Reporting;

/// <summary>
/// The data-loading half of <c>send render</c> for templates/scrutiny-send-update, warm: reading sample.json into
/// the model (generated System.Text.Json metadata) and preparing it (the 7,173-case caseload CSV through the
/// statutory engine). The cold figures are measured in a fresh process; see benchmarks/README.md.
/// </summary>
[MemoryDiagnoser]
public class ReportLoadingBenchmarks
{
    private string dataPath = null!;
    private string json = null!;

    [GlobalSetup]
    public void Setup()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Send.sln")))
        {
            folder = folder.Parent;
        }

        var root = folder?.FullName ?? throw new DirectoryNotFoundException("Send.sln was not found above " + AppContext.BaseDirectory);
        dataPath = Path.Combine(root, "templates", "scrutiny-send-update", ReportLoader.SampleFileName);
        json = File.ReadAllText(dataPath);
    }

    /// <summary>sample.json text to the model (ReportJson.Read).</summary>
    [Benchmark]
    public IReportModel? ScrutinySample_Read() => ReportJson.Read(json, typeof(ScrutinySendUpdateReport), dataPath, new List<DataProblem>());

    /// <summary>Read, then Prepare: caseload CSV, three caseload summaries, finance checks.</summary>
    [Benchmark]
    public IReadOnlyList<DataProblem> ScrutinySample_ReadAndPrepare()
    {
        var model = ReportJson.Read(json, typeof(ScrutinySendUpdateReport), dataPath, new List<DataProblem>())!;
        return model.Prepare(new ReportDataContext(dataPath));
    }
}
