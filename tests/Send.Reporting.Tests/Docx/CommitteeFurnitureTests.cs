using System;
using System.Linq;
using DocumentFormat.OpenXml.Wordprocessing;
using Send.Domain.Validation;
using Send.Reporting.Tests.Support;
using Xunit;

namespace Send.Reporting.Tests.Docx;

/// <summary>
/// The committee furniture real papers carry (issue 14; seeds 001 and 002): agenda item and report number, key
/// decision, wards or divisions, background papers, contact officer, protective marking, appendices and contents.
/// </summary>
public sealed class CommitteeFurnitureTests
{
    private static byte[] Render(string markdown)
    {
        var docx = new ReportEngine().MarkdownToDocx(markdown, "test.md");
        DocxAssert.Valid(docx);
        return docx;
    }

    private static DataProblem Fails(string markdown) =>
        Assert.Single(Assert.Throws<DataException>(() => new ReportEngine().MarkdownToDocx(markdown, "test.md")).Problems);

    private static (string Style, string Text)[] Paragraphs(byte[] docx) =>
        DocxReader.Open(docx).BodyParagraphs.Select(p => (p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? string.Empty, DocxReader.TextOf(p))).ToArray();

    [Fact]
    public void Render_ReferencesAndFacts_AreTheirStylesWithTheirLabels()
    {
        var docx = Render("::: agenda-item\n7\n:::\n\n::: report-number\nCS/25/01\n:::\n\n::: key-decision\nno\n:::\n\n::: divisions\nAll\n:::\n\n::: wards\nMelksham; Calne\n:::\n");
        Assert.Equal(
            new[] { ("ReportReference", "Agenda item 7"), ("ReportReference", "CS/25/01"), ("ReportFact", "Key decision: No"), ("ReportFact", "Electoral divisions affected: All"), ("ReportFact", "Wards affected: Melksham; Calne") },
            Paragraphs(docx));
    }

    [Theory]
    [InlineData("::: key-decision\nmaybe\n:::\n", "'maybe' is not yes or no", 2)]
    [InlineData("::: key-decision\n:::\n", "holds nothing", 1)]
    [InlineData("::: agenda-item\n7\n\n8\n:::\n", "more than one line", 1)]
    [InlineData("::: background-papers\n:::\n", "expected the papers relied on", 1)]
    [InlineData("::: contact-officer\n:::\n", "officer's name", 1)]
    [InlineData("::: appendix\nText.\n:::\n", "has no title", 1)]
    [InlineData("::: appendices\n:::\n", "but it has none", 1)]
    [InlineData("::: marking\nOFFICIAL\n:::\n\n::: marking\nSECRET\n:::\n", "a second '::: marking'", 5)]
    public void Render_BadFurniture_IsALocatedProblem(string markdown, string expected, int line)
    {
        var problem = Fails(markdown);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
        Assert.Equal(line, problem.Line);
    }

    [Fact]
    public void Render_BackgroundPapersAndContactOfficer_AreLabelledAndKeptTogether()
    {
        var docx = Render("# Summary\n\nText.\n\n::: background-papers\nNone\n:::\n\n::: contact-officer\nKellie Knott\n\nTel: 01392 382161\n:::\n");
        var paragraphs = Paragraphs(docx);
        Assert.Equal(("ReportFact", "Background papers"), paragraphs[2]);
        Assert.Equal(("ReportFact", "None"), paragraphs[3]);
        Assert.Equal(new[] { ("ContactBlock", "Contact for enquiries"), ("ContactBlock", "Kellie Knott"), ("ContactBlock", "Tel: 01392 382161") }, paragraphs.Skip(4));
        var contact = DocxReader.Open(docx).BodyParagraphs.Skip(4).ToList();
        Assert.All(contact.SkipLast(1), p => Assert.NotNull(p.ParagraphProperties?.KeepNext));
    }

    [Fact]
    public void Render_Marking_IsInTheHeaderOfEveryPage()
    {
        var docx = Render("::: marking\nOFFICIAL\n:::\n\nText.\n");
        var header = DocxAssert.PartXml(docx, "word/header1.xml");
        Assert.Contains("ProtectiveMarking", header, StringComparison.Ordinal);
        Assert.Contains(">OFFICIAL<", header, StringComparison.Ordinal);
        var section = DocxReader.Open(docx).Body.Elements<SectionProperties>().Single();
        Assert.Equal(HeaderFooterValues.Default, section.Elements<HeaderReference>().Single().Type!.Value);
        Assert.Equal(new[] { ("BodyText", "Text.") }, Paragraphs(docx));
    }

    [Fact]
    public void Render_Appendices_StartANewPageLetteredWithTheirOwnNumberingAndAreListed()
    {
        var docx = Render("# Report\n\nPara one.\n\n::: appendices\n:::\n\n::: appendix The SEND strategy\n# Priorities\n\nFirst.\n:::\n\n::: appendix Safety Valve monitoring\nText.\n:::\n");
        var document = DocxReader.Open(docx);
        var paragraphs = Paragraphs(docx);
        Assert.Contains(("BodyText", "Appendix A: The SEND strategy"), paragraphs);
        Assert.Contains(("AppendixHeading", "Appendix A: The SEND strategy"), paragraphs);
        Assert.Contains(("AppendixHeading", "Appendix B: Safety Valve monitoring"), paragraphs);

        // The listing links to each appendix's bookmark.
        var links = document.Body.Descendants<Hyperlink>().Select(h => h.Anchor!.Value).ToList();
        var bookmarks = document.Body.Descendants<BookmarkStart>().Select(b => b.Name!.Value).ToList();
        Assert.Equal(2, links.Count);
        Assert.All(links, l => Assert.Contains(l, bookmarks));

        // The heading inside Appendix A is numbered by a numbering instance of its own, restarted at 1.
        var inner = document.BodyParagraphs.Single(p => DocxReader.TextOf(p) == "Priorities");
        var outer = document.BodyParagraphs.Single(p => DocxReader.TextOf(p) == "Report");
        var innerNum = inner.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value;
        Assert.NotEqual(outer.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value, innerNum);
        var instance = document.Numbering.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == innerNum);
        Assert.Equal(1, instance.Elements<LevelOverride>().First(o => o.LevelIndex!.Value == 0).StartOverrideNumberingValue!.Val!.Value);

        // The appendix heading style starts a new page.
        Assert.Contains("pageBreakBefore", DocxAssert.PartXml(docx, "word/styles.xml").Split("w:styleId=\"AppendixHeading\"")[1].Split("</w:style>")[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Toc_IsATocFieldListingTheHeadings()
    {
        var docx = Render("::: toc\n:::\n\n# Recommendation\n\n## Detail\n\n### Deeper\n\n#### Not listed\n\n::: appendix Data\nText.\n:::\n");
        var document = DocxReader.Open(docx);
        Assert.Contains(document.Body.Descendants<FieldCode>(), f => f.Text.Contains("TOC \\o \"1-3\"", StringComparison.Ordinal));
        var paragraphs = Paragraphs(docx);
        Assert.Equal(("TOCHeading", "Contents"), paragraphs[0]);
        Assert.Equal(new[] { ("TOC1", "Recommendation"), ("TOC2", "Detail"), ("TOC3", "Deeper"), ("TOC1", "Appendix A: Data") }, paragraphs.Skip(1).Take(4));
    }
}
