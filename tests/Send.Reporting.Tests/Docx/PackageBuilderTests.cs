using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using FsCheck;
using FsCheck.Fluent;
using Send.Reporting.Charts;
using Send.Reporting.Docx;
using Send.Reporting.Tests.Charts;
using Xunit;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Send.Reporting.Tests.Docx;

public sealed class PackageBuilderTests
{
    private const string MainType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    [Theory]
    [InlineData("word/document.xml", "word/charts/chart1.xml", "charts/chart1.xml")]
    [InlineData("word/charts/chart1.xml", "word/embeddings/Microsoft_Excel_Worksheet1.xlsx", "../embeddings/Microsoft_Excel_Worksheet1.xlsx")]
    [InlineData("", "word/document.xml", "word/document.xml")]
    [InlineData("xl/workbook.xml", "xl/worksheets/sheet1.xml", "worksheets/sheet1.xml")]
    [InlineData("word/document.xml", "customXml/item1.xml", "../customXml/item1.xml")]
    public void AddRelationship_Target_IsWrittenRelativeToTheSourceFolder(string source, string target, string expected)
    {
        var package = new PackageBuilder();
        package.AddRelationship(source, "rId1", "t", target);

        Assert.Equal(expected, Assert.Single(package.RelationshipsOf(source)).Target);
    }

    [Theory]
    [InlineData("word/document.xml", "/word/styles.xml", "word/styles.xml")]
    [InlineData("word/document.xml", "styles.xml", "word/styles.xml")]
    [InlineData("word/charts/chart1.xml", "../embeddings/a.xlsx", "word/embeddings/a.xlsx")]
    [InlineData("", "word/document.xml", "word/document.xml")]
    [InlineData("word/document.xml", "media/image%201.png", "word/media/image 1.png")]
    public void ResolveTarget_AsWordWritesThem_GivesThePartName(string source, string target, string expected) =>
        Assert.Equal(expected, PackageBuilder.ResolveTarget(source, target));

    [Theory]
    [InlineData("word/document.xml", "word/_rels/document.xml.rels")]
    [InlineData("", "_rels/.rels")]
    [InlineData("document.xml", "_rels/document.xml.rels")]
    [InlineData("word/charts/chart1.xml", "word/charts/_rels/chart1.xml.rels")]
    public void RelationshipsEntryOf_Part_IsTheOpcRelsName(string part, string expected)
    {
        Assert.Equal(expected, PackageBuilder.RelationshipsEntryOf(part));
        Assert.Equal(part, PackageBuilder.SourceOfRelationshipsEntry(expected));
    }

    [Fact]
    public void Relative_AnyTwoPartNames_ResolvesBackToTheTarget()
    {
        var segment = Gen.Elements("word", "xl", "charts", "media", "a", "b", "_x");
        var name = segment.ArrayOf().Where(s => s.Length is > 0 and < 5).Select(s => string.Join('/', s) + ".xml");
        Prop.ForAll(name.ToArbitrary(), name.ToArbitrary(), (source, target) =>
        {
            var package = new PackageBuilder();
            package.AddRelationship(source, "rId1", "t", target);
            return PackageBuilder.ResolveTarget(source, package.RelationshipsOf(source)[0].Target) == target;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ToArray_SameParts_GivesIdenticalBytesInTheFixedOrderAndTime()
    {
        static byte[] Build()
        {
            var package = new PackageBuilder();
            package.SetPart("word/zeta.xml", "application/x-zeta+xml", Encoding.UTF8.GetBytes("<z/>"));
            package.SetPart("word/document.xml", MainType, new W.Document(new W.Body()));
            package.AddRelationship(string.Empty, "rId1", PackageBuilder.OfficeDocumentRelationshipType, "word/document.xml");
            package.AddRelationship("word/document.xml", "rId1", "t", "word/zeta.xml");
            return package.ToArray();
        }

        var bytes = Build();

        Assert.Equal(bytes, Build());
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        Assert.Equal(
            new[] { "[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/document.xml", "word/zeta.xml" },
            zip.Entries.Select(e => e.FullName));
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
    }

    [Fact]
    public void ToArray_ContentTypes_OverrideOnlyWhereTheExtensionDefaultDiffers()
    {
        var package = new PackageBuilder();
        package.SetDefaultContentType("png", "image/png");
        package.SetPart("word/media/image1.png", "image/png", new byte[] { 1 });
        package.SetPart("word/document.xml", MainType, new W.Document(new W.Body()));

        XNamespace ns = "http://schemas.openxmlformats.org/package/2006/content-types";
        using var zip = new ZipArchive(new MemoryStream(package.ToArray()), ZipArchiveMode.Read);
        using var reader = zip.GetEntry("[Content_Types].xml")!.Open();
        var types = XDocument.Load(reader).Root!;

        Assert.Equal(new[] { "png", "rels", "xml" }, types.Elements(ns + "Default").Select(d => (string)d.Attribute("Extension")!));
        var only = Assert.Single(types.Elements(ns + "Override"));
        Assert.Equal("/word/document.xml", (string)only.Attribute("PartName")!);
        Assert.Equal(MainType, (string)only.Attribute("ContentType")!);
    }

    [Fact]
    public void ToArray_RelationshipToMissingPart_Throws()
    {
        var package = new PackageBuilder();
        package.AddRelationship(string.Empty, "rId1", PackageBuilder.OfficeDocumentRelationshipType, "word/document.xml");

        var error = Assert.Throws<InvalidOperationException>(() => package.ToArray());
        Assert.Contains("word/document.xml", error.Message);
    }

    [Fact]
    public void AddRelationship_SameIdTwice_Throws()
    {
        var package = new PackageBuilder();
        package.AddRelationship("word/document.xml", "rId1", "t", "word/a.xml");

        Assert.Throws<ArgumentException>(() => package.AddRelationship("word/document.xml", "rId1", "t", "word/b.xml"));
    }

    [Theory]
    [InlineData("[Content_Types].xml")]
    [InlineData("word/_rels/document.xml.rels")]
    [InlineData("word/")]
    [InlineData("")]
    public void SetPart_NotAPartName_Throws(string name) =>
        Assert.Throws<ArgumentException>(() => new PackageBuilder().SetPart(name, "text/plain", Array.Empty<byte>()));

    [Fact]
    public void Clone_AddingToTheCopy_LeavesTheOriginalAlone()
    {
        var original = new PackageBuilder();
        original.SetPart("a.xml", "application/xml", new byte[] { 1 });
        var copy = original.Clone();
        copy.SetPart("b.xml", "application/xml", new byte[] { 2 });
        copy.AddRelationship(string.Empty, "rId1", "t", "b.xml");

        Assert.Equal(new[] { "a.xml" }, original.PartNames);
        Assert.Empty(original.RelationshipsOf(string.Empty));
    }

    [Fact]
    public void AddChart_IntoPackage_GivesADocumentTheSdkOpensAndValidates()
    {
        var package = new PackageBuilder();
        var paragraph = ChartPartWriter.AddChart(package, "word/document.xml", ChartDocuments.Expenditure(), ChartStyle.Fallback, "rIdChart1", 1U);
        package.SetPart("word/document.xml", MainType, new W.Document(new W.Body(paragraph, new W.SectionProperties())));
        package.AddRelationship(string.Empty, "rId1", PackageBuilder.OfficeDocumentRelationshipType, "word/document.xml");

        using var stream = new MemoryStream(package.ToArray());
        using var document = WordprocessingDocument.Open(stream, false);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(document, TestContext.Current.CancellationToken));
        var chart = Assert.Single(document.MainDocumentPart!.ChartParts);
        Assert.Equal("/word/charts/chart1.xml", chart.Uri.ToString());
        var workbook = chart.EmbeddedPackagePart!;

        using var xlsx = SpreadsheetDocument.Open(workbook.GetStream(), false);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(xlsx, TestContext.Current.CancellationToken));
        var cells = xlsx.WorkbookPart!.WorksheetParts.Single().Worksheet!.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().ToList();
        // Expenditure 2017/18 is 30.0 (B2); the budget for 2022/23 is a gap, so C7 is absent.
        Assert.Equal("30.0", cells.Single(c => c.CellReference == "B2").CellValue!.Text);
        Assert.DoesNotContain(cells, c => c.CellReference == "C7");
    }
}
