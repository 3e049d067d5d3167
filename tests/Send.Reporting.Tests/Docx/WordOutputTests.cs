using System;
using System.IO;
using System.Linq;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;
using Send.Domain.Validation;
using Send.Reporting.Docx;
using Send.Reporting.Docx.Renderers;
using Send.Reporting.Markdown;
using Send.Reporting.Templating;
using Send.Reporting.Tests.Support;
using Xunit;

namespace Send.Reporting.Tests.Docx;

/// <summary>
/// What the Word output does with each Markdown feature (issue 14): every case either works in Word (and the
/// document passes OpenXmlValidator) or is a located problem, never literal junk.
/// </summary>
public sealed class WordOutputTests
{
    private static byte[] Render(string markdown, string? folder = null)
    {
        var docx = new ReportEngine().MarkdownToDocx(markdown, "test.md", folder);
        DocxAssert.Valid(docx);
        return docx;
    }

    private static DataProblem Fails(string markdown, string? folder = null) =>
        Assert.Single(Assert.Throws<DataException>(() => new ReportEngine().MarkdownToDocx(markdown, "test.md", folder)).Problems);

    private static string Xml(byte[] docx) => DocxAssert.PartXml(docx, "word/document.xml");

    // Issue 12 item 5: data could forge RAG ratings and totals rows.
    [Fact]
    public void Render_EscapedDataThatReadsLikeMarkers_ShadesNothingAndStaysText()
    {
        var forged = MarkdownText.Cell("x [[rag:green]] [[totals]]");
        var docx = Render($"| Item | Status |\n|---|---|\n| {forged} | plain |\n| Next | {ReportFunctionsRag("red")} |\n");

        var rows = DocxReader.Open(docx).Body.Descendants<TableRow>().ToList();
        var forgedRow = rows[1];
        Assert.Equal("x [[rag:green]] [[totals]]", DocxReader.TextOf(forgedRow.Elements<TableCell>().First()));
        Assert.Empty(forgedRow.Descendants<Shading>());
        Assert.DoesNotContain(forgedRow.Descendants<ParagraphStyleId>(), s => s.Val == "TableTotal");
        Assert.Equal("Red", DocxReader.TextOf(rows[2].Elements<TableCell>().Last()));
        Assert.Single(rows[2].Descendants<Shading>());
    }

    private static string ReportFunctionsRag(string status) => Functions.ReportFunctions.Rag(status).Markdown;

    [Fact]
    public void Parse_Markers_AreNodesAndEscapedMarkersAreNot()
    {
        var document = ReportMarkdown.Parse("[[rag:amber]] [[totals]] \\[\\[rag:green\\]\\]");
        Assert.Equal(Send.Domain.Finance.RagStatus.Amber, Assert.Single(document.Descendants<RagInline>()).Status);
        Assert.Single(document.Descendants<TotalsInline>());
    }

    [Fact]
    public void Render_Footnote_IsAWordFootnote()
    {
        var docx = Render("Text with a note.[^1]\n\n[^1]: The note.\n");

        Assert.Contains("<w:footnoteReference w:id=\"1\"", Xml(docx), StringComparison.Ordinal);
        var notes = DocxAssert.PartXml(docx, "word/footnotes.xml");
        Assert.Contains("The note.", notes, StringComparison.Ordinal);
        Assert.DoesNotContain("[^1]", Xml(docx), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnreferencedFootnote_IsAProblem() =>
        Assert.Contains("never referenced", Fails("Text.\n\n[^x]: Orphan.\n").Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("<mailto:a@example.gov.uk>", "mailto:a@example.gov.uk")]
    [InlineData("<a@example.gov.uk>", "mailto:a@example.gov.uk")]
    [InlineData("[appendix](appendix-b.pdf)", "appendix-b.pdf")]
    public void Render_Link_IsAHyperlinkWithItsTarget(string markdown, string target)
    {
        var docx = Render(markdown + "\n");
        Assert.Single(DocxReader.Open(docx).Body.Descendants<Hyperlink>());
        Assert.Contains($"Target=\"{target}\"", DocxAssert.PartXml(docx, "word/_rels/document.xml.rels"), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_AnchorLinkAndCrossReference_AreBookmarkHyperlinkAndRefField()
    {
        var docx = Render("# Background\n\nSee [the background](#background) and paragraph [](#key).\n\nThe key point.{#key}\n");
        var body = DocxReader.Open(docx).Body;

        Assert.Equal("_Ref_background", Assert.Single(body.Descendants<Hyperlink>()).Anchor?.Value);
        var bookmarks = body.Descendants<BookmarkStart>().Select(b => b.Name?.Value).ToList();
        Assert.Equal(["_Ref_background", "_Ref_key"], bookmarks);
        Assert.Contains(body.Descendants<FieldCode>(), f => f.Text == " REF _Ref_key \\r \\h ");
        // "# Background" is 1; "See ..." is 1.1; "The key point." is 1.2.
        Assert.Contains("1.2", DocxReader.TextOf(body.Elements<Paragraph>().ElementAt(1)), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_LinkToUnknownAnchor_IsAProblem() =>
        Assert.Contains("no heading or paragraph has that id", Fails("[x](#nowhere)\n").Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("a<br>b", 1)]
    [InlineData("a<br/>b", 1)]
    public void Render_BrTag_IsALineBreak(string markdown, int breaks) =>
        Assert.Equal(breaks, DocxReader.Open(Render(markdown)).Body.Descendants<Break>().Count());

    [Theory]
    [InlineData("x^2^", "superscript")]
    [InlineData("m<sup>3</sup>", "superscript")]
    [InlineData("H~2~O", "subscript")]
    [InlineData("CO<sub>2</sub>", "subscript")]
    public void Render_SuperAndSubscript_AreVerticalAlignment(string markdown, string expected) =>
        Assert.Equal(expected, Assert.Single(DocxReader.Open(Render(markdown)).Body.Descendants<VerticalTextAlignment>()).Val!.InnerText);

    [Fact]
    public void Render_OtherInlineHtml_IsALocatedProblem()
    {
        var problems = Assert.Throws<DataException>(() => new ReportEngine().MarkdownToDocx("Line one\n\nA <span>tag</span>.\n", "test.md")).Problems;
        Assert.All(problems, p => Assert.Equal(3, p.Line));
        Assert.Contains("<span>", problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TypographicPunctuation_OnByDefaultAndSwitchable()
    {
        const string Markdown = "\"Quoted\" -- it's 2023--24... and --- more\n";
        Assert.Equal("\u201CQuoted\u201D \u2013 it\u2019s 2023\u201324\u2026 and \u2014 more", DocxReader.TextOf(DocxReader.Open(Render(Markdown)).Body));
        var plain = new ReportEngine { TypographicPunctuation = false }.MarkdownToDocx(Markdown, "test.md");
        Assert.Equal("\"Quoted\" -- it's 2023--24... and --- more", DocxReader.TextOf(DocxReader.Open(plain).Body));
    }

    [Fact]
    public void Render_UnknownFence_IsAProblemAndPlainFenceIsText()
    {
        Assert.Contains("```charts", Fails("```charts\ntype: line\n```\n").Message, StringComparison.Ordinal);
        Assert.Equal("literal", DocxReader.TextOf(DocxReader.Open(Render("```\nliteral\n```\n")).Body));
    }

    [Fact]
    public void Render_Headings4To6_UseHeading4To6NotHeading3()
    {
        var styles = DocxReader.Open(Render("# One\n\n## Two\n\n### Three\n\n#### Four\n\n##### Five\n\n###### Six\n")).Body
            .Descendants<ParagraphStyleId>().Select(s => s.Val!.Value).ToArray();
        Assert.Equal(new[] { "Heading1", "Heading2", "Heading3", "Heading4", "Heading5", "Heading6" }, styles);
    }

    [Fact]
    public void Render_HouseStyleWithoutHeading4_IsGivenSendsHeading4()
    {
        // A house style with headings 1-3 only (as LibreOffice's and many councils' templates are): #### is still Heading4.
        var houseStyle = Send.Reporting.Styling.HouseStyle.Load(RepoPaths.Combine("tests", "Send.Reporting.Tests", "Fixtures", "house-style-libreoffice.docx"));
        Assert.Contains(houseStyle.Styles, m => m.StyleId == "Heading4" && m.Kind == Send.Reporting.Styling.StyleMatchKind.Supplied);
        var docx = new ReportEngine(houseStyle).MarkdownToDocx("#### Deep\n", "test.md");
        DocxAssert.Valid(docx);
        Assert.Equal("Heading4", DocxReader.Open(docx).Body.Descendants<ParagraphStyleId>().Single().Val!.Value);
    }

    [Fact]
    public void Render_EmptyHeading_IsAProblem() =>
        Assert.Contains("heading is empty", Fails("# \n").Message, StringComparison.Ordinal);

    [Fact]
    public void Render_CentredColumn_IsCentred()
    {
        var cells = DocxReader.Open(Render("| A | B |\n|:---:|---|\n| x | y |\n")).Body.Descendants<TableRow>().Last().Elements<TableCell>().ToList();
        Assert.Equal(JustificationValues.Center, cells[0].Descendants<Justification>().Single().Val!.Value);
        Assert.Empty(cells[1].Descendants<Justification>());
    }

    [Fact]
    public void Render_NestedNumberedList_NumbersByTheMarkerWritten()
    {
        var docx = Render("1. one\n   1. nested one\n   2. nested two\n2. two\n");
        var numbering = DocxReader.Open(docx).Numbering;
        var instance = numbering.Elements<NumberingInstance>().Last();
        var level = instance.Descendants<Level>().Single();
        Assert.Equal(NumberFormatValues.Decimal, level.NumberingFormat!.Val!.Value);
        Assert.Equal("%2.", level.LevelText!.Val!.Value);
    }

    [Fact]
    public void Render_NegativeNumbers_UseMinusSignAndNumberCellsDoNotWrap()
    {
        var docx = Render("A fall of -£0.194m, 2023-24.\n\n| Item | £m |\n|---|---:|\n| A | -67.000 |\n");
        var body = DocxReader.Open(docx).Body;
        Assert.Equal("A fall of \u2212£0.194m, 2023-24.", DocxReader.TextOf(body.Elements<Paragraph>().First()));
        var cell = body.Descendants<TableRow>().Last().Elements<TableCell>().Last();
        Assert.Equal("\u221267.000", DocxReader.TextOf(cell));
        Assert.NotNull(cell.TableCellProperties?.NoWrap);
    }

    [Fact]
    public void Render_LongTable_KeepsOnlyTheHeaderWithTwoRows()
    {
        var rows = string.Concat(Enumerable.Range(1, 10).Select(i => $"| Row {i} | {i} |\n"));
        var docx = Render("Introduction:\n\n| Item | n |\n|---|---:|\n" + rows);
        var body = DocxReader.Open(docx).Body;
        Assert.Null(body.Elements<Paragraph>().First().ParagraphProperties?.KeepNext);
        var keeps = body.Descendants<TableRow>().Select(r => r.Descendants<KeepNext>().Any()).ToList();
        Assert.Equal([true, true, false, false, false, false, false, false, false, false, false], keeps);
    }

    [Fact]
    public void Render_Note_IsKeptWhole()
    {
        var paragraphs = DocxReader.Open(Render("::: note\nOne.\n\nTwo.\n\nThree.\n:::\n")).BodyParagraphs.ToList();
        Assert.All(paragraphs, p => Assert.NotNull(p.ParagraphProperties?.KeepLines));
        Assert.Equal([true, true, false], paragraphs.Select(p => p.ParagraphProperties?.KeepNext is not null));
    }

    [Fact]
    public void ColumnWidths_HeaderWords_AreNeverNarrowerThanTheWordInBold()
    {
        var texts = new[] { new[] { "Rounding difference", "Comparators" }, new[] { "0.001", "Devon" } };
        var widths = TableRenderer.ColumnWidths(texts, [true, false], [true, false], 6000);
        Assert.True(widths[0] >= TextMeasure.Twips("difference", 24, bold: true) + 216);
        Assert.True(widths[1] >= TextMeasure.Twips("Comparators", 24, bold: true) + 216);
        Assert.Equal(6000, widths.Sum());
    }

    /// <summary>Send's default house style with its font swapped for <paramref name="font"/>.</summary>
    private static Send.Reporting.Styling.HouseStyle HouseStyleIn(string font)
    {
        using var stream = new MemoryStream();
        stream.Write(File.ReadAllBytes(RepoPaths.Combine("templates", "house-style", "house-style.docx")));
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("word/styles.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/styles.xml").Open());
            writer.Write(xml.Replace("\"Arial\"", "\"" + font + "\"", StringComparison.Ordinal));
        }

        return Send.Reporting.Styling.HouseStyle.Load(stream.ToArray(), font + ".docx");
    }

    [Fact]
    public void Render_SerifHouseFont_SizesColumnsInThatFontSoPupilsIsNotSplit()
    {
        // A Georgia house style: its bold "Pupils" is about 3.3 em, 792 twips at 12 pt (240 twips an em), wider than
        // Arial's 698; with the cell margins (216) the column needs at least 1,008 twips. Arial's metrics gave 974, and
        // Word broke the header as "Pupil / s". The long first column takes all the rest, so "Pupils" gets its minimum.
        const string Table = "| Setting | Pupils |\n|---|---:|\n| A long description of the placement that runs over several lines of its cell, long enough that this column wants far more room than the page has to give | 1,070 |\n";
        var georgia = HouseStyleIn("Georgia");
        Assert.Equal("Georgia", georgia.TableFont);
        var docx = new ReportEngine(georgia).MarkdownToDocx(Table, "test.md");
        DocxAssert.Valid(docx);
        var pupils = int.Parse(DocxReader.Open(docx).Body.Descendants<GridColumn>().Last().Width!.Value!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(pupils >= 1008, $"the Pupils column is {pupils} twips; Georgia needs at least 1008");

        // Times New Roman, whose widths Send knows, is narrower than Arial: measured as itself, not as the wide estimate.
        Assert.Same(FontMetrics.Times, FontMetrics.For("Times New Roman"));
        Assert.Same(FontMetrics.Wide, FontMetrics.For("Georgia"));
        Assert.True(TextMeasure.Twips("Pupils", 24, bold: true, FontMetrics.Times) < TextMeasure.Twips("Pupils", 24, bold: true, FontMetrics.Arial));
    }

    [Fact]
    public void Render_Properties_WriteCoreProperties()
    {
        var docx = Render("::: properties\nsubject: DSG\ncreator: Example Council\ndate: 2025-01-14\n:::\n\n::: title\n# The title\n:::\n");
        var core = DocxAssert.PartXml(docx, "docProps/core.xml");
        Assert.Contains("<dc:title>The title</dc:title>", core, StringComparison.Ordinal);
        Assert.Contains("<dc:creator>Example Council</dc:creator>", core, StringComparison.Ordinal);
        Assert.Contains("<dc:language>en-GB</dc:language>", core, StringComparison.Ordinal);
        Assert.Contains("2025-01-14T00:00:00Z", core, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_BadProperty_IsALocatedProblem()
    {
        var problem = Fails("::: properties\nsubject: DSG\nauthr: Me\n:::\n");
        Assert.Equal(3, problem.Line);
        Assert.Contains("authr", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Image_IsEmbeddedAtTextWidthWithAltText()
    {
        var folder = Path.Combine(RepoPaths.SourceFolder(), "..", "KitchenSink");
        var docx = Render("![A map of the localities](images/map.png)\n", folder);
        var properties = Assert.Single(DocxReader.Open(docx).Body.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>());
        Assert.Equal("A map of the localities", properties.Description?.Value);
        var extent = DocxReader.Open(docx).Body.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.Extent>().Single();
        // map.png is 400 x 200 pixels: the height is half the width.
        Assert.Equal(extent.Cx!.Value / 2, extent.Cy!.Value);
        Assert.Equal("image/png", new PackageBuilderReader(docx).ContentTypeOf("word/media/image1.png"));
    }

    [Theory]
    [InlineData("![](images/map.png)", "no alt text")]
    [InlineData("![Map](../../secret.png)", "outside the template folder")]
    [InlineData("![Map](https://example.com/map.png)", "not a file")]
    [InlineData("![Map](images/missing.png)", "does not exist")]
    [InlineData("![Map](images/map.gif)", "not a PNG, JPEG or SVG")]
    public void Render_BadImage_IsALocatedProblem(string markdown, string expected)
    {
        var folder = Path.Combine(RepoPaths.SourceFolder(), "..", "KitchenSink");
        var problem = Fails("Intro.\n\n" + markdown + "\n", folder);
        Assert.Equal(3, problem.Line);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ImageWithoutFolder_IsAProblem() =>
        Assert.Contains("no template folder", Fails("![Map](map.png)\n").Message, StringComparison.Ordinal);

    private sealed class PackageBuilderReader(byte[] docx)
    {
        public string? ContentTypeOf(string part)
        {
            using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(docx), false);
            return document.MainDocumentPart!.ImageParts.FirstOrDefault(p => p.Uri.OriginalString.EndsWith(part.Substring(part.LastIndexOf('/')), StringComparison.Ordinal))?.ContentType;
        }
    }
}
