using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Xunit;

namespace Send.Cli.Tests;

/// <summary>
/// Issue 18 on the command line, over a small invented data folder (the Domain tests' LAIT fixtures and a hand-made
/// neighbour workbook): councils by any name, catalogue ids, period forms, typed JSON, warnings for the measure used
/// only, <c>kpi measures</c> and the benchmark pack.
/// </summary>
public sealed class KpiReportCommandTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("send-kpi-fixture-");

    public KpiReportCommandTests()
    {
        var lait = Directory.CreateDirectory(Path.Combine(folder.FullName, "lait")).FullName;
        var fixtures = Path.Combine(RepoRoot(), "tests", "Send.Domain.Tests", "Kpis", "Fixtures");
        File.Copy(Path.Combine(fixtures, "lait_long_london_fixture.tsv"), Path.Combine(lait, "lait_data_long.tsv"));
        File.Copy(Path.Combine(fixtures, "lait_dictionary_london_fixture.csv"), Path.Combine(lait, "lait_data_dictionary.csv"));
        WriteNeighbours(Path.Combine(lait, "sn_may_2025.xlsx"));
        var ees = Directory.CreateDirectory(Path.Combine(folder.FullName, "dfe-ehcp-2025")).FullName;
        File.Copy(Path.Combine(fixtures, "ees_timeliness_fixture.csv"), Path.Combine(ees, "timeliness_20_week.csv"));
    }

    public void Dispose() => folder.Delete(true);

    [Fact]
    public void Benchmark_CouncilByOnsCodeAndCatalogueId_TypedJson_LondonFallback()
    {
        var (code, stdout, stderr) = ProgramTests.Run("kpi", "benchmark", "--la", "sandbourne", "--measure", "FIX_LDN", "--year", "2024", "--json", "--data-dir", folder.FullName);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.Equal("London", root.GetProperty("region").GetProperty("name").GetString());
        Assert.Equal(41m, root.GetProperty("region").GetProperty("value").GetDecimal());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("region").GetProperty("symbol").ValueKind);
        Assert.Equal(42m, root.GetProperty("england").GetProperty("value").GetDecimal());

        // ONS code (read from the EES file) and catalogue id; a 'low' value is null with its symbol.
        var (code2, stdout2, _) = ProgramTests.Run("kpi", "benchmark", "--la", "E10000903", "--measure", "cla-rate-per-10k", "--year", "2024", "--json", "--data-dir", folder.FullName);
        Assert.Equal(0, code2);
        using var json2 = JsonDocument.Parse(stdout2);
        Assert.Equal("Christminster", json2.RootElement.GetProperty("la").GetString());
        Assert.Equal("LAC", json2.RootElement.GetProperty("measure").GetString());
        Assert.Equal(JsonValueKind.Null, json2.RootElement.GetProperty("value").ValueKind);
        Assert.Equal("low", json2.RootElement.GetProperty("symbol").GetString());
        Assert.Equal("x", json2.RootElement.GetProperty("change").GetProperty("symbol").GetString());
    }

    [Fact]
    public void Benchmark_YearLabelWarning_OnlyForItsMeasure()
    {
        var (_, _, quiet) = ProgramTests.Run("kpi", "benchmark", "--la", "Barsetshire", "--measure", "LAC", "--data-dir", folder.FullName);
        Assert.DoesNotContain("SEND-LAIT-YEAR", quiet);
        var (_, _, loud) = ProgramTests.Run("kpi", "benchmark", "--la", "Barsetshire", "--measure", "FIX_TIE", "--data-dir", folder.FullName);
        Assert.Contains("SEND-LAIT-YEAR", loud);
    }

    [Fact]
    public void Benchmark_UnknownCouncil_SuggestsByWords()
    {
        var (code, _, stderr) = ProgramTests.Run("kpi", "benchmark", "--la", "Caster", "--measure", "LAC", "--data-dir", folder.FullName);
        Assert.Equal(1, code);
        Assert.Contains("did you mean 'Casterbridge'", stderr);
    }

    [Fact]
    public void Measures_SearchListsCodeAndCatalogueId()
    {
        var (code, stdout, _) = ProgramTests.Run("kpi", "measures", "--search", "LOOKED", "--data-dir", folder.FullName);
        Assert.Equal(0, code);
        Assert.Contains("LAC", stdout);
        Assert.Contains("cla-rate-per-10k", stdout);
        Assert.DoesNotContain("FIX_LDN", stdout);
        Assert.Contains("1 measure(s)", stdout);
    }

    [Fact]
    public void Report_WritesAValidDocxWithOneChartPerMeasure()
    {
        var list = Path.Combine(folder.FullName, "measures.txt");
        File.WriteAllText(list, "# the pack\nFIX_LDN\ncla-rate-per-10k\n\nFIX_TIE  # noisy\n");
        var output = Path.Combine(folder.FullName, "pack.docx");
        var (code, stdout, stderr) = ProgramTests.Run("kpi", "report", "--la", "Barsetshire", "--measures", list, "-o", output, "--data-dir", folder.FullName, "--template", Path.Combine(RepoRoot(), "templates", "kpi-benchmark"));
        Assert.True(code == 0, stderr);
        Assert.Contains("3 measures", stdout);
        using var document = WordprocessingDocument.Open(output, false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365).Validate(document, TestContext.Current.CancellationToken).Select(e => e.Path?.XPath + " " + e.Description).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(5)));
        Assert.Equal(3, document.MainDocumentPart!.ChartParts.Count());
        var text = document.MainDocumentPart.Document!.Body!.InnerText;
        Assert.Contains("Barsetshire: benchmark pack", text);
        Assert.Contains("Children looked after rate", text);
    }

    [Fact]
    public void Report_UnknownMeasuresInAFile_AllListedWithTheirLines_NothingWritten()
    {
        var list = Path.Combine(folder.FullName, "measures.txt");
        File.WriteAllText(list, "FIX_LDN\nNOPE_ONE\n# comment\nNOPE_TWO\n");
        var output = Path.Combine(folder.FullName, "pack.docx");
        var (code, _, stderr) = ProgramTests.Run("kpi", "report", "--la", "Barsetshire", "--measures", list, "-o", output, "--data-dir", folder.FullName, "--template", Path.Combine(RepoRoot(), "templates", "kpi-benchmark"));
        Assert.Equal(1, code);
        Assert.Contains(list + "(2)", stderr);
        Assert.Contains(list + "(4)", stderr);
        Assert.False(File.Exists(output));
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "Send.sln")))
        {
            dir = dir.Parent;
        }

        return dir.FullName;
    }

    /// <summary>A neighbour workbook in the DfE layout: Barsetshire's neighbours are Casterbridge, Christminster and Sandbourne.</summary>
    private static void WriteNeighbours(string path)
    {
        var rows = new List<string[]>
        {
            new[] { "LA num", "LA Name", "LA number", "GOInd", "GOReg", "SN1", "SNP", "SN2", "SNP", "SN3", "SNP" },
            new[] { "901", "Barsetshire", "901", "7", "South West", "902", "Close", "903", "Close", "904", "Not close" },
            new[] { "904", "Sandbourne", "904", "6", "London", "906", "Close", "901", "Not close", "902", "Not close" },
        };
        using var document = SpreadsheetDocument.Create(path, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < rows[r].Length; c++)
            {
                var reference = ((char)('A' + c)).ToString() + (r + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                row.Append(new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(rows[r][c])) });
            }

            data.Append(row);
        }

        sheetPart.Worksheet = new Worksheet(data);
        workbookPart.Workbook.AppendChild(new Sheets(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = 1, Name = "LA SN Groups" }));
    }
}
