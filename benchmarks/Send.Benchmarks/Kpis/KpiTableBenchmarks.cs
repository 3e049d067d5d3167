using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using Send.Data.Kpis;
using Send.Domain.Kpis;

namespace Send.Benchmarks.Kpis;

/// <summary>
/// Issue 12: a KPI table of 16,000 rows (each with a previous value, two comparators and a RAG rule) read, checked
/// against its schema and evaluated; and the same file with every row out of range (problems capped at 100 listed).
/// Target: linear in the rows (it was quadratic: 6.9 s whole-process for 16k rows).
/// </summary>
[MemoryDiagnoser]
public class KpiTableBenchmarks
{
    private string good = string.Empty;
    private string bad = string.Empty;

    [Params(4_000, 16_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        good = Table(Rows, 41.2m);
        bad = Table(Rows, 140m);
    }

    [Benchmark]
    public int LoadAndEvaluate() => KpiTableFile.Load(good, "big.json", KpiCatalogue.BuiltIn, out _)!.Evaluate().Count;

    [Benchmark]
    public int LoadWithAProblemOnEveryRow()
    {
        KpiTableFile.Load(bad, "bad.json", KpiCatalogue.BuiltIn, out var problems);
        return problems.Count;
    }

    private static string Table(int rows, decimal value)
    {
        var text = new StringBuilder("{\n \"comparators\": [ { \"id\": \"sn\", \"name\": \"SN\", \"kind\": \"statistical_neighbours\" }, { \"id\": \"england\", \"name\": \"England\", \"kind\": \"england\" } ],\n \"rows\": [\n");
        foreach (var i in Enumerable.Range(0, rows))
        {
            text.Append("  { \"kpi\": \"ehcp-issued-20wk-excl-exc-pct\", \"label\": \"Row ").Append(i).Append("\", \"period\": \"2024\", \"value\": ")
                .Append(value.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Append(", \"previous\": 38.0, \"comparators\": { \"sn\": 45.1, \"england\": 46.4 }, \"rag\": { \"type\": \"target\", \"target\": 60, \"tolerance\": 10, \"tolerance_kind\": \"relative\" } }")
                .Append(i == rows - 1 ? "\n" : ",\n");
        }

        return text.Append(" ]\n}\n").ToString();
    }
}
