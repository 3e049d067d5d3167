using System;
using System.Collections.Generic;
using System.IO;
using BenchmarkDotNet.Attributes;
using Send.Domain.Validation;
using Send.Reporting.Data;
using Send.Reporting.Reports;
using Send.Reporting.Templating;

namespace Send.Benchmarks.Reporting;

/// <summary>
/// The same report, templates/strategic-update, on both routes (issue 13: a generic render must cost no more than
/// the typed route): the generic route binds sample.json as it is (no model, no reflection) and the template sums
/// and judges; the typed route reads it into the C# model the report had before (kept here as a council developer's
/// own model: System.Text.Json by reflection, since it is not in the engine's generated metadata), prepares it and
/// renders the template that reads its computed properties. Each includes loading the data and the .docx render.
/// </summary>
[MemoryDiagnoser]
public class GenericRouteBenchmarks
{
    private ReportPack pack = null!;
    private ReportTemplate generic = null!;
    private ReportTemplate typed = null!;
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
        dataPath = Path.Combine(root, "templates", "strategic-update", ReportLoader.SampleFileName);
        pack = new ReportPack();
        generic = pack.Engine.Cache.GetOrParse(Path.Combine(root, "templates", "strategic-update", ReportPack.TemplateFileName));
        typed = pack.Engine.Cache.GetOrParse(Path.Combine(ReportEngineBenchmarks.Samples, "strategic-update-typed", ReportPack.TemplateFileName));
    }

    /// <summary>Generic: bind sample.json (JsonData), render (kpi_verdicts and sums in the template).</summary>
    [Benchmark(Baseline = true)]
    public byte[] StrategicUpdate_Generic()
    {
        var data = ReportData.Load(new[] { new DataSource(null, dataPath) }, new List<DataProblem>())!;
        return pack.Engine.RenderDocx(generic, data.Globals);
    }

    /// <summary>Typed: read sample.json into the model, Prepare (KPI verdicts, savings check), render.</summary>
    [Benchmark]
    public byte[] StrategicUpdate_Typed()
    {
        var problems = new List<DataProblem>();
        var model = ReportJson.Read(File.ReadAllText(dataPath), typeof(TypedStrategicUpdate.StrategicUpdateReport), dataPath, problems)
            ?? throw new InvalidOperationException("the typed model could not be read: " + string.Join("; ", problems));
        model.Prepare(new ReportDataContext(dataPath));
        return pack.Engine.RenderDocx(typed, model);
    }

    /// <summary>The generic route's data step alone: bind sample.json (positions kept for located errors).</summary>
    [Benchmark]
    public object StrategicUpdate_Generic_BindOnly() =>
        ReportData.Load(new[] { new DataSource(null, dataPath) }, new List<DataProblem>())!.Globals;

    /// <summary>The typed route's data step alone: read sample.json into the model and prepare it.</summary>
    [Benchmark]
    public object StrategicUpdate_Typed_ReadOnly()
    {
        var problems = new List<DataProblem>();
        var model = ReportJson.Read(File.ReadAllText(dataPath), typeof(TypedStrategicUpdate.StrategicUpdateReport), dataPath, problems)!;
        model.Prepare(new ReportDataContext(dataPath));
        return model;
    }

    /// <summary>The generic route to Markdown only (bind and template, no Word): where the two routes differ.</summary>
    [Benchmark]
    public string StrategicUpdate_Generic_MarkdownOnly() =>
        pack.Engine.RenderMarkdown(generic, ReportData.Load(new[] { new DataSource(null, dataPath) }, new List<DataProblem>())!.Globals);

    /// <summary>The typed route to Markdown only (read, prepare and template, no Word).</summary>
    [Benchmark]
    public string StrategicUpdate_Typed_MarkdownOnly() => pack.Engine.RenderMarkdown(typed, StrategicUpdate_Typed_ReadOnly());
}
