using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Xunit;

namespace Send.Cli.Tests;

/// <summary>
/// A report written from scratch outside templates/, with JSON, CSV and .xlsx data, on the generic route (no C#
/// model): it renders, passes send check, and every kind of mistake is reported with its place and nothing written.
/// </summary>
public sealed class GenericReportTests : IDisposable
{
    private const string Template = """
        # {{ title }}

        Prepared for {{ council.name }} on {{ format_date meeting_date }}.

        | School | Pupils | Opened |
        |---|---:|---|
        {{~ for row in schools ~}}
        | {{ row.school_name }} | {{ format_number row.pupils }} | {{ format_date row.opened }} |
        {{~ end ~}}

        {{ for k in kpis }}{{ if !for.first }}; {{ end }}{{ k.measure }} {{ format_number k.value 1 }}{{ end }}.

        """;

    private readonly string temp = Directory.CreateTempSubdirectory("send-generic-").FullName;
    private readonly string folder;

    public GenericReportTests()
    {
        folder = Directory.CreateDirectory(Path.Combine(temp, "my-report")).FullName;
        File.WriteAllText(Path.Combine(folder, "template.md.scriban"), Template);
        File.WriteAllText(Path.Combine(folder, "report.json"), """
            {
              "title": "EHCP update",
              "council": { "name": "Anyshire County Council" },
              "meeting_date": "2024-10-24"
            }
            """);
        File.WriteAllText(Path.Combine(folder, "schools.csv"), "School name,Pupils,Opened\nAshley,1200,2001-09-01\nBrook,c,02/09/2015\n");
        Workbook(Path.Combine(folder, "kpis.xlsx"), "Data", ["Measure", "Value"], ["Timeliness", "48.25"], ["Tribunal rate", "2.5"]);
    }

    private string Json => Path.Combine(folder, "report.json");

    private string Csv => Path.Combine(folder, "schools.csv");

    private string Xlsx => Path.Combine(folder, "kpis.xlsx");

    private string Output => Path.Combine(temp, "my-report.docx");

    public void Dispose() => Directory.Delete(temp, recursive: true);

    [Fact]
    public void Render_JsonCsvAndXlsxFromScratch_WritesTheValuesAndPassesCheck()
    {
        var (code, stdout, stderr) = ProgramTests.Run("render", folder, "--data", Json, "--data", "schools=" + Csv, "--data", "kpis=" + Xlsx + "#Data", "-o", Output);

        Assert.True(code == 0, stderr);
        Assert.Contains("wrote", stdout, StringComparison.Ordinal);
        var text = DocumentText(Output);
        Assert.Contains("Prepared for Anyshire County Council on 24 October 2024.", text, StringComparison.Ordinal);
        Assert.Contains("1,200", text, StringComparison.Ordinal);
        Assert.Contains("1 September 2001", text, StringComparison.Ordinal);
        Assert.Contains("2 September 2015", text, StringComparison.Ordinal);
        Assert.Contains("Timeliness 48.3; Tribunal rate 2.5.", text, StringComparison.Ordinal);
        using (var document = WordprocessingDocument.Open(Output, false))
        {
            Assert.Empty(new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(document, TestContext.Current.CancellationToken));
        }

        var check = ProgramTests.Run("check", folder, "--data", Json, "--data", "schools=" + Csv, "--data", "kpis=" + Xlsx);
        Assert.True(check.Code == 0, check.Stderr);
        Assert.Contains("pupils (\"Pupils\"): number, 1 suppressed cell(s)", check.Stdout, StringComparison.Ordinal);
        Assert.Contains("opened (\"Opened\"): date", check.Stdout, StringComparison.Ordinal);
        Assert.Contains("school_name (\"School name\"): text", check.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnknownVariableWrongMemberAndBadCells_EachLocatedAndNothingWritten()
    {
        File.WriteAllText(Path.Combine(folder, "template.md.scriban"), Template.Replace("{{ title }}", "{{ titel }}", StringComparison.Ordinal).Replace("council.name", "council.nmae", StringComparison.Ordinal));
        var (code, _, stderr) = ProgramTests.Run("render", folder, "--data", Json, "--data", "schools=" + Csv, "--data", "kpis=" + Xlsx, "-o", Output);
        Assert.Equal(1, code);
        Assert.Contains("template.md.scriban(1,6): SEND-TEMPLATE: unknown variable 'titel' (did you mean 'title'?)", stderr, StringComparison.Ordinal);
        Assert.Contains("unknown member 'nmae' on council (" + Json + "(3,14)) (did you mean 'name'?)", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Output));

        File.WriteAllText(Csv, "School name,Pupils,Opened\nAshley,1200,2001-09-01\nBrook,lots,02/09/2015\nCross,40,2019-09-03\n");
        Workbook(Xlsx, "Data", ["Measure", "Value"], ["Timeliness", "48.25"], ["Tribunal rate", "n/a"], ["Appeals", "3"]);
        (code, _, stderr) = ProgramTests.Run("check", folder, "--data", Json, "--data", "schools=" + Csv, "--data", "kpis=" + Xlsx);
        Assert.Equal(1, code);
        Assert.Contains(Csv + "(3,2): SEND-DATA-CELL: not a number (found 'lots'; expected a number", stderr, StringComparison.Ordinal);
        Assert.Contains(Xlsx + "(Data!B3): SEND-DATA-CELL: not a number (found 'n/a'", stderr, StringComparison.Ordinal);
        (code, _, _) = ProgramTests.Run("render", folder, "--data", Json, "--data", "schools=" + Csv, "--data", "kpis=" + Xlsx, "-o", Output);
        Assert.Equal(1, code);
        Assert.False(File.Exists(Output));
    }

    [Fact]
    public void Render_SumOfACsvColumn_IsTheTotalByHand()
    {
        File.WriteAllText(Path.Combine(folder, "template.md.scriban"), "Total pupils: {{ schools | sum \"pupils\" | format_number }}.\n");
        File.WriteAllText(Csv, "School name,Pupils,Opened\nAshley,1200,2001-09-01\nBrook,358,02/09/2015\nCross,40.5,2019-09-03\n");

        var (code, _, stderr) = ProgramTests.Run("render", folder, "--data", "schools=" + Csv, "-o", Output);

        // 1200 + 358 + 40.5 = 1598.5, printed to 0 dp away from zero: 1,599.
        Assert.True(code == 0, stderr);
        Assert.Contains("Total pupils: 1,599.", DocumentText(Output), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SumOverASuppressedCell_IsAnErrorNamingTheRowAndNothingIsWritten()
    {
        File.WriteAllText(Path.Combine(folder, "template.md.scriban"), "Total pupils: {{ schools | sum \"pupils\" | format_number }}.\n");

        var (code, _, stderr) = ProgramTests.Run("render", folder, "--data", "schools=" + Csv, "-o", Output);

        Assert.Equal(1, code);
        Assert.Contains("template.md.scriban(1,", stderr, StringComparison.Ordinal);
        Assert.Contains("sum: row 2 'pupils' is the suppressed figure 'c'", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Output));
    }

    [Fact]
    public void Render_CsvSavedInWindows1252_IsALocatedProblemNotReplacementCharacters()
    {
        // Excel's plain "CSV" on a UK Windows machine writes £ as the single byte 0xA3: line 3, column 7 here.
        File.WriteAllBytes(Csv, [.. System.Text.Encoding.ASCII.GetBytes("School name,Pupils,Opened\nAshley,1200,2001-09-01\nBrook "), 0xA3, .. System.Text.Encoding.ASCII.GetBytes(",40,2019-09-03\n")]);

        var (code, _, stderr) = ProgramTests.Run("render", folder, "--data", Json, "--data", "schools=" + Csv, "--data", "kpis=" + Xlsx, "-o", Output);

        Assert.Equal(1, code);
        Assert.Contains(Csv + "(3,7): SEND-DATA-CELL: the file is not UTF-8 text here", stderr, StringComparison.Ordinal);
        Assert.Contains("a byte 0xA3 is a pound sign in Windows-1252", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Output));
    }

    [Fact]
    public void Load_MergedTitleRowAboveTheHeader_IsSkipped()
    {
        Workbook(Xlsx, "Data", ["Table 3: KPIs, March 2025", null], [null, null], ["Measure", "Value"], ["Timeliness", "48.25"], ["Tribunal rate", "2.5"]);
        using (var book = SpreadsheetDocument.Open(Xlsx, true))
        {
            var sheet = book.WorkbookPart!.WorksheetParts.First().Worksheet;
            sheet.InsertAfter(new MergeCells(new MergeCell { Reference = "A1:B1" }), sheet.GetFirstChild<SheetData>());
        }

        var (code, _, stderr) = ProgramTests.Run("render", folder, "--data", Json, "--data", "schools=" + Csv, "--data", "kpis=" + Xlsx, "-o", Output);

        Assert.True(code == 0, stderr);
        Assert.Contains("Timeliness 48.3; Tribunal rate 2.5.", DocumentText(Output), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HostileValuesInJsonAndCsv_StayLiteral()
    {
        File.WriteAllText(Json, """{ "title": "A|B *C* <w:p> & done", "council": { "name": "x" }, "meeting_date": "2024-10-24" }""");
        File.WriteAllText(Csv, "School name,Pupils,Opened\n\"A|B *C* <w:p> & done\",1,2001-09-01\n");

        var (code, _, stderr) = ProgramTests.Run("render", folder, "--data", Json, "--data", "schools=" + Csv, "--data", "kpis=" + Xlsx, "-o", Output);

        Assert.True(code == 0, stderr);
        var text = DocumentText(Output);
        Assert.Equal(2, Regex.Matches(text, Regex.Escape("A|B *C* <w:p> & done")).Count);
    }

    [Fact]
    public void Render_RagMarkerTextInData_StaysLiteral()
    {
        File.WriteAllText(Json, """{ "title": "t", "council": { "name": "[[rag:green]] Council" }, "meeting_date": "2024-10-24" }""");

        var (code, _, stderr) = ProgramTests.Run("render", folder, "--data", Json, "--data", "schools=" + Csv, "--data", "kpis=" + Xlsx, "-o", Output);

        Assert.True(code == 0, stderr);
        Assert.Contains("Prepared for [[rag:green]] Council on", DocumentText(Output), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NumberOutsideDecimalRange_IsALocatedError()
    {
        File.WriteAllText(Json, "{\n  \"title\": 1e40,\n  \"council\": { \"name\": \"x\" }, \"meeting_date\": \"2024-10-24\" }");

        var (code, _, stderr) = ProgramTests.Run("render", folder, "--data", Json, "--data", "schools=" + Csv, "--data", "kpis=" + Xlsx, "-o", Output);

        Assert.Equal(1, code);
        Assert.Contains(Json + "(2,12): SEND-DATA-JSON: title: the number is outside the range of exact decimals (found '1e40'", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Output));
    }

    [Fact]
    public void Render_DeclaredModelTheEngineDoesNotKnow_IsAnError()
    {
        File.WriteAllText(Path.Combine(folder, "template.md.scriban"), "{{## model: Council.Reports.CabinetModel ##}}\n" + Template);

        var (code, _, stderr) = ProgramTests.Run("render", folder, "--data", Json, "-o", Output);

        Assert.Equal(1, code);
        Assert.Contains("template.md.scriban(1,1): SEND-REPORT-MODEL: the template declares a model this engine does not know (found 'Council.Reports.CabinetModel'", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Output));
    }

    [Fact]
    public void DsgTable_OnPlainDataThatDoesNotReconcile_GivesTheFinanceCommandsMessageAtTheDataLine()
    {
        File.WriteAllText(Path.Combine(folder, "template.md.scriban"), "# Deficit\n\n{{ dsg_table deficit }}\n");
        var deficit = Path.Combine(temp, "deficit.json");
        var lines = File.ReadAllLines(Path.Combine(ReportCommandTestsRoot(), "templates", "data", "wiltshire-deficit.json"));
        var row = Array.FindIndex(lines, l => l.Contains("\"carried_forward\": 61.184", StringComparison.Ordinal));
        lines[row] = lines[row].Replace("\"carried_forward\": 61.184", "\"carried_forward\": 71.184", StringComparison.Ordinal);
        File.WriteAllLines(deficit, lines);

        var (code, _, stderr) = ProgramTests.Run("render", folder, "--data", "deficit=" + deficit, "-o", Output);
        var finance = ProgramTests.Run("finance", "deficit", deficit);

        Assert.Equal(1, code);
        var message = finance.Stderr.Split('\n').First(l => l.Contains("SEND-FIN-RECON", StringComparison.Ordinal)).Trim();
        var column = lines[row].IndexOf("\"carried_forward\"", StringComparison.Ordinal) + 1;
        Assert.Contains(deficit + $"({row + 1},{column}): " + message[(deficit + ": ").Length..], stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Output));
    }

    [Fact]
    public void NewThenSchemaInfer_ScaffoldRendersAndItsInferredSchemaAcceptsItsSample()
    {
        var report = Path.Combine(temp, "cabinet");
        Assert.Equal(0, ProgramTests.Run("new", report).Code);
        Assert.Equal(1, ProgramTests.Run("new", report).Code);
        var sample = Path.Combine(report, "sample.json");
        var render = ProgramTests.Run("render", report, "--data", sample, "-o", Output);
        Assert.True(render.Code == 0, render.Stderr);

        Assert.Equal(0, ProgramTests.Run("schema", "infer", sample, "-o", Path.Combine(report, "data.schema.json")).Code);
        Assert.Equal(0, ProgramTests.Run("check", report, "--data", sample).Code);
        File.WriteAllText(sample, File.ReadAllText(sample).Replace("\"lead\": \"Head of SEND\"", "\"leed\": \"Head of SEND\"", StringComparison.Ordinal));
        var check = ProgramTests.Run("check", report, "--data", sample);
        Assert.Equal(1, check.Code);
        Assert.Contains("actions[0].lead: required property 'lead' is missing", check.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async System.Threading.Tasks.Task Watch_AfterAHalfSavedThenFixedData_ReportsTheProblemThenRendersAgain()
    {
        var pack = new Send.Reporting.Reports.ReportPack();
        var job = new Send.Reporting.Reports.ReportJob(folder, Json, Output) { Sources = [new(null, Json), new("schools", Csv), new("kpis", Xlsx)] };
        var stdout = new LockedWriter();
        var stderr = new LockedWriter();
        using var stop = new System.Threading.CancellationTokenSource();
        var watching = System.Threading.Tasks.Task.Run(() => Commands.Render.RenderWatch.Run(pack, job, null, stdout, stderr, stop.Token), TestContext.Current.CancellationToken);
        Wait(() => stdout.Text.Contains("watching", StringComparison.Ordinal));

        var good = File.ReadAllText(Json);
        File.WriteAllText(Json, good[..20]);
        Wait(() => stderr.Text.Contains("SEND-DATA-JSON", StringComparison.Ordinal));
        File.WriteAllText(Json, good.Replace("EHCP update", "EHCP update, revised", StringComparison.Ordinal));
        Wait(() => Regex.Matches(stdout.Text, "wrote ").Count >= 2);
        stop.Cancel();

        Assert.Equal(0, await watching);
        Assert.Contains("EHCP update, revised", DocumentText(Output), StringComparison.Ordinal);
    }

    internal static string DocumentText(string docx)
    {
        using var document = WordprocessingDocument.Open(docx, false);
        return string.Join("\n", document.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }

    internal static void Workbook(string path, string sheetName, params string?[][] rows)
    {
        using var book = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = book.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        for (var r = 0; r < rows.Length; r++)
        {
            var row = new Row { RowIndex = (uint)(r + 1) };
            for (var c = 0; c < rows[r].Length; c++)
            {
                if (rows[r][c] is not string value)
                {
                    continue;
                }

                var reference = ((char)('A' + c)).ToString() + (r + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                row.Append(decimal.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)
                    ? new Cell { CellReference = reference, CellValue = new CellValue(value) }
                    : new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(value)) });
            }

            data.Append(row);
        }

        part.Worksheet = new Worksheet(data);
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = sheetName }));
    }

    private static string ReportCommandTestsRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Send.sln")))
        {
            dir = dir.Parent;
        }

        return dir!.FullName;
    }

    private static void Wait(Func<bool> condition)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "timed out");
            System.Threading.Thread.Sleep(50);
        }
    }

    private sealed class LockedWriter : StringWriter
    {
        private readonly object gate = new();

        public string Text
        {
            get
            {
                lock (gate)
                {
                    return ToString();
                }
            }
        }

        public override void Write(char value)
        {
            lock (gate)
            {
                base.Write(value);
            }
        }

        public override void Write(string? value)
        {
            lock (gate)
            {
                base.Write(value);
            }
        }

        public override void WriteLine(string? value)
        {
            lock (gate)
            {
                base.WriteLine(value);
            }
        }
    }
}
