using System.IO;
using System.IO.Compression;
using System.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Send.Domain.Validation;
using Send.Reporting.Styling;
using Send.Reporting.Tests.Support;
using Xunit;

namespace Send.Reporting.Tests.Docx;

/// <summary>A council's reference document is copied into every report part for part; only the body is Send's.</summary>
public sealed class HouseStylePackageTests
{
    private const string Markdown = "# Recommendation\n\nThat the Committee notes the report.\n";

    [Fact]
    public void Render_CouncilPartsSuchAsThemeAndHeaderImage_AreCopiedByteForByte()
    {
        var reference = HouseStyleTests.Edit(HouseStyleBuilder.Build(), main =>
        {
            var theme = main.AddNewPart<ThemePart>("rIdTheme");
            using (var xml = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(ThemeXml)))
            {
                theme.FeedData(xml);
            }

            var header = main.AddNewPart<HeaderPart>("rIdHeader");
            header.Header = new DocumentFormat.OpenXml.Wordprocessing.Header(new DocumentFormat.OpenXml.Wordprocessing.Paragraph());
            main.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.SectionProperties>().Last()
                .PrependChild(new DocumentFormat.OpenXml.Wordprocessing.HeaderReference { Type = DocumentFormat.OpenXml.Wordprocessing.HeaderFooterValues.Default, Id = "rIdHeader" });
            var image = header.AddImagePart(ImagePartType.Png, "rIdLogo");
            using var png = new MemoryStream(new byte[] { 0x89, 0x50, 0x4E, 0x47, 1, 2, 3 });
            image.FeedData(png);
        });

        var docx = new ReportEngine(HouseStyle.Load(reference, "council.docx")).MarkdownToDocx(Markdown, "test.md");

        var before = Entries(reference);
        var after = Entries(docx);
        var councilParts = before.Keys.Where(n => !n.EndsWith(".rels") && (n.Contains("theme") || n.Contains("header") || n.Contains("media") || n.EndsWith("styles.xml") || n.EndsWith("settings.xml"))).ToList();
        Assert.Equal(5, councilParts.Count); // theme, header, logo, styles, settings
        foreach (var name in councilParts)
        {
            Assert.True(after.ContainsKey(name), name + " is missing from the report");
            Assert.Equal(before[name], after[name]);
        }

        Assert.Equal(
            Relationships(reference, "word/_rels/header1.xml.rels"),
            Relationships(docx, "word/_rels/header1.xml.rels"));
        DocxAssert.Valid(docx);
    }

    [Fact]
    public void Render_WordTemplateAsHouseStyle_GivesADocumentNotATemplate()
    {
        var dotx = HouseStyleTests.Edit(HouseStyleBuilder.Build(), main => ((WordprocessingDocument)main.OpenXmlPackage).ChangeDocumentType(WordprocessingDocumentType.Template));

        var docx = new ReportEngine(HouseStyle.Load(dotx, "council.dotx")).MarkdownToDocx(Markdown, "test.md");

        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Equal(WordprocessingDocumentType.Document, document.DocumentType);
    }

    [Fact]
    public void Load_MacroEnabledDocument_IsTakenWithoutItsMacros()
    {
        var docm = HouseStyleTests.Edit(HouseStyleBuilder.Build(), main =>
        {
            var document = (WordprocessingDocument)main.OpenXmlPackage;
            document.ChangeDocumentType(WordprocessingDocumentType.MacroEnabledDocument);
            var vba = document.MainDocumentPart!.AddNewPart<VbaProjectPart>("rIdVba");
            using var bytes = new MemoryStream(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 1, 2, 3 });
            vba.FeedData(bytes);
        });

        var style = HouseStyle.Load(docm, "council.docm");
        var docx = new ReportEngine(style).MarkdownToDocx(Markdown, "test.md");

        Assert.Contains(style.Warnings, w => w.Field == "word/vbaProject.bin" && w.Message.Contains("macros"));
        Assert.DoesNotContain(Entries(docx).Keys, n => n.Contains("vba", System.StringComparison.OrdinalIgnoreCase));
        using var report = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Equal(WordprocessingDocumentType.Document, report.DocumentType);
        DocxAssert.Valid(docx);
    }

    [Fact]
    public void Load_RelationshipToAMissingPart_NamesIt()
    {
        var broken = Rewrite(HouseStyleBuilder.Build(), "word/footer1.xml", null);

        var error = Assert.Throws<DataException>(() => HouseStyle.Load(broken, "council.docx"));

        Assert.Contains(error.Problems, p => p.Source == "council.docx" && p.Message.Contains("footer1.xml"));
    }

    [Fact]
    public void Load_PartThatIsNotXml_NamesThePart()
    {
        var broken = Rewrite(HouseStyleBuilder.Build(), "word/numbering.xml", System.Text.Encoding.UTF8.GetBytes("<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:num"));

        var error = Assert.Throws<DataException>(() => HouseStyle.Load(broken, "council.docx"));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("council.docx", problem.Source);
        Assert.Contains("word/numbering.xml", problem.Message);
    }

    internal static System.Collections.Generic.Dictionary<string, byte[]> Entries(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var s = e.Open();
            using var m = new MemoryStream();
            s.CopyTo(m);
            return m.ToArray();
        });
    }

    private static string[] Relationships(byte[] zip, string entry)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        using var s = archive.GetEntry(entry)!.Open();
        return System.Xml.Linq.XDocument.Load(s).Root!.Elements()
            .Select(r => $"{(string?)r.Attribute("Id")} {(string?)r.Attribute("Type")} {(string?)r.Attribute("Target")}")
            .ToArray();
    }

    internal static byte[] Rewrite(byte[] zip, string entry, byte[]? content)
    {
        using var stream = new MemoryStream();
        stream.Write(zip);
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            archive.GetEntry(entry)!.Delete();
            if (content is not null)
            {
                using var s = archive.CreateEntry(entry).Open();
                s.Write(content);
            }
        }

        return stream.ToArray();
    }

    private const string ThemeXml = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Council"><a:themeElements><a:clrScheme name="Council"><a:dk1><a:srgbClr val="000000"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="1F3864"/></a:dk2><a:lt2><a:srgbClr val="E7E6E6"/></a:lt2><a:accent1><a:srgbClr val="005EB8"/></a:accent1><a:accent2><a:srgbClr val="ED7D31"/></a:accent2><a:accent3><a:srgbClr val="A5A5A5"/></a:accent3><a:accent4><a:srgbClr val="FFC000"/></a:accent4><a:accent5><a:srgbClr val="5B9BD5"/></a:accent5><a:accent6><a:srgbClr val="70AD47"/></a:accent6><a:hlink><a:srgbClr val="0563C1"/></a:hlink><a:folHlink><a:srgbClr val="954F72"/></a:folHlink></a:clrScheme><a:fontScheme name="Council"><a:majorFont><a:latin typeface="Arial"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Arial"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>
        """;
}
