using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using Send.Reporting.Reports;
using Send.Reporting.Styling;
using Send.Reporting.Tests.Support;
using Xunit;

namespace Send.Reporting.Tests.Styling;

/// <summary>
/// The reference documents councils really have render every sample report, valid, in their own fonts: pandoc's
/// reference.docx, Send's own style after a LibreOffice round trip (which renames style ids), and a comms team's
/// Word template.
/// </summary>
public sealed class HouseStyleCompatibilityTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly string LibreOfficeFixture = RepoPaths.Combine("tests", "Send.Reporting.Tests", "Fixtures", "house-style-libreoffice.docx");

    [Fact]
    public void PandocDefaultReference_RendersEverySample_ValidInItsFonts()
    {
        var reference = CouncilReferenceDocuments.PandocDefault();
        Assert.SkipWhen(reference is null, "pandoc is not installed (apt-get install pandoc); the pandoc-like reference below covers its style names");

        var style = HouseStyle.Load(reference!, "reference.docx");

        Assert.Contains(style.Warnings, w => w.Message.Contains("styles Send uses; Send's were supplied", System.StringComparison.Ordinal));
        AssertRendersSamples(style, bodyFont: "minorHAnsi", headingFont: "majorHAnsi");
    }

    [Fact]
    public void PandocLikeReference_MatchesPandocsNamesAndSuppliesTheRest()
    {
        var style = HouseStyle.Load(CouncilReferenceDocuments.PandocLike(), "reference.docx");

        Assert.Equal(StyleMatchKind.Found, Match(style, StyleIds.BodyText).Kind);
        Assert.Equal(("Compact", StyleMatchKind.MatchedByName), (Match(style, StyleIds.TableText).DocumentStyleId, Match(style, StyleIds.TableText).Kind));
        Assert.Equal("BlockText", Match(style, StyleIds.BoxedNote).DocumentStyleId);
        Assert.Equal("TableCaption", Match(style, StyleIds.Caption).DocumentStyleId);
        Assert.Equal("Table", Match(style, StyleIds.ReportTable).DocumentStyleId);
        Assert.Equal(StyleMatchKind.Supplied, Match(style, StyleIds.Heading2).Kind);
        var warning = Assert.Single(style.Warnings, w => w.Field == "styles");
        Assert.Contains("Heading2, Heading4, Heading5, Heading6, NumberedPara, ListBullet", warning.Message);
        AssertRendersSamples(style, bodyFont: "minorHAnsi", headingFont: "majorHAnsi");
    }

    [Fact]
    public void LibreOfficeRoundTrip_OfSendsOwnStyle_MatchesRenamedIdsByName()
    {
        var style = HouseStyle.Load(File.ReadAllBytes(LibreOfficeFixture), "house-style-libreoffice.docx");

        Assert.Equal("TextBody", Match(style, StyleIds.BodyText).DocumentStyleId);
        Assert.Equal("InternetLink", Match(style, StyleIds.Hyperlink).DocumentStyleId);
        Assert.Equal("NumberedParagraph", Match(style, StyleIds.NumberedParagraph).DocumentStyleId);
        // The fixture was saved by LibreOffice before Send's style contract had Heading4-6, the committee furniture,
        // contents and footnote styles: those, and only those, are supplied.
        string[] addedSince =
        [
            StyleIds.Heading4, StyleIds.Heading5, StyleIds.Heading6, StyleIds.ReportReference, StyleIds.ReportFact, StyleIds.ProtectiveMarking,
            StyleIds.AppendixHeading, StyleIds.TocHeading, StyleIds.Toc1, StyleIds.Toc2, StyleIds.Toc3, StyleIds.FootnoteText, StyleIds.FootnoteReference,
        ];
        Assert.Equal(addedSince, style.Styles.Where(s => s.Kind == StyleMatchKind.Supplied).Select(s => s.StyleId));
        Assert.DoesNotContain(style.Warnings, w => w.Field != "styles");
        AssertRendersSamples(style, bodyFont: "Arial", headingFont: "Arial");
    }

    [Fact]
    public void CommsTeamTemplate_Dotx_RendersEverySampleAsADocumentInItsFonts()
    {
        var style = HouseStyle.Load(CouncilReferenceDocuments.CommsTemplate(), "council.dotx");

        Assert.Equal("TableGrid", Match(style, StyleIds.ReportTable).DocumentStyleId);
        Assert.Equal("ListParagraph", Match(style, StyleIds.ListBullet).DocumentStyleId);
        Assert.Equal(StyleMatchKind.Found, Match(style, StyleIds.Footer).Kind);
        var docx = AssertRendersSamples(style, bodyFont: "Verdana", headingFont: "Georgia");
        Assert.Contains("Anyshire County Council", Part(docx, "word/header1.xml"));
    }

    private static StyleMatch Match(HouseStyle style, string id) => style.Styles.Single(s => s.StyleId == id);

    /// <summary>Renders the four sample reports, each valid; the body styles take the body font and the headings the heading font.</summary>
    private static byte[] AssertRendersSamples(HouseStyle style, string bodyFont, string headingFont)
    {
        var pack = new ReportPack(style);
        var jobs = ReportPack.SampleJobs(RepoPaths.Combine("templates"), Path.GetTempPath());
        Assert.Equal(4, jobs.Count);
        byte[] docx = System.Array.Empty<byte>();
        foreach (var job in jobs)
        {
            docx = pack.RenderDocx(job.TemplateDirectory, job.DataPath, TestContext.Current.CancellationToken);
            DocxAssert.Valid(docx);
            TestOutput.Save($"house-style-{System.IO.Path.GetFileNameWithoutExtension(style.Source)}-{System.IO.Path.GetFileName(job.TemplateDirectory)}.docx", docx);
        }

        var styles = XDocument.Parse(Part(docx, "word/styles.xml"));
        foreach (var id in new[] { StyleIds.BodyText, StyleIds.NumberedParagraph, StyleIds.ListBullet, StyleIds.TableText, StyleIds.TableNumber, StyleIds.BoxedNote, StyleIds.ContactBlock })
        {
            Assert.Equal((id, bodyFont), (id, EffectiveFont(styles, id)));
        }

        foreach (var id in new[] { StyleIds.Heading1, StyleIds.Heading2 })
        {
            Assert.Equal((id, headingFont), (id, EffectiveFont(styles, id)));
        }

        return docx;
    }

    /// <summary>The Latin font a style ends up with: its own or its bases' <c>w:rFonts</c>, else the document defaults (a theme font by its slot name).</summary>
    private static string? EffectiveFont(XDocument styles, string styleId)
    {
        var byId = styles.Root!.Elements(W + "style").ToDictionary(s => (string)s.Attribute(W + "styleId")!);
        var seen = new HashSet<string>();
        for (string? id = styleId; id is not null && seen.Add(id) && byId.TryGetValue(id, out var style); id = (string?)style.Element(W + "basedOn")?.Attribute(W + "val"))
        {
            if (Font(style.Element(W + "rPr")?.Element(W + "rFonts")) is string font)
            {
                return font;
            }
        }

        return Font(styles.Root.Element(W + "docDefaults")?.Element(W + "rPrDefault")?.Element(W + "rPr")?.Element(W + "rFonts"));
    }

    private static string? Font(XElement? fonts) => (string?)fonts?.Attribute(W + "ascii") ?? (string?)fonts?.Attribute(W + "asciiTheme");

    private static string Part(byte[] docx, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }
}
