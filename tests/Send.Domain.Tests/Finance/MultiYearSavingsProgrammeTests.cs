using System.Linq;
using Send.Data.Finance;
using Send.Domain.Finance;
using Send.Domain.Validation;
using Xunit;
using static Send.Domain.Tests.Finance.Seeds;

namespace Send.Domain.Tests.Finance;

public sealed class MultiYearSavingsProgrammeTests
{
    // Anyshire (invented): three strands over 2024/25 to 2026/27; the last year has targets only.
    internal const string Anyshire = """
        { "name": "Anyshire", "target": "12.5",
          "years": [ { "year": "2024/25", "target": "3.5", "forecast": "2.95" },
                     { "year": "2025/26", "target": "4.2", "forecast": "3.8" },
                     { "year": "2026/27", "target": "4.8" } ],
          "strands": [
            { "name": "Independent placements", "total": "5.95", "rag": "amber",
              "years": [ { "year": "2024/25", "target": "1.75", "forecast": "1.60" }, { "year": "2025/26", "target": "2.0", "forecast": "1.9" }, { "year": "2026/27", "target": "2.2" } ] },
            { "name": "Transport", "total": "3.75",
              "years": [ { "year": "2024/25", "target": "1.25", "forecast": "0.95" }, { "year": "2025/26", "target": "1.2", "forecast": "1.1" }, { "year": "2026/27", "target": "1.3" } ] },
            { "name": "Early help", "total": "2.8",
              "years": [ { "year": "2024/25", "target": "500k", "forecast": "0.40" }, { "year": "2025/26", "target": "1.0", "forecast": "0.8" }, { "year": "2026/27", "target": "1.3" } ] } ] }
        """;

    [Fact]
    public void Read_Anyshire_TotalsPerYearPerStrandAndOverall()
    {
        var loaded = MultiYearSavingsProgrammeReader.Read(Anyshire, "a.json");

        Assert.Empty(loaded.Problems);
        var plan = loaded.Value!;
        Assert.Equal(new[] { Fy("2024/25"), Fy("2025/26"), Fy("2026/27") }, plan.Years.Select(y => y.Year));
        // By hand: 3.5 + 4.2 + 4.8 = 12.5; forecasts 2.95 + 3.8 = 6.75 of 3.5 + 4.2 = 7.7; 6.75 / 7.7 = 87.66% -> 87.7%; shortfall 0.95.
        Assert.Equal(M(12.5m), plan.Target);
        Assert.Equal(M(6.75m), plan.Forecast);
        Assert.Equal(M(7.7m), plan.ForecastTarget);
        Assert.Equal(87.7m, plan.DeliveryPercent);
        Assert.Equal(M(0.95m), plan.Shortfall);
        // Per strand: 1.75 + 2.0 + 2.2 = 5.95 target, 1.60 + 1.9 = 3.5 forecast.
        var placements = plan.StrandTotals[0];
        Assert.Equal(("Independent placements", M(5.95m), M(3.5m)), (placements.Name, placements.Target, placements.Forecast));
        Assert.Equal(Money.Zero, placements.Unallocated);
        Assert.Equal(M(0.5m), plan.Years[0].Strands[2].Target);
        Assert.Equal(RagStatus.Amber, plan.Years[2].Strands[0].Rag);
        // Per year: 2025/26 forecast 3.8 of 4.2 = 90.5%.
        Assert.Equal(90.5m, plan.Years[1].DeliveryPercent);
    }

    [Fact]
    public void Read_ZeroTargetInAYear_IsAnErrorAtThatYearsField()
    {
        var json = Anyshire.Replace("\"year\": \"2025/26\", \"target\": \"4.2\"", "\"year\": \"2025/26\", \"target\": \"0\"");

        var loaded = MultiYearSavingsProgrammeReader.Read(json, "a.json");

        var error = Assert.Single(loaded.Problems, p => p.Severity == DataProblemSeverity.Error);
        Assert.Equal("years[1].target", error.Field);
        Assert.Equal(3, error.Line);
        Assert.StartsWith("2025/26: a savings target of zero", error.Message);
    }

    [Fact]
    public void Read_BadStrandFigure_NamesTheStrandsYearEntry()
    {
        var json = Anyshire.Replace("\"target\": \"1.2\", \"forecast\": \"1.1\"", "\"target\": \"1.2\", \"forecast\": \"1.l\"");

        var error = Assert.Single(MultiYearSavingsProgrammeReader.Read(json, "a.json").Problems);

        Assert.Equal("strands[1].years[1].forecast", error.Field);
        Assert.Equal(9, error.Line);
        Assert.Equal("1.l", error.Value);
    }

    [Fact]
    public void Read_StrandYearNotInProgramme_IsAnError()
    {
        var json = Anyshire.Replace("\"year\": \"2025/26\", \"target\": \"1.2\"", "\"year\": \"2027/28\", \"target\": \"1.2\"");

        var problems = MultiYearSavingsProgrammeReader.Read(json, "a.json").Problems;

        Assert.Contains(problems, p => p.Field == "strands[1].years[1].year" && p.Message == "2027/28 is not one of the programme's years");
    }

    [Fact]
    public void Read_YearsOutOfOrder_IsAnError()
    {
        var json = Anyshire.Replace("\"year\": \"2026/27\", \"target\": \"4.8\"", "\"year\": \"2023/24\", \"target\": \"4.8\"");

        var problems = MultiYearSavingsProgrammeReader.Read(json, "a.json").Problems;

        Assert.Contains(problems, p => p.Field == "years[2].year" && p.Message.Contains("out of order", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Check_StatedTotalsThatDoNotAddUp_AreWarnings()
    {
        // 12.5 stated as 12.9: the finest places printed are 3 ("500k"), so 3 years x 0.0005 = 0.0015 cannot explain 0.4.
        var json = Anyshire.Replace("\"target\": \"12.5\"", "\"target\": \"12.9\"").Replace("\"total\": \"3.75\"", "\"total\": \"3.7\"");

        var loaded = MultiYearSavingsProgrammeReader.Read(json, "a.json");

        Assert.NotNull(loaded.Value);
        var total = Assert.Single(loaded.Problems, p => p.Field == "target");
        Assert.Equal(DataProblemSeverity.Warning, total.Severity);
        Assert.Contains("add up to £12.500m, not the stated total £12.900m", total.Message, System.StringComparison.Ordinal);
        var strand = Assert.Single(loaded.Problems, p => p.Field == "strands[1].total");
        Assert.Contains("£3.750m", strand.Message, System.StringComparison.Ordinal);
        Assert.Equal(8, strand.Line);
    }

    [Fact]
    public void Read_OneYearFile_IsAProgrammeOfOneYear_WithTheSingleYearReadersProblems()
    {
        var json = System.IO.File.ReadAllText(System.IO.Path.Combine(RepositoryRoot(), "templates", "data", "devon-savings.json"));

        var plan = MultiYearSavingsProgrammeReader.Read(json, "d.json");
        var single = SavingsProgrammeReader.Read(json, "d.json");

        Assert.Equal(single.Problems, plan.Problems);
        Assert.Equal(M(15.4m), Assert.Single(plan.Value!.Years).StatedTarget);
    }

    [Fact]
    public void Constructor_YearsOutOfOrder_Throws()
    {
        var a = new SavingsProgramme("a", Fy("2025/26"), M(1m), System.Array.Empty<SavingsStrand>());
        var b = new SavingsProgramme("a", Fy("2024/25"), M(1m), System.Array.Empty<SavingsStrand>());

        Assert.Throws<System.ArgumentException>(() => new MultiYearSavingsProgramme("a", new[] { a, b }));
    }

    internal static string RepositoryRoot()
    {
        var directory = new System.IO.DirectoryInfo(System.AppContext.BaseDirectory);
        while (directory is not null && !System.IO.File.Exists(System.IO.Path.Combine(directory.FullName, "Send.sln")))
        {
            directory = directory.Parent;
        }

        return directory!.FullName;
    }
}
