using System.Collections.Generic;
using System.IO;
using System.Linq;
using Send.Data.Kpis;
using Send.Data.Kpis.Sources;
using Send.Domain.Kpis;
using Send.Domain.Validation;
using Xunit;

namespace Send.Domain.Tests.Kpis;

/// <summary>
/// Issue 18: LAIT's own rules (London region fallback, ranks on the values as written, display precision), older EES
/// layouts, and finding councils and measures by any name. Expected values are worked by hand from the fixtures.
/// </summary>
public sealed class LaitParityTests
{
    private static readonly ComparatorSet NoNeighbours = new("none", "0", null, new Dictionary<string, IReadOnlyList<Neighbour>>());

    private static (LaitData Data, LaitBenchmark Benchmark) London()
    {
        var dictionary = LaitDataDictionary.Read(Fixtures.Path("lait_dictionary_london_fixture.csv"), out _);
        var data = LaitData.Read(Fixtures.Path("lait_long_london_fixture.tsv"), out _);
        return (data, new LaitBenchmark(data, dictionary, NoNeighbours));
    }

    [Fact]
    public void LondonBorough_InnerLondonMissingInLatestYear_ShowsLondon()
    {
        var (_, benchmark) = London();

        // London (Inner) is "-" in 2024, the latest year: LAIT's clean_ldn_region shows London (41) instead.
        var latest = benchmark.Benchmark("Sandbourne", "FIX_LDN", "2024");
        Assert.Equal("London", latest.RegionName);
        Assert.Equal(41m, latest.Region.Number);

        // The choice is made once per measure from the latest year, so 2023 shows London (35), not London (Inner) (31).
        var earlier = benchmark.Benchmark("Sandbourne", "FIX_LDN", "2023");
        Assert.Equal("London", earlier.RegionName);
        Assert.Equal(35m, earlier.Region.Number);

        // Outer London has a 2024 figure: it stays.
        var outer = benchmark.Benchmark("Mellstock", "FIX_LDN", "2024");
        Assert.Equal("London (Outer)", outer.RegionName);
        Assert.Equal(44m, outer.Region.Number);

        var history = benchmark.History("Sandbourne", "FIX_LDN");
        Assert.Equal(new[] { 35m, 41m }, history.Years.Select(y => y.Region.Number));
    }

    [Fact]
    public void Ranks_UseTheValuesAsWritten_NotTheCleanedOnes()
    {
        var (_, benchmark) = London();

        // Written: 97.399999999999991, 97.4, 90, 99 (higher is better). LAIT ranks the doubles: 99 first, 97.4
        // second, 97.399999999999991 third (no tie), 90 fourth.
        var barset = benchmark.Benchmark("Barsetshire", "FIX_TIE", "2024");
        var caster = benchmark.Benchmark("Casterbridge", "FIX_TIE", "2024");
        Assert.Equal(3, barset.Rank);
        Assert.Equal(2, caster.Rank);

        // Type-7 cut points over the written values: Q50 = 97.399999999999991 + 0.5 * 0.000000000000009
        // = 97.3999999999999955, Q75 = 97.4 + 0.25 * 1.6 = 97.8. 97.399999999999991 < Q50: band C; 97.4 in (Q50, Q75]: B.
        Assert.Equal(QuartileBand.C, barset.Band);
        Assert.Equal(QuartileBand.B, caster.Band);

        // Both still show as published.
        Assert.Equal("97.4", barset.Display(barset.Value));
        Assert.Equal("97.4", caster.Display(caster.Value));
    }

    [Fact]
    public void DisplayPrecision_DictionaryNa_TakesTheCataloguePrecision()
    {
        var (_, benchmark) = London();

        // LAC: dps NA in the dictionary; the catalogue's cla-rate-per-10k says 0 dp.
        var lac = benchmark.Benchmark("Barsetshire", "LAC", "2024");
        Assert.Equal(0, lac.Decimals);
        Assert.Equal("59", lac.Display(lac.Value));

        // dps NA and not in the catalogue: LAIT's default of 1. dps stated: that.
        Assert.Equal(1, benchmark.DecimalsOf("FIX_LDN"));
        Assert.Equal(1, benchmark.DecimalsOf("FIX_TIE"));
    }

    [Fact]
    public void ChangeFromLow_IsNotAvailable_NotLow()
    {
        var (_, benchmark) = London();
        var result = benchmark.Benchmark("Christminster", "LAC", "2024");
        Assert.Equal(KpiValueStatus.LowNonZero, result.Value.Status);
        Assert.Equal("x", result.Display(result.Travel!.Change));
    }

    [Fact]
    public void YearLabelProblems_BelongToTheirMeasure()
    {
        var (data, _) = London();
        var problem = Assert.Single(data.Series["FIX_TIE"].Problems);
        Assert.Equal("SEND-LAIT-YEAR", problem.Code);
        Assert.Contains("FIX_TIE", problem.Message);
        Assert.Empty(data.Series["FIX_LDN"].Problems);
    }

    [Fact]
    public void Measures_CatalogueIdsAndCodesMapBothWays()
    {
        var (_, benchmark) = London();
        Assert.Equal("LAC", benchmark.ResolveMeasure("cla-rate-per-10k"));
        Assert.Equal("LAC", benchmark.ResolveMeasure("lac"));
        Assert.Equal("FIX_LDN", benchmark.ResolveMeasure("FIX_LDN"));
        Assert.Null(benchmark.ResolveMeasure("nope"));
        Assert.Equal(59m, benchmark.Benchmark("Barsetshire", "cla-rate-per-10k", "2024").Value.Number);

        var found = Assert.Single(benchmark.Measures("looked after"));
        Assert.Equal("LAC", found.Code);
        Assert.Equal("cla-rate-per-10k", found.CatalogueId);
        Assert.Equal(new[] { "2023", "2024" }, found.Years);
        Assert.Equal(3, benchmark.Measures().Count);
    }

    [Theory]
    [InlineData("2022/23")]
    [InlineData("22/23")]
    [InlineData("2022-23")]
    [InlineData("202223")]
    [InlineData("2023")]
    public void Year_EveryDocumentedPeriodForm(string label)
    {
        var dictionary = LaitDataDictionary.Read(Fixtures.Path("lait_dictionary_fixture.csv"), out _);
        var data = LaitData.Read(Fixtures.Path("lait_long_fixture.tsv"), out _);
        var result = new LaitBenchmark(data, dictionary, NoNeighbours).Benchmark("Barsetshire", "FIX_EXCL", label);
        Assert.Equal("2022/23", result.Year);
    }

    [Fact]
    public void Reading_CountsNeighboursBeatenAtDisplayPrecision()
    {
        var dictionary = LaitDataDictionary.Read(Fixtures.Path("lait_dictionary_london_fixture.csv"), out _);
        var data = LaitData.Read(Fixtures.Path("lait_long_london_fixture.tsv"), out _);
        var set = new ComparatorSet("Test", "1", null, new Dictionary<string, IReadOnlyList<Neighbour>>
        {
            ["901"] = new[] { new Neighbour("902", null), new Neighbour("903", null), new Neighbour("904", null) },
        });
        var result = new LaitBenchmark(data, dictionary, set).Benchmark("Barsetshire", "FIX_TIE", "2024");

        // Barsetshire 97.4 (shown) against 97.4, 90 and 99: better than 90, the same as 97.4 at 1 dp, worse than 99.
        Assert.Equal((1, 1, 1), result.AgainstNeighbours());
        Assert.Equal("Better than 1 of 3 neighbours, the same as 1; rank 3 of 4 (quartile band C).", result.Reading());
    }

    private static CouncilDirectory Directory() => new(
        new[]
        {
            new LaitGeography(801, "Bristol, City of", "South West", 0),
            new LaitGeography(894, "Telford and Wrekin", "West Midlands", 1),
            new LaitGeography(355, "Salford", "North West", 2),
            new LaitGeography(342, "St. Helens", "North West", 3),
            new LaitGeography(810, "Kingston Upon Hull, City of", "Yorkshire and The Humber", 4),
            new LaitGeography(201, "City of London", "Inner London", 5),
            new LaitGeography(986, "London", null, 6),
            new LaitGeography(840, "Durham", "North East", 7),
            new LaitGeography(878, "Devon", "South West", 8),
        },
        new Dictionary<string, int> { ["E06000023"] = 801, ["E10000008"] = 878 });

    [Theory]
    [InlineData("Bristol", 801)]
    [InlineData("bristol, city of", 801)]
    [InlineData("City of Bristol", 801)]
    [InlineData("BRISTOL CITY COUNCIL", 801)]
    [InlineData("801", 801)]
    [InlineData("E06000023", 801)]
    [InlineData("e10000008", 878)]
    [InlineData("devon county council", 878)]
    [InlineData("St Helens", 342)]
    [InlineData("Hull", 810)]
    [InlineData("Kingston upon Hull", 810)]
    [InlineData("County Durham", 840)]
    [InlineData("City of London", 201)]
    [InlineData("London", 986)]
    [InlineData("Telford & Wrekin", 894)]
    public void Councils_FoundByAnyName(string text, int number)
    {
        Assert.Equal(number, Directory().Find(text)?.Number);
    }

    [Fact]
    public void Councils_TelfordSuggestsTelfordAndWrekin_NotSalford()
    {
        var directory = Directory();
        Assert.Null(directory.Find("Telford"));
        var suggestions = directory.Suggest("Telford");
        Assert.Equal("Telford and Wrekin", suggestions[0]);
        Assert.DoesNotContain("Salford", suggestions);
        Assert.Equal("Salford", directory.Suggest("Salfrod")[0]);
        Assert.Null(directory.Find("E99999999"));
    }

    [Fact]
    public void OnsCodes_ReadFromAnEesFile()
    {
        using var reader = new StreamReader(Fixtures.Path("ees_timeliness_fixture.csv"));
        var codes = CouncilDirectory.ReadOnsCodes(reader);
        Assert.Equal(901, codes["E10000901"]);
        Assert.Equal(902, codes["e10000902"]);
    }

    [Theory]
    [InlineData("sen2_estab_caseload_2022_fixture.csv")]
    [InlineData("sen2_age_caseload_2022_fixture.csv")]
    public void Ees_OlderLayout_TotalsFromTheFilesOwnFilters(string file)
    {
        var rows = EesDataFile.ReadMeasure(Fixtures.Path(file), "Total_ehc", KpiPeriodType.SnapshotDate, out var problems);
        Assert.DoesNotContain(problems, p => p.Severity == DataProblemSeverity.Error);
        var totals = EesDataFile.TotalsByGeography(rows);

        // Barsetshire's total row (Total in every filter) is 2000; the first row of the file for it says 4.
        Assert.Equal(2000m, totals[("901", KpiPeriod.Snapshot(2022))].Number);
        Assert.Equal(1, rows.Count(r => r.IsTotal && r.OldLaCode == "901"));
    }

    [Fact]
    public void Ees_OlderEstablishmentLayout_BothFiltersMustBeTotal()
    {
        var rows = EesDataFile.ReadMeasure(Fixtures.Path("sen2_estab_caseload_2022_fixture.csv"), "Total_ehc", KpiPeriodType.SnapshotDate, out _);
        var totals = EesDataFile.TotalsByGeography(rows);
        Assert.Equal(1320m, totals[("902", KpiPeriod.Snapshot(2022))].Number);
        Assert.Equal(3000m, totals[("E92000001", KpiPeriod.Snapshot(2022))].Number);
        Assert.Equal("establishment_type, establishment_group", rows[0].BreakdownTopic);
        Assert.False(rows.Single(r => r.Breakdown == "Special, Total").IsTotal);
    }

    [Fact]
    public void Ees_FileWithoutFilters_EveryRowIsATotal()
    {
        var rows = EesDataFile.ReadMeasure(Fixtures.Path("sen2_mi_2022_fixture.csv"), "IncExc20weekRate", KpiPeriodType.CalendarYear, out var problems);
        Assert.Empty(problems);
        Assert.All(rows, r => Assert.True(r.IsTotal));
        Assert.Equal(KpiValueStatus.NotApplicable, rows[1].Value.Status);
    }

    [Fact]
    public void Ees_FilterWithoutTotal_IsRefusedWithAClearProblem()
    {
        var rows = EesDataFile.ReadMeasure(Fixtures.Path("sen2_no_total_fixture.csv"), "Total_ehc", KpiPeriodType.SnapshotDate, out var problems);
        Assert.Empty(rows);
        var problem = Assert.Single(problems);
        Assert.Equal("SEND-EES-TOTALS", problem.Code);
        Assert.Equal("characteristic_age", problem.Field);
    }

    [Fact]
    public void KpiTable_RowDecimals_OnePrecisionForTheRow()
    {
        // Issue 18 (4): the catalogue shows the CLA rate at 0 dp; a paper printing 61.0 says so per row.
        const string json = "{ \"comparators\": [ { \"id\": \"sn\", \"name\": \"SN\", \"kind\": \"statistical_neighbours\" } ], \"rows\": [ " +
            "{ \"kpi\": \"cla-rate-per-10k\", \"period\": \"22/23\", \"decimals\": 1, \"value\": 61.0, \"comparators\": { \"sn\": 68 } }, " +
            "{ \"kpi\": \"cla-rate-per-10k\", \"period\": \"22/23\", \"value\": 61.0, \"comparators\": { \"sn\": 68 } } ] }";
        var table = KpiTableFile.Load(json, "values.json", KpiCatalogue.BuiltIn, out var problems)!;
        Assert.Empty(problems);
        var results = table.Evaluate();
        var d = results[0].Row.Definition.DisplayDecimals;
        Assert.Equal("61.0", results[0].Row.Value.ToDisplayString(d));
        Assert.Equal("68.0", results[0].Comparisons[0].ComparatorValue.ToDisplayString(d));
        Assert.Equal("61", results[1].Row.Value.ToDisplayString(results[1].Row.Definition.DisplayDecimals));
    }

    [Fact]
    public void KpiTable_ManyProblems_CappedWithACount()
    {
        var rows = string.Join(",\n", Enumerable.Range(0, 150).Select(_ => "  { \"kpi\": \"ehcp-issued-20wk-excl-exc-pct\", \"period\": \"2024\", \"value\": 140 }"));
        var json = "{\n \"comparators\": [],\n \"rows\": [\n" + rows + "\n ]\n}";
        KpiTableFile.Load(json, "values.json", KpiCatalogue.BuiltIn, out var problems);
        Assert.Equal(KpiTableFile.MaxProblemsListed + 1, problems.Count);
        Assert.Equal("and 50 more problems not listed", problems[^1].Message);
        Assert.Equal(4 + 99, problems[99].Line); // the 100th listed is row 99's: rows start on line 4
    }

    [Fact]
    public void KpiTable_HugeNumber_IsALocatedProblem()
    {
        const string json = "{\n \"comparators\": [],\n \"rows\": [\n  { \"kpi\": \"ehcna-requests-count\", \"period\": \"2024\", \"value\": 1e300 }\n ]\n}";
        var table = KpiTableFile.Load(json, "values.json", KpiCatalogue.BuiltIn, out var problems);
        Assert.Null(table);
        var problem = Assert.Single(problems);
        Assert.Equal("rows[0].value", problem.Field);
        Assert.Equal("1e300", problem.Value);
        Assert.Equal(4, problem.Line);
    }
}
