using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Send.Data.Kpis.Sources;
using Send.Data.Parsing;
using Send.Domain.Kpis;
using Send.Domain.Validation;
using Xunit;

namespace Send.Domain.Tests.Kpis;

public sealed class SourcesTests
{
    [Fact]
    public void Csv_QuotedFieldsWithCommasQuotesAndNewlines_AreOneField()
    {
        var csv = new CsvRecordReader(new StringReader("a,\"b, c\",\"say \"\"hi\"\"\"\r\n\"multi\nline\",2,3\n"));
        Assert.True(csv.TryRead(out var first, out var line1));
        Assert.Equal(new[] { "a", "b, c", "say \"hi\"" }, first);
        Assert.Equal(1, line1);
        Assert.True(csv.TryRead(out var second, out var line2));
        Assert.Equal(new[] { "multi\nline", "2", "3" }, second);
        Assert.Equal(2, line2);
        Assert.False(csv.TryRead(out _, out _));
    }

    [Fact]
    public void Csv_UnterminatedQuote_IsReportedWithItsLine()
    {
        var csv = new CsvRecordReader(new StringReader("a,b\n\"open,c\n"));
        while (csv.TryRead(out _, out _))
        {
        }

        Assert.Equal(2, csv.UnterminatedQuoteLine);
    }

    [Fact]
    public void Ees_ReadsMeasureWithSymbolsAndReportsBadRowsWithoutStopping()
    {
        var rows = EesDataFile.ReadMeasure(Fixtures.Path("ees_timeliness_fixture.csv"), "PC_plans_issued_20_weeks_ex", KpiPeriodType.CalendarYear, out var problems);
        var barset2023 = rows.Single(r => r.Name == "Barsetshire" && r.Period == KpiPeriod.CalendarYear(2023));
        Assert.Equal(12.5m, barset2023.Value.Number);
        Assert.Equal("901", barset2023.OldLaCode);
        Assert.Equal(EesGeographicLevel.LocalAuthority, barset2023.Level);
        Assert.True(barset2023.IsTotal);
        var casterbridge = rows.First(r => r.Name == "Casterbridge, City of");
        Assert.Equal(KpiValueStatus.NotAvailable, casterbridge.Value.Status);
        Assert.Equal(KpiValueStatus.Suppressed, rows.Single(r => r.Name == "Barsetshire" && r.Period.EndYear == 2024).Value.Status);
        Assert.Equal("Wessex", rows.Single(r => r.Level == EesGeographicLevel.Regional).Name);
        Assert.False(rows.Single(r => r.Breakdown == "Female").IsTotal);

        var errors = problems.Where(p => p.Severity == DataProblemSeverity.Error).ToList();
        Assert.Equal(new int?[] { 8, 9, 10 }, errors.Select(p => p.Line).ToArray());
        Assert.Equal("n/a", errors[0].Value);
        Assert.Equal("202425", errors[2].Value);
        var warning = Assert.Single(problems, p => p.Severity == DataProblemSeverity.Warning);
        Assert.Equal("plans_issued_den", warning.Field);
    }

    [Fact]
    public void Ees_TotalsByGeography_KeysByLaNumberRegionAndCountryCode()
    {
        var rows = EesDataFile.ReadMeasure(Fixtures.Path("ees_timeliness_fixture.csv"), "PC_plans_issued_20_weeks_ex", KpiPeriodType.CalendarYear, out _);
        var totals = EesDataFile.TotalsByGeography(rows);
        Assert.Equal(12.5m, totals[("901", KpiPeriod.CalendarYear(2023))].Number);
        Assert.Equal(KpiValueStatus.NotAvailable, totals[("902", KpiPeriod.CalendarYear(2023))].Status);
        Assert.Equal(40.1m, totals[("E12000099", KpiPeriod.CalendarYear(2023))].Number);
        Assert.Equal(55.5m, totals[("E92000001", KpiPeriod.CalendarYear(2023))].Number);
    }

    [Fact]
    public void Ees_MissingMeasureColumn_IsHeaderProblem()
    {
        var rows = EesDataFile.ReadMeasure(Fixtures.Path("ees_timeliness_fixture.csv"), "no_such_measure", KpiPeriodType.CalendarYear, out var problems);
        Assert.Empty(rows);
        Assert.Contains(problems, p => p.Field == "no_such_measure" && p.Line == 1);
    }

    [Fact]
    public void LaitDictionary_ReadsQuotedMultilineRows()
    {
        var dictionary = LaitDataDictionary.Read(Fixtures.Path("lait_dictionary_fixture.csv"), out var problems);
        var ontime = dictionary.Measures["FIX_ONTIME"];
        Assert.Equal(Polarity.HigherIsBetter, ontime.Polarity);
        Assert.Equal(1, ontime.Decimals); // dps NA -> 1, as the LAIT app does
        Assert.Equal(KpiPeriodType.CalendarYear, ontime.PeriodType);
        Assert.Equal(2, ontime.Line);
        Assert.True(dictionary.TryGet("FIX_EXCL", out var excl)); // trailing space in the file is trimmed
        Assert.Equal(Polarity.LowerIsBetter, excl.Polarity);
        Assert.Equal(2, excl.Decimals);
        Assert.Equal(5, excl.Line); // the description of FIX_ONTIME spans lines 2-4
        var rate = dictionary.Measures["FIX_RATE"];
        Assert.Equal(Polarity.NoPolarity, rate.Polarity);
        Assert.True(rate.NoQuartile);
        Assert.Equal(4, dictionary.Measures.Count); // the duplicate FIX_ONTIME keeps its first row
        Assert.Equal(2, problems.Count); // odd polarity and odd dps, both warnings
        Assert.All(problems, p => Assert.Equal(DataProblemSeverity.Warning, p.Severity));
    }

    [Fact]
    public void LaitLong_RemovesNoise_RepairsSplitLines_ReportsBadRows()
    {
        var data = LaitData.Read(Fixtures.Path("lait_long_fixture.tsv"), out var problems);
        var ontime = data.Series["FIX_ONTIME"];
        Assert.Equal("Plans issued on time", ontime.DataItem);
        var barset = data.FindGeography("Barsetshire")!;
        Assert.Equal(4.9m, ontime.FindYear("2023")![barset.Index].Number);
        Assert.Equal(50.3m, ontime.FindYear("2023")![data.England!.Index].Number);
        Assert.Equal(KpiValueStatus.Missing, ontime.FindYear("2023")![data.FindGeography(904)!.Index].Status);
        var excl = data.Series["FIX_EXCL"];
        Assert.Equal(0.35549m, excl.FindYear("2023")![barset.Index].Number); // 2023 finds 2022/23
        Assert.Equal(0.02555m, excl.FindYear("2022/23")![data.FindGeography(902)!.Index].Number);
        var rate = data.Series["FIX_RATE"];
        Assert.Equal("Rate with a\nline break", rate.DataItem);
        Assert.Equal(70m, rate.Latest![data.FindGeography("casterbridge")!.Index].Number);

        Assert.Contains(problems, p => p.Line == 20 && p.Value == "oops");
        Assert.Contains(problems, p => p.Line == 26 && p.Value == "nine");
        Assert.Contains(problems, p => p.Line == 27 && p.Value == "0" && p.Severity == DataProblemSeverity.Warning);
        Assert.Equal(3, problems.Count);
    }

    [Fact]
    public void LaitLong_RegionOf_MatchesLondonAndYorkshireSpellings()
    {
        var data = LaitData.Read(Fixtures.Path("lait_long_fixture.tsv"), out _);
        Assert.Equal("London (Inner)", data.RegionOf(data.FindGeography(904)!)!.Name);
        Assert.Equal("Yorkshire and the Humber", data.RegionOf(data.FindGeography(905)!)!.Name);
        Assert.Equal("South West", data.RegionOf(data.FindGeography(901)!)!.Name);
    }

    [Fact]
    public void NeighbourWorkbook_ReadsSharedStringsOrderAndLegacyRows()
    {
        var path = WriteWorkbook();
        var workbook = StatisticalNeighbourWorkbook.Read(path, "Test 2025", null, out var problems);
        var neighbours = workbook.Set.NeighboursOf("901");
        Assert.Equal(new[] { "903", "902", "905", "904" }, neighbours.Select(n => n.Code));
        Assert.Equal("Very close", neighbours[0].Proximity);
        Assert.Empty(workbook.Set.NeighboursOf("905")); // "-" means no neighbours
        Assert.True(workbook.Councils.Single(c => c.Number == "906").IsLegacy);
        Assert.Equal(new[] { "903" }, workbook.Set.NeighboursOf("902").Select(n => n.Code)); // legacy row does not replace
        var problem = Assert.Single(problems);
        Assert.Equal(8, problem.Line);
    }

    [Fact]
    public void Benchmark_Fixture_NeighbourMeanRankBandRegionEngland()
    {
        var dictionary = LaitDataDictionary.Read(Fixtures.Path("lait_dictionary_fixture.csv"), out _);
        var data = LaitData.Read(Fixtures.Path("lait_long_fixture.tsv"), out _);
        var set = StatisticalNeighbourWorkbook.Read(WriteWorkbook(), "Test 2025", null, out _).Set;
        var result = new LaitBenchmark(data, dictionary, set).Benchmark("Barsetshire", "FIX_ONTIME", null);

        Assert.Equal("2023", result.Year);
        Assert.Equal("4.9", result.Display(result.Value));
        // Neighbours 903 (40), 902 (40), 905 (80), 904 (missing): mean 160 / 3.
        Assert.Equal(3, result.NeighbourAverage.CountUsed);
        Assert.Equal(4, result.NeighbourAverage.CountListed);
        Assert.Equal("53.3", result.Display(result.NeighbourAverage.Value));
        Assert.Equal(33.4m, result.Region.Number);
        Assert.Equal(50.3m, result.England.Number);
        // LAs with values: 4.9, 40, 40, 80 (higher is better): Barsetshire is 4th of 4, Casterbridge shares 2nd.
        Assert.Equal(4, result.Rank);
        Assert.Equal(4, result.RankedCount);
        Assert.Equal(QuartileBand.D, result.Band);
        Assert.Equal(2, new LaitBenchmark(data, dictionary, set).Benchmark("902", "FIX_ONTIME", "2023").Rank);
        Assert.Equal(Direction.Worsened, result.Travel!.Direction);
        Assert.Equal("2022", result.PreviousYear);
        Assert.Equal(Verdict.Worse, result.Comparisons[2].Verdict);
    }

    [Fact]
    public void Benchmark_UnknownCouncil_SuggestsName()
    {
        var dictionary = LaitDataDictionary.Read(Fixtures.Path("lait_dictionary_fixture.csv"), out _);
        var data = LaitData.Read(Fixtures.Path("lait_long_fixture.tsv"), out _);
        var benchmark = new LaitBenchmark(data, dictionary, new ComparatorSet("none", "0", null, new Dictionary<string, IReadOnlyList<Neighbour>>()));
        var ex = Assert.Throws<DataException>(() => benchmark.Benchmark("Barsetshre", "FIX_ONTIME", null));
        Assert.Contains("Barsetshire", ex.Problems[0].Expected);
        Assert.Throws<DataException>(() => benchmark.Benchmark("England", "FIX_ONTIME", null));
        Assert.Throws<DataException>(() => benchmark.Benchmark("Barsetshire", "FIX_ONTIME", "2019"));
        Assert.Throws<DataException>(() => benchmark.Benchmark("Barsetshire", "NOPE", null));
    }

    [Fact]
    public void BenchmarkAll_EveryCouncilEveryMeasure()
    {
        var dictionary = LaitDataDictionary.Read(Fixtures.Path("lait_dictionary_fixture.csv"), out _);
        var data = LaitData.Read(Fixtures.Path("lait_long_fixture.tsv"), out _);
        var results = new LaitBenchmark(data, dictionary, new ComparatorSet("none", "0", null, new Dictionary<string, IReadOnlyList<Neighbour>>())).BenchmarkAll().ToList();
        Assert.Equal(data.Series.Count * data.Geographies.Count(g => g.IsLocalAuthority), results.Count);
        Assert.All(results.Where(r => r.MeasureCode == "FIX_RATE"), r => Assert.Null(r.Rank)); // no polarity: unranked
    }

    [Fact]
    public void SnWorkbook_TamperedCellReference_IsALocatedProblemNotGigabytes()
    {
        // Issue 12 (14): one reference changed to ZZZZZZ2 padded the row with 321 million empty cells (21 s, 8.2 GB).
        var path = WriteWorkbook();
        using (var document = SpreadsheetDocument.Open(path, true))
        {
            var cell = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>().First(c => c.CellReference!.Value == "B2");
            cell.CellReference = "ZZZZZZ2";
        }

        var ex = Assert.Throws<DataException>(() => StatisticalNeighbourWorkbook.Read(path, "Test 2025", null, out _));
        var problem = Assert.Single(ex.Problems);
        Assert.Equal("SEND-XLSX", problem.Code);
        Assert.Equal(2, problem.Line);
        Assert.Equal("ZZZZZZ2", problem.Field);
        Assert.Equal(path, problem.Source);
    }

    [Fact]
    public void SnWorkbook_NotAWorkbook_IsALocatedProblem()
    {
        var path = Path.Combine(Path.GetTempPath(), "send-sn-notxlsx-" + System.Guid.NewGuid().ToString("N") + ".xlsx");
        File.WriteAllText(path, "LA num,LA Name\n");
        var ex = Assert.Throws<DataException>(() => StatisticalNeighbourWorkbook.Read(path, "Test 2025", null, out _));
        Assert.Equal("SEND-XLSX", Assert.Single(ex.Problems).Code);
    }

    /// <summary>Writes a small SN workbook in the DfE layout, with shared strings, to a temp file.</summary>
    internal static string WriteWorkbook()
    {
        var path = Path.Combine(Path.GetTempPath(), "send-sn-fixture-" + System.Guid.NewGuid().ToString("N") + ".xlsx");
        var rows = new List<string?[]>
        {
            new[] { "A", "B", "C" },
            new[] { "1", "2", "3" },
            new[] { "LA num", "LA Name", "LA number", "GOInd", "GOReg", "SN1", "SNP", "SN2", "SNP", "SN3", "SNP", "SN4", "SNP" },
            new[] { "901", "Barsetshire", "901", "7", "South West", "903", "Very close", "902", "Close", "905", "Close", "904", "Not close" },
            new[] { "902", "Casterbridge", "902", "7", "South West", "903", "Close", null, null, null, null, null, null },
            new[] { "905", "Wintoncester", "905", "9", "Yorkshire and the Humber", "-", "-", "-", "-", null, null, null, null },
            new string?[] { null },
            new[] { "n/a", "Broken", "x" },
            new[] { "Old SNs:" },
            new[] { "906", "Old Barsetshire", "906", "7", "South West", "901", "Close" },
            new[] { "902", "Old Casterbridge", "902", "7", "South West", "901", "Close" },
        };
        using (var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            var sharedPart = workbookPart.AddNewPart<SharedStringTablePart>();
            sharedPart.SharedStringTable = new SharedStringTable();
            var strings = new List<string>();
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Count; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var text = rows[r][c];
                    if (text is null)
                    {
                        continue;
                    }

                    var reference = ((char)('A' + c)).ToString() + (r + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                    if (int.TryParse(text, out _))
                    {
                        row.Append(new Cell { CellReference = reference, CellValue = new CellValue(text) });
                    }
                    else
                    {
                        var index = strings.IndexOf(text);
                        if (index < 0)
                        {
                            strings.Add(text);
                            index = strings.Count - 1;
                        }

                        row.Append(new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(index.ToString(System.Globalization.CultureInfo.InvariantCulture)) });
                    }
                }

                data.Append(row);
            }

            foreach (var s in strings)
            {
                sharedPart.SharedStringTable.Append(new SharedStringItem(new Text(s)));
            }

            sheetPart.Worksheet = new Worksheet(data);
            workbookPart.Workbook.AppendChild(new Sheets(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = 1, Name = "LA SN Groups" }));
        }

        return path;
    }
}
