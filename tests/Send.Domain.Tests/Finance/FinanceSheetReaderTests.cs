using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Send.Data.Finance;
using Send.Domain.Finance;
using Send.Domain.Validation;
using Xunit;
using static Send.Domain.Tests.Finance.Seeds;

namespace Send.Domain.Tests.Finance;

public sealed class FinanceSheetReaderTests
{
    // The Anyshire table (invented) as a council prints it: years across, local contribution in £000.
    private const string AnyshireCsv = """
        £m,Outturn 2023/24,Forecast 2024/25,Forecast 2025/26
        Cumulative deficit b/f,12.84,31.998,46.805
        In-year deficit,21.258,18.407,9.5
        Safety Valve contribution,(2.100),(2.100),(2.100)
        Local contribution (£000),-,"(1,500)","(3,250)"
        Cumulative deficit c/f,31.998,46.805,50.955
        """;

    [Fact]
    public void ReadDeficitTable_CsvYearsAcross_FiguresAsPrinted()
    {
        var path = Write("anyshire.csv", AnyshireCsv);

        var loaded = FinanceSheetReader.ReadDeficitTable(SheetLocation.Parse(path));

        Assert.Empty(loaded.Problems);
        var rows = loaded.Value!.Table.Rows;
        Assert.Equal(new[] { Fy("2023/24"), Fy("2024/25"), Fy("2025/26") }, rows.Select(r => r.Year));
        Assert.Equal(new[] { DsgYearStatus.Outturn, DsgYearStatus.Forecast, DsgYearStatus.Forecast }, rows.Select(r => r.Status));
        Assert.Equal(M(12.84m), rows[0].BroughtForward);
        Assert.Equal(2, rows[0].Decimals.BroughtForward); // "12.84" is printed to 2 dp
        Assert.Equal(M(-2.1m), rows[1].SafetyValve);
        Assert.Equal(M(-1.5m), rows[1].Local); // "(1,500)" in £000
        Assert.Equal(Money.Zero, rows[0].Local); // "-"
        // By hand: 12.840 + 21.258 + 18.407 + 9.500 - 3 x 2.100 - 1.500 - 3.250 = 50.955.
        var reconciliation = new DeficitTableReconciler().Reconcile(loaded.Value.Table);
        Assert.Equal(ReconciliationVerdict.Exact, reconciliation.OverallVerdict);
    }

    [Fact]
    public void ReadDeficitTable_RowThatDoesNotAddUp_ReconciliationProblemIsOnTheCell()
    {
        var path = Write("anyshire.csv", AnyshireCsv.Replace("46.805,50.955", "46.805,51.055"));

        var loaded = FinanceSheetReader.ReadDeficitTable(SheetLocation.Parse(path));
        var problems = loaded.Locate(new DeficitTableReconciler().Reconcile(loaded.Value!.Table).Problems);

        var error = Assert.Single(problems, p => p.Code == "SEND-FIN-RECON");
        Assert.Equal((path, 6, 4, "years[2].carried_forward"), (error.Source, error.Line, error.Column, error.Field));
    }

    [Fact]
    public void ReadDeficitTable_UnknownLabel_DidYouMeanOnTheCell()
    {
        var path = Write("bad.csv", AnyshireCsv.Replace("In-year deficit,", "In-year defcit,"));

        var problem = Assert.Single(FinanceSheetReader.ReadDeficitTable(SheetLocation.Parse(path)).Problems);

        Assert.Equal((3, 1), (problem.Line, problem.Column));
        Assert.Equal("In-year defcit", problem.Value);
        Assert.Contains("did you mean 'In-year deficit' (in_year)?", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadDeficitTable_CsvSavedInWindows1252_IsALocatedProblem()
    {
        // "£m" in the corner cell saved by Excel's plain CSV: the pound sign is the single byte 0xA3, line 1, column 1.
        var path = Write("cp1252.csv", AnyshireCsv);
        var bytes = File.ReadAllBytes(path).ToList();
        bytes.InsertRange(0, new byte[] { 0xA3, (byte)'m' });
        File.WriteAllBytes(path, bytes.ToArray());

        var problem = Assert.Single(FinanceSheetReader.ReadDeficitTable(SheetLocation.Parse(path)).Problems);

        Assert.Equal((path, 1, 1, "SEND-FIN-SHEET"), (problem.Source, problem.Line, problem.Column, problem.Code));
        Assert.Contains("not UTF-8", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadDeficitTable_BadFigureInXlsx_IsReportedAtSheetAndCell()
    {
        var path = Xlsx("bad.xlsx", "DSG", Cells(AnyshireCsv.Replace("(2.100),(2.100),(2.100)", "(2.100),(2.1OO),(2.100)")));

        var problem = Assert.Single(FinanceSheetReader.ReadDeficitTable(SheetLocation.Parse(path + "#DSG")).Problems);

        Assert.Equal(path + "(DSG!C4)", problem.Source);
        Assert.Null(problem.Line);
        Assert.Equal("years[1].safety_valve", problem.Field);
        Assert.Equal("(2.1OO)", problem.Value);
    }

    [Fact]
    public void ReadDeficitTable_XlsxNumberCells_AreReadAsTheirFormatPrintsThem()
    {
        // Numbers as Excel stores them (binary doubles), formatted 0.000 and #,##0.000;(#,##0.000); one General cell.
        var rows = new List<XCell[]>
        {
            new[] { T("£m"), T("Outturn 2023/24"), T("Forecast 2024/25") },
            new[] { T("b/f"), N("12.84", null), N("31.998", "0.000") },
            new[] { T("In-year"), N("21.257999999999999", "0.000"), N("18.407", "0.000") },
            new[] { T("Safety Valve"), N("-2.1", "#,##0.000;(#,##0.000)"), N("-2.1000000000000001", "#,##0.000;(#,##0.000)") },
            new[] { T("Local"), N("0", "#,##0.000;(#,##0.000);\"-\""), N("-1.5", "0.000") },
            new[] { T("c/f"), N("31.998000000000001", "0.000"), N("46.805", "0.000") },
        };
        var path = Xlsx("formats.xlsx", "DSG", rows);

        var loaded = FinanceSheetReader.ReadDeficitTable(SheetLocation.Parse(path + "#DSG"));

        Assert.Empty(loaded.Problems);
        var table = loaded.Value!.Table;
        Assert.Equal(M(21.258m), table.Rows[0].InYear);
        Assert.Equal(M(-2.1m), table.Rows[0].SafetyValve);
        Assert.Equal(2, table.Rows[0].Decimals.BroughtForward); // General 12.84 shows 2 places
        Assert.Equal(3, table.Decimals);
        Assert.Equal(ReconciliationVerdict.Exact, new DeficitTableReconciler().Reconcile(table).OverallVerdict);
    }

    [Fact]
    public void ReadDeficitTable_Range_LeavesOutWhatIsAround()
    {
        var text = "Anyshire DSG,,,,\nnote,,,,\n" + string.Join('\n', AnyshireCsv.Split('\n').Select(l => "x," + l.TrimEnd('\r'))) + "\n,,,,memo 1.0";
        var path = Xlsx("range.xlsx", "Plan", Cells(text));

        var loaded = FinanceSheetReader.ReadDeficitTable(SheetLocation.Parse(path + "#Plan!B3:E8"));

        Assert.Empty(loaded.Problems);
        Assert.Equal(3, loaded.Value!.Table.Rows.Count);
    }

    [Fact]
    public void ReadDeficitTable_SheetNotInWorkbook_DidYouMean()
    {
        var path = Xlsx("s.xlsx", "DSG table", Cells(AnyshireCsv));

        var problem = Assert.Single(FinanceSheetReader.ReadDeficitTable(SheetLocation.Parse(path + "#DSG tabel")).Problems);

        Assert.Contains("did you mean 'DSG table'?", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadDeficitTable_YearsDown_WithAMapAndIgnoredColumn()
    {
        var csv = """
            Year,Status,Balance at 1 April,In-year,SV,Local,Balance at 31 March,% of HNB
            2023/24,Outturn,12.84,21.258,(2.100),-,31.998,12%
            2024/25,Forecast,31.998,18.407,(2.100),(1.500),46.805,15%
            """;
        var path = Write("down.csv", csv);
        var map = FinanceSheetMap.Read("""
            { "fields": { "brought_forward": "Balance at 1 April", "carried_forward": ["Balance at 31 March", "Closing"] },
              "ignore": ["% of HNB"], "table": { "title": "Anyshire", "sign_convention": "deficit_positive" } }
            """, "map.json").Value!;

        var loaded = FinanceSheetReader.ReadDeficitTable(SheetLocation.Parse(path), map);

        Assert.Empty(loaded.Problems);
        Assert.Equal("Anyshire", loaded.Value!.Table.Title);
        Assert.Equal(M(46.805m), loaded.Value.Table.Rows[1].CarriedForward);
        Assert.Equal(DsgYearStatus.Outturn, loaded.Value.Table.Rows[0].Status);
    }

    [Fact]
    public void ReadDeficitTable_MapNamesAFieldTheTableDoesNotHave_DidYouMean()
    {
        var path = Write("anyshire.csv", AnyshireCsv);
        var map = FinanceSheetMap.Read("""{ "fields": { "brought_foward": "Opening" } }""", "map.json").Value!;

        var problem = Assert.Single(FinanceSheetReader.ReadDeficitTable(SheetLocation.Parse(path), map).Problems);

        Assert.Equal(("map.json", "fields.brought_foward"), (problem.Source, problem.Field));
        Assert.Contains("did you mean 'brought_forward'?", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadSavingsProgramme_OneYearWithTotalRow()
    {
        var csv = """
            Strand,Target,Forecast,RAG
            Independent placements,1.75,1.60,Amber
            Transport,£1.25m,(0.10),Red
            Early help,500k,-,Not rated
            Total,3.5,"2,950k",
            """;
        var path = Write("savings.csv", csv);
        var map = FinanceSheetMap.Read("""{ "table": { "name": "Anyshire", "year": "2024/25" } }""", "map.json").Value!;

        var loaded = FinanceSheetReader.ReadSavingsProgramme(SheetLocation.Parse(path), map);

        Assert.Empty(loaded.Problems);
        var year = Assert.Single(loaded.Value!.Years);
        Assert.Equal((M(3.5m), M(2.95m)), (year.StatedTarget, year.Forecast!.Value));
        Assert.Equal(84.3m, year.DeliveryPercent); // 2.950 / 3.500 = 84.29%
        Assert.Equal(new[] { RagStatus.Amber, RagStatus.Red, RagStatus.NotRated }, year.Strands.Select(s => s.Rag));
    }

    [Fact]
    public void ReadSavingsProgramme_SeveralYears_SameAsTheJsonForm()
    {
        var csv = """
            Strand,2024/25,,2025/26,,2026/27,Total
            ,Target,Forecast,Target,Forecast,Target,
            Independent placements,1.75,1.60,2.0,1.9,2.2,5.95
            Transport,1.25,0.95,1.2,1.1,1.3,3.75
            Early help,500k,0.40,1.0,0.8,1.3,2.8
            Total,3.5,2.95,4.2,3.8,4.8,12.5
            """;
        var path = Write("plan.csv", csv);

        var sheet = FinanceSheetReader.ReadSavingsProgramme(SheetLocation.Parse(path)).Value!;
        var json = MultiYearSavingsProgrammeReader.Read(MultiYearSavingsProgrammeTests.Anyshire, "a.json").Value!;

        Assert.Equal(json.Years.Select(y => (y.Year, y.StatedTarget, y.StatedForecast, y.Decimals)), sheet.Years.Select(y => (y.Year, y.StatedTarget, y.StatedForecast, y.Decimals)));
        Assert.Equal(json.StrandTotals.Select(s => (s.Name, s.Target, s.Forecast, s.StatedTarget)), sheet.StrandTotals.Select(s => (s.Name, s.Target, s.Forecast, s.StatedTarget)));
        Assert.Equal((json.Target, json.StatedTarget, json.DeliveryPercent), (sheet.Target, sheet.StatedTarget, sheet.DeliveryPercent));
    }

    [Fact]
    public void ReadSavingsProgramme_ZeroTargetInAYear_IsOnItsCell()
    {
        var csv = "Strand,2024/25,2025/26\nPlacements,1.0,0\nTotal,1.0,0\n";
        var path = Xlsx("zero.xlsx", "Savings", Cells(csv));

        var errors = FinanceSheetReader.ReadSavingsProgramme(SheetLocation.Parse(path + "#Savings")).Problems.Where(p => p.Severity == DataProblemSeverity.Error).ToArray();

        Assert.Contains(errors, p => p.Source == path + "(Savings!C3)" && p.Message.Contains("a savings target of zero", StringComparison.Ordinal));
    }

    [Fact]
    public void SheetLocation_Parse()
    {
        Assert.Equal(new SheetLocation("b.xlsx", "DSG table", "B4:H12"), SheetLocation.Parse("b.xlsx#'DSG table'!B4:H12"));
        Assert.Equal(new SheetLocation("b.xlsx", "DSG"), SheetLocation.Parse("b.xlsx#DSG"));
        Assert.Equal(new SheetLocation("t.csv", null, "B4:H12"), SheetLocation.Parse("t.csv#B4:H12"));
        Assert.True(SheetLocation.Names("b.XLSX#DSG"));
        Assert.False(SheetLocation.Names("t.json"));
    }

    /// <summary>A table written as a CSV sheet (years across, figures as printed) reads to the same rows as the same table written as JSON.</summary>
    [Property(MaxTest = 40)]
    public bool CsvAndJsonForms_GiveTheSameTable(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        var years = random.Next(1, 6);
        var start = 2018 + random.Next(0, 6);
        var bf = random.Next(-50_000, 200_000) / 1000m;
        var rows = new List<(string Year, string[] Figures)>();
        for (var i = 0; i < years; i++)
        {
            var inYear = random.Next(-20_000, 40_000) / 1000m;
            var sv = random.Next(0, 3) == 0 ? 0m : random.Next(0, 10_000) / 1000m;
            var local = random.Next(0, 3) == 0 ? 0m : random.Next(0, 5_000) / 1000m;
            var cf = bf + inYear - sv - local + (random.Next(0, 4) == 0 ? 0.001m : 0m);
            string P(decimal v) => v < 0 ? "(" + (-v).ToString("#,##0.000", CultureInfo.InvariantCulture) + ")" : v.ToString("#,##0.000", CultureInfo.InvariantCulture);
            rows.Add(($"{start + i}/{(start + i + 1) % 100:00}", new[] { P(bf), P(inYear), sv == 0 ? "-" : P(-sv), local == 0 ? "-" : P(-local), P(cf) }));
            bf = cf;
        }

        var fields = new[] { "brought_forward", "in_year", "safety_valve", "local", "carried_forward" };
        var labels = new[] { "Cumulative deficit b/f", "In-year deficit", "Safety Valve contribution", "Local contribution", "Cumulative deficit c/f" };
        var csv = new StringBuilder("£m," + string.Join(',', rows.Select(r => "Forecast " + r.Year)) + "\n");
        for (var f = 0; f < fields.Length; f++)
        {
            csv.Append(labels[f]).Append(',').Append(string.Join(',', rows.Select(r => "\"" + r.Figures[f] + "\""))).Append('\n');
        }

        var json = "{ \"years\": [" + string.Join(',', rows.Select(r => "{ \"year\": \"" + r.Year + "\", \"status\": \"forecast\", " + string.Join(',', fields.Select((f, i) => $"\"{f}\": \"{r.Figures[i]}\"")) + " }")) + "] }";
        var path = Write($"p{seed.Get}.csv", csv.ToString());
        var fromSheet = FinanceSheetReader.ReadDeficitTable(SheetLocation.Parse(path)).Value!.Table;
        var fromJson = DeficitTableReader.Read(json, "p.json").Value!.Table;
        var reconciler = new DeficitTableReconciler();
        return fromSheet.Rows.SequenceEqual(fromJson.Rows, new RowComparer())
            && fromSheet.Decimals == fromJson.Decimals
            && reconciler.Reconcile(fromSheet).Years.Select(y => y.Verdict).SequenceEqual(reconciler.Reconcile(fromJson).Years.Select(y => y.Verdict));
    }

    /// <summary>
    /// A table kept in a workbook as Excel keeps it (binary doubles, formatted <c>#,##0.000;(#,##0.000);"-"</c>) reads to
    /// the same rows and verdicts as the table entered in JSON as printed (the text the format shows).
    /// </summary>
    [Property(MaxTest = 25)]
    public bool XlsxNumberCellsAndJsonForms_GiveTheSameTable(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        var years = random.Next(1, 5);
        var start = 2018 + random.Next(0, 6);
        const string Format = "#,##0.000;(#,##0.000);\"-\"";
        var bf = random.Next(-50_000, 200_000) / 1000m;
        var columns = new List<(string Year, decimal[] Values)>();
        for (var i = 0; i < years; i++)
        {
            var inYear = random.Next(-20_000, 40_000) / 1000m;
            var sv = random.Next(0, 3) == 0 ? 0m : random.Next(1, 10_000) / 1000m;
            var local = random.Next(0, 3) == 0 ? 0m : random.Next(1, 5_000) / 1000m;
            var cf = bf + inYear - sv - local + (random.Next(0, 4) == 0 ? 0.002m : 0m);
            columns.Add(($"{start + i}/{(start + i + 1) % 100:00}", new[] { bf, inYear, -sv, -local, cf }));
            bf = cf;
        }

        static string Printed(decimal v) => v == 0m ? "-" : v < 0 ? "(" + (-v).ToString("#,##0.000", CultureInfo.InvariantCulture) + ")" : v.ToString("#,##0.000", CultureInfo.InvariantCulture);
        var fields = new[] { "brought_forward", "in_year", "safety_valve", "local", "carried_forward" };
        var labels = new[] { "b/f", "In-year", "Safety Valve", "Local", "c/f" };
        var rows = new List<XCell[]> { new[] { T("£m") }.Concat(columns.Select(c => T("Forecast " + c.Year))).ToArray() };
        for (var f = 0; f < fields.Length; f++)
        {
            // The double's shortest round-trip text, as Excel writes it (21.258 may be stored as 21.257999999999999).
            rows.Add(new[] { T(labels[f]) }.Concat(columns.Select(c => N(((double)c.Values[f]).ToString("R", CultureInfo.InvariantCulture), Format))).ToArray());
        }

        var json = "{ \"years\": [" + string.Join(',', columns.Select(c => "{ \"year\": \"" + c.Year + "\", \"status\": \"forecast\", " + string.Join(',', fields.Select((f, i) => $"\"{f}\": \"{Printed(c.Values[i])}\"")) + " }")) + "] }";
        var path = Xlsx($"x{seed.Get}.xlsx", "DSG", rows);
        var fromSheet = FinanceSheetReader.ReadDeficitTable(SheetLocation.Parse(path + "#DSG")).Value!.Table;
        var fromJson = DeficitTableReader.Read(json, "x.json").Value!.Table;
        var reconciler = new DeficitTableReconciler();
        return fromSheet.Rows.SequenceEqual(fromJson.Rows, new RowComparer())
            && reconciler.Reconcile(fromSheet).Years.Select(y => y.Verdict).SequenceEqual(reconciler.Reconcile(fromJson).Years.Select(y => y.Verdict));
    }

    private sealed class RowComparer : IEqualityComparer<PublishedDeficitRow>
    {
        public bool Equals(PublishedDeficitRow? x, PublishedDeficitRow? y) =>
            x!.Year == y!.Year && x.Status == y.Status && x.BroughtForward == y.BroughtForward && x.InYear == y.InYear && x.SafetyValve == y.SafetyValve
            && x.Local == y.Local && x.Other == y.Other && x.CarriedForward == y.CarriedForward && x.Decimals == y.Decimals;

        public int GetHashCode(PublishedDeficitRow obj) => obj.Year.GetHashCode();
    }

    private static string Write(string name, string text)
    {
        var directory = Path.Combine(Path.GetTempPath(), "send-finin-" + Environment.ProcessId);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    private sealed record XCell(string Text, bool IsNumber, string? Format);

    private static XCell T(string text) => new(text, false, null);

    private static XCell N(string value, string? format) => new(value, true, format);

    /// <summary>CSV text as sheet rows: every cell text (as a council might type the figures as text).</summary>
    private static List<XCell[]> Cells(string csv) => csv.Split('\n').Select(line => SplitCsv(line.TrimEnd('\r')).Select(T).ToArray()).ToList();

    private static IEnumerable<string> SplitCsv(string line)
    {
        var field = new StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                yield return field.ToString();
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        yield return field.ToString();
    }

    private static string Xlsx(string name, string sheet, List<XCell[]> rows)
    {
        var path = Write(name, string.Empty);
        File.Delete(path);
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var formats = rows.SelectMany(r => r).Where(c => c.Format is not null).Select(c => c.Format!).Distinct().ToList();
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new NumberingFormats(formats.Select((f, i) => new NumberingFormat { NumberFormatId = (uint)(164 + i), FormatCode = f })),
            new Fonts(new Font()),
            new Fills(new Fill()),
            new Borders(new Border()),
            new CellFormats(new[] { new CellFormat() }.Concat(formats.Select((f, i) => new CellFormat { NumberFormatId = (uint)(164 + i), ApplyNumberFormat = true }))));
        var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        for (var r = 0; r < rows.Count; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < rows[r].Length; c++)
            {
                var cell = rows[r][c];
                if (cell.Text.Length == 0)
                {
                    continue;
                }

                var reference = (char)('A' + c) + (r + 1).ToString(CultureInfo.InvariantCulture);
                row.Append(cell.IsNumber
                    ? new Cell { CellReference = reference, CellValue = new CellValue(cell.Text), StyleIndex = cell.Format is null ? null : (uint)(formats.IndexOf(cell.Format) + 1) }
                    : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(cell.Text)) });
            }

            data.Append(row);
        }

        sheetPart.Worksheet = new Worksheet(data);
        workbookPart.Workbook.AppendChild(new Sheets(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = 1, Name = sheet }));
        return path;
    }
}
