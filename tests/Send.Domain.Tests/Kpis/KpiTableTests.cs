using System.IO;
using System.Linq;
using Send.Data.Kpis;
using Send.Domain.Kpis;
using Send.Domain.Kpis.Rag;
using Xunit;

namespace Send.Domain.Tests.Kpis;

public sealed class KpiTableTests
{
    private static string RepoFile(string relative)
    {
        var dir = new DirectoryInfo(System.AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "Send.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir.FullName, relative);
    }

    [Fact]
    public void DevonSample_LoadsAndJudgesAsThePaperReadsIt()
    {
        var table = KpiTableFile.LoadFile(RepoFile("templates/data/devon-strategic-kpis.json"), KpiCatalogue.BuiltIn);
        var results = table.Evaluate();
        Assert.Equal(6, results.Count);

        // Seed 000: CLA rate 61.0 against comparators 68, SW 63, England 71; presented as lower-is-better.
        var cla = results[0];
        Assert.Equal("cla-rate-per-10k", cla.Row.Definition.Id);
        Assert.Equal(Polarity.LowerIsBetter, cla.Row.Definition.Polarity);
        Assert.All(cla.Comparisons, c => Assert.Equal(Verdict.Better, c.Verdict));
        Assert.Equal(-7m, cla.Comparisons[0].Difference.Number);

        // Care leavers 73% against 89 everywhere: worse by 16 points.
        var careLeavers = results.Single(r => r.Row.Definition.Id == "care-leavers-19-21-suitable-accom-pct");
        Assert.All(careLeavers.Comparisons, c => Assert.Equal(Verdict.Worse, c.Verdict));
        Assert.Equal(-16m, careLeavers.Comparisons[2].Difference.Number);

        // Attainment 8: 45.7 beats comparators 45.4, trails SW 47.2 and England 46.5.
        var a8 = results.Single(r => r.Row.Definition.Id == "ks4-attainment8-avg");
        Assert.Equal(new[] { Verdict.Better, Verdict.Worse, Verdict.Worse }, a8.Comparisons.Select(c => c.Verdict));
        Assert.Equal(KpiPeriod.AcademicYear(2023), a8.Row.Period);
    }

    [Fact]
    public void Load_BadRows_ReportsEveryProblemWithLineAndField()
    {
        const string json = "{\n \"comparators\": [ { \"id\": \"england\", \"name\": \"England\", \"kind\": \"england\" } ],\n \"rows\": [\n" +
            "  { \"kpi\": \"ehcp-issued-20wk-excl-exc-pct\", \"period\": \"22/23\", \"value\": 140 },\n" +
            "  { \"kpi\": \"no-such-kpi\", \"period\": \"2024\", \"value\": 1 },\n" +
            "  { \"kpi\": \"ehcna-requests-count\", \"period\": \"2024\", \"value\": \"n/a\", \"comparators\": { \"wales\": 3 } },\n" +
            "  { \"kpi\": \"ehcna-requests-count\", \"period\": \"2024\", \"value\": \"c\", \"rag\": { \"type\": \"target\" } }\n ]\n}";
        var table = KpiTableFile.Load(json, "values.json", KpiCatalogue.BuiltIn, out var problems);
        Assert.Null(table);
        var all = string.Join("\n", problems);
        Assert.True(problems.Any(p => p.Line == 4 && p.Field == "rows[0].period" && p.Value == "22/23"), all);
        Assert.True(problems.Any(p => p.Line == 4 && p.Field == "rows[0].value" && p.Value == "140"), all);
        Assert.True(problems.Any(p => p.Line == 5 && p.Value == "no-such-kpi"), all);
        Assert.True(problems.Any(p => p.Line == 6 && p.Value == "n/a"), all);
        Assert.True(problems.Any(p => p.Line == 6 && p.Field == "rows[2].comparators.wales"), all);
        Assert.True(problems.Any(p => p.Field == "rows[3].rag.target"), all);
    }

    [Fact]
    public void Evaluate_SuppressedValueWithRag_IsNoRatingAndNotComparable()
    {
        const string json = "{ \"comparators\": [ { \"id\": \"england\", \"name\": \"England\", \"kind\": \"england\" } ], \"rows\": [ " +
            "{ \"kpi\": \"ehcp-issued-20wk-excl-exc-pct\", \"period\": \"2024\", \"value\": \"c\", \"previous\": 4.9, \"comparators\": { \"england\": 46.4 }, \"rag\": { \"type\": \"benchmark\", \"against\": \"england\" } } ] }";
        var table = KpiTableFile.Load(json, "values.json", KpiCatalogue.BuiltIn, out var problems)!;
        Assert.Empty(problems);
        var result = Assert.Single(table.Evaluate());
        Assert.Equal(Verdict.NotComparable, result.Comparisons[0].Verdict);
        Assert.Equal(Direction.NotComparable, result.Travel!.Direction);
        Assert.Equal(RagColour.NoRating, result.Rating!.Colour);
    }
}
