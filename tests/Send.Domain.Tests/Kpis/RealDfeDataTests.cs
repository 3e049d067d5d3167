using System.IO;
using System.Linq;
using Send.Data.Kpis.Sources;
using Send.Domain.Kpis;
using Send.Domain.Validation;
using Xunit;

namespace Send.Domain.Tests.Kpis;

/// <summary>
/// Checks against the DfE's own files (not in the repository). Skipped, saying why, when SEND_DFE_DATA (or
/// ../shared/data beside the repository) is absent. Expected values were read from the files by hand (grep), and
/// agree with the Devon strategic update seed where the paper quotes the same figure.
/// </summary>
public sealed class RealDfeDataTests
{
    private static (LaitData Data, LaitDataDictionary Dictionary, System.Collections.Generic.IReadOnlyList<DataProblem> Problems) Lait(string folder)
    {
        var dictionary = LaitDataDictionary.Read(Path.Combine(folder, "lait", "lait_data_dictionary.csv"), out _);
        var data = LaitData.Read(Path.Combine(folder, "lait", "lait_data_long.tsv"), out var problems);
        return (data, dictionary, problems);
    }

    [Fact]
    public void LaitLong_DevonValuesAsPublishedAndInTheSeed()
    {
        var folder = DfeData.RequireFolder();
        var (data, dictionary, problems) = Lait(folder);
        var devon = data.FindGeography("Devon")!;
        Assert.Equal(878, devon.Number);

        // lait_data_long.tsv: SEN_EHC_Excpt_20wks 2023 Devon 4.9000000000000004, England 50.3, South West 33.4.
        var timeliness = data.Series["SEN_EHC_Excpt_20wks"].FindYear("2023")!;
        Assert.Equal(4.9m, timeliness[devon.Index].Number);
        Assert.Equal(50.3m, timeliness[data.England!.Index].Number);
        Assert.Equal(33.4m, timeliness[data.RegionOf(devon)!.Index].Number);

        // Seed 000: CLA 61, Attainment 8 45.7, NEET/NK 6.4, care leavers 73, secondary exclusions 0.36 (0.35549 at 2 dp).
        Assert.Equal(61m, data.Series["LAC"].FindYear("2023")![devon.Index].Number);
        Assert.Equal(45.7m, data.Series["AVG_Attain8_Score"].FindYear("2023")![devon.Index].Number);
        Assert.Equal(6.4m, data.Series["16-17_not known_NEET"].FindYear("2023")![devon.Index].Number);
        Assert.Equal(73m, data.Series["CareLeaverAcc"].FindYear("2023")![devon.Index].Number);
        Assert.Equal("0.36", data.Series["SecPermEx"].FindYear("2023")![devon.Index].ToDisplayString(dictionary.Measures["SecPermEx"].Decimals));

        // The only problem in the real file: CINPermExclusion rows labelled "0".
        var problem = Assert.Single(problems);
        Assert.Equal("0", problem.Value);
        Assert.Equal(DataProblemSeverity.Warning, problem.Severity);
    }

    [Fact]
    public void Dictionary_RealFile_MeasureFacts()
    {
        var folder = DfeData.RequireFolder();
        var dictionary = LaitDataDictionary.Read(Path.Combine(folder, "lait", "lait_data_dictionary.csv"), out var problems);
        Assert.DoesNotContain(problems, p => p.Severity == DataProblemSeverity.Error);
        Assert.Equal(Polarity.HigherIsBetter, dictionary.Measures["SEN_EHC_Excpt_20wks"].Polarity);
        Assert.Equal(Polarity.NoPolarity, dictionary.Measures["LAC"].Polarity);
        Assert.Equal(2, dictionary.Measures["SecPermEx"].Decimals);
        Assert.Equal("Calendar Year", dictionary.Measures["SEN_EHC_Excpt_20wks"].YearType);
    }

    [Fact]
    public void Catalogue_EveryLaitMeasureIsInTheRealFiles()
    {
        var folder = DfeData.RequireFolder();
        var (data, dictionary, _) = Lait(folder);
        foreach (var definition in KpiCatalogue.BuiltIn.Definitions.Where(d => d.LaitMeasure is not null))
        {
            Assert.True(dictionary.TryGet(definition.LaitMeasure!, out var measure), definition.LaitMeasure);
            Assert.True(data.Series.ContainsKey(definition.LaitMeasure!), definition.LaitMeasure);
            Assert.Equal(definition.Polarity, measure.Polarity);
        }
    }

    [Fact]
    public void NeighbourWorkbooks_DevonNeighboursInOrder()
    {
        var folder = DfeData.RequireFolder();
        var may2025 = StatisticalNeighbourWorkbook.Read(Path.Combine(folder, "lait", "sn_may_2025.xlsx"), "May 2025", null, out _);
        var april2021 = StatisticalNeighbourWorkbook.Read(Path.Combine(folder, "lait", "sn_april_2021.xlsx"), "April 2021", null, out _);
        Assert.Equal("845", may2025.Set.NeighboursOf("878")[0].Code);
        Assert.Equal(10, may2025.Set.NeighboursOf("878").Count);
        Assert.Equal("933", april2021.Set.NeighboursOf("878")[0].Code);
        Assert.Equal("Extremely Close", april2021.Set.NeighboursOf("878")[0].Proximity);
        Assert.Empty(april2021.Set.NeighboursOf("942")); // Cumberland: '-' in the April 2021 set
        var codes = LaCodeList.Read(Path.Combine(folder, "lait", "la_code_list.xlsx"), out var codeProblems);
        Assert.Empty(codeProblems);
        Assert.Contains(codes, c => c.Number == "878" && c.Name == "Devon" && c.Type == "SC");
    }

    [Fact]
    public void Benchmark_DevonTimeliness2023_NeighbourMeanOfTen()
    {
        var folder = DfeData.RequireFolder();
        var (data, dictionary, _) = Lait(folder);
        var set = StatisticalNeighbourWorkbook.Read(Path.Combine(folder, "lait", "sn_april_2021.xlsx"), "April 2021", null, out _).Set;
        var result = new LaitBenchmark(data, dictionary, set).Benchmark("Devon", "SEN_EHC_Excpt_20wks", "2023");

        // April 2021 neighbours of Devon, 2023 values read from the file: 42.1, 38.3, 60.2, 77.1, 1.6, 35, 3.9, 27.5, 27.7, 42.6 -> 356 / 10.
        Assert.Equal(10, result.NeighbourAverage.CountUsed);
        Assert.Equal(35.6m, result.NeighbourAverage.Value.Number);
        Assert.Equal(Verdict.Worse, result.Comparisons[0].Verdict);
        Assert.Equal("South West", result.RegionName);
        Assert.NotNull(result.Rank);
        Assert.Equal(QuartileBand.D, result.Band);
    }

    [Fact]
    public void Benchmark_Hackney20Weeks2024_LondonWhenInnerLondonIsMissing()
    {
        // Issue 18 (1): the file has London (Inner) '-' and London 66.900000000000006 for 2024; LAIT shows London.
        var folder = DfeData.RequireFolder();
        var (data, dictionary, _) = Lait(folder);
        var set = StatisticalNeighbourWorkbook.Read(Path.Combine(folder, "lait", "sn_may_2025.xlsx"), "May 2025", null, out _).Set;
        var result = new LaitBenchmark(data, dictionary, set).Benchmark("Hackney", "SEN_EHC_Excpt_20wks", "2024");
        Assert.Equal("London", result.RegionName);
        Assert.Equal(66.9m, result.Region.Number);
        Assert.Equal(Verdict.Worse, result.Comparisons[1].Verdict);
    }

    [Fact]
    public void Ees_Timeliness_DevonAndZeroDenominatorCases()
    {
        var folder = DfeData.RequireFolder();
        var rows = EesDataFile.ReadMeasure(Path.Combine(folder, "dfe-ehcp-2025", "timeliness_20_week.csv"), "PC_plans_issued_20_weeks_ex", KpiPeriodType.CalendarYear, out var problems);
        Assert.DoesNotContain(problems, p => p.Severity == DataProblemSeverity.Error);
        var devon2023 = rows.Single(r => r.Name == "Devon" && r.IsTotal && r.Period == KpiPeriod.CalendarYear(2023));
        Assert.Equal(4.9m, devon2023.Value.Number);
        // Data guidance footnote: Dorset classed every 2024 plan as an exception: zero denominator, shown as x.
        var dorset2024 = rows.Single(r => r.Name == "Dorset" && r.IsTotal && r.Period == KpiPeriod.CalendarYear(2024));
        Assert.Equal(KpiValueStatus.NotAvailable, dorset2024.Value.Status);

        var caseload = EesDataFile.ReadMeasure(Path.Combine(folder, "dfe-ehcp-2025", "caseload.csv"), "ehcplans", KpiPeriodType.SnapshotDate, out var caseloadProblems);
        Assert.DoesNotContain(caseloadProblems, p => p.Severity == DataProblemSeverity.Error);
        Assert.Contains(caseload, r => r.Level == EesGeographicLevel.National && r.IsTotal && r.Period == KpiPeriod.Snapshot(2019) && r.Value.Number == 353995m);
        EesDataFile.ReadMeasure(Path.Combine(folder, "dfe-ehcp-2025", "annual_reviews.csv"), "pc_decsion_4weeks", KpiPeriodType.CalendarYear, out var reviewProblems);
        Assert.Contains(reviewProblems, p => p.Severity == DataProblemSeverity.Warning && p.Field == "review_meeting_prior_24");
    }
}
