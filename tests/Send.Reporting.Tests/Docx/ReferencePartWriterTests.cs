using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Send.Reporting.Docx;
using Xunit;

namespace Send.Reporting.Tests.Docx;

public sealed class ReferencePartWriterTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private const string ReferenceDocument = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14">
          <w:background w:color="FFFFFF"/>
          <w:body>
            <w:p><w:r><w:t>The council's sample text</w:t></w:r></w:p>
            <w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>
            <w:p><w:r><w:t>After a section</w:t></w:r></w:p>
            <w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr>
          </w:body>
        </w:document>
        """;

    [Fact]
    public void WriteDocument_Reference_KeepsRootAndFinalSectionAndReplacesTheBody()
    {
        var document = Write(s => ReferencePartWriter.WriteDocument(s, Encoding.UTF8.GetBytes(ReferenceDocument), new OpenXmlElement[] { new Paragraph(new Run(new Text("Ours"))) }));

        var root = document.Root!;
        Assert.Equal("w14", (string?)root.Attribute(XNamespace.Get("http://schemas.openxmlformats.org/markup-compatibility/2006") + "Ignorable"));
        Assert.Equal(new[] { W + "background", W + "body" }, root.Elements().Select(e => e.Name));
        var body = root.Element(W + "body")!;
        Assert.Equal(new[] { W + "p", W + "sectPr" }, body.Elements().Select(e => e.Name));
        Assert.Equal("Ours", body.Element(W + "p")!.Value);
        Assert.Equal("landscape", (string?)body.Element(W + "sectPr")!.Element(W + "pgSz")!.Attribute(W + "orient"));
    }

    [Fact]
    public void WriteNumbering_ReferenceEndingInMacCleanup_PutsTheListsBeforeIt()
    {
        const string reference = """
            <w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
              <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>
              <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
              <w:numIdMacAtCleanup w:val="1"/>
            </w:numbering>
            """;
        var list = new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 2 };

        var numbering = Write(s => ReferencePartWriter.WriteNumbering(s, Encoding.UTF8.GetBytes(reference), new[] { list }));

        Assert.Equal(
            new[] { "abstractNum", "num:1", "num:2", "numIdMacAtCleanup" },
            numbering.Root!.Elements().Select(e => e.Name.LocalName + (e.Name.LocalName == "num" ? ":" + (string?)e.Attribute(W + "numId") : string.Empty)));
    }

    [Fact]
    public void WriteNumbering_NoReference_WritesOnlyTheLists()
    {
        var list = new NumberingInstance(new AbstractNumId { Val = 3 }) { NumberID = 1 };

        var numbering = Write(s => ReferencePartWriter.WriteNumbering(s, null, new[] { list }));

        Assert.Equal(W + "numbering", numbering.Root!.Name);
        Assert.Equal("1", (string?)Assert.Single(numbering.Root.Elements()).Attribute(W + "numId"));
    }

    private static XDocument Write(System.Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        stream.Position = 0;
        return XDocument.Load(stream);
    }
}
