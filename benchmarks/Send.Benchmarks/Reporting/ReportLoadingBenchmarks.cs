using System;
using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Attributes;
using Scriban.Runtime;
using Send.Domain.Validation;
using Send.Reporting.Data;
using Send.Reporting.Functions;
using Send.Reporting.Reports;

namespace Send.Benchmarks.Reporting;

/// <summary>
/// The data-loading half of <c>send render</c> for templates/scrutiny-send-update, warm: binding sample.json as it is
/// (the generic route: no model), and then what the template asks of the caseload functions (the 7,173-case caseload
/// CSV and its 6,213-case snapshot at 31 May 2024 read by the send timescales caseload reader and counted by the
/// statutory engine). The cold figures are measured in a fresh process; see benchmarks/README.md.
/// </summary>
[MemoryDiagnoser]
public class ReportLoadingBenchmarks
{
    private string dataPath = null!;

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
    }

    /// <summary>sample.json bound as it is (JsonData).</summary>
    [Benchmark]
    public object? ScrutinySample_Bind() => JsonData.Load(dataPath, new List<DataProblem>());

    /// <summary>Bind, then the template's caseload figures: ehcp_headlines on the caseload and caseload_summary on the earlier snapshot.</summary>
    [Benchmark]
    public ScriptObject ScrutinySample_BindAndHeadlines()
    {
        var data = (BoundObject)JsonData.Load(dataPath, new List<DataProblem>())!;
        var ehcp = (BoundObject)data["ehcp"]!;
        DomainTables.CaseloadSummary(ehcp["earlier"]);
        return DomainTables.EhcpHeadlines(ehcp);
    }
}
