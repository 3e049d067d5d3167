using System.IO;
using System.Linq;
using Send.Reporting.Reports;
using Send.Reporting.Tests.Support;
using Xunit;

namespace Send.Reporting.Tests.Reports;

/// <summary>
/// Golden tests pinning each report's content: the Markdown its template writes from the sample data, and the
/// normalised document.xml of the .docx; each .docx also passes the Open XML validator with zero errors.
/// </summary>
public sealed class ReportGoldenTests
{
    private static readonly ReportPack Pack = new();

    public static TheoryData<string> Reports() => new(ReportPack.SampleJobs(RepoPaths.Combine("templates"), "out").Select(j => Path.GetFileName(j.TemplateDirectory)));

    private static (string Template, string Data) Sample(string name)
    {
        var folder = RepoPaths.Combine("templates", name);
        return (folder, Path.Combine(folder, ReportLoader.SampleFileName));
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void RenderMarkdown_Sample_MatchesApproved(string name)
    {
        var (template, data) = Sample(name);
        var markdown = Pack.RenderMarkdown(template, data, TestContext.Current.CancellationToken);
        Approvals.Verify(markdown, Path.Combine(RepoPaths.SourceFolder(), $"{name}.verified.md"));
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void RenderDocx_Sample_ValidAndDocumentXmlMatchesApproved(string name)
    {
        var (template, data) = Sample(name);
        var docx = Pack.RenderDocx(template, data, TestContext.Current.CancellationToken);
        DocxAssert.Valid(docx);
        Approvals.Verify(DocxAssert.PartXml(docx, "word/document.xml"), Path.Combine(RepoPaths.SourceFolder(), $"{name}.document.verified.xml"));
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void RenderDocx_Sample_HasNativeChartsWithWorkbooks(string name)
    {
        var (template, data) = Sample(name);
        var docx = Pack.RenderDocx(template, data, TestContext.Current.CancellationToken);
        using var stream = new MemoryStream(docx);
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, false);
        var charts = document.MainDocumentPart!.ChartParts.ToArray();
        Assert.NotEmpty(charts);
        Assert.All(charts, c => Assert.NotNull(c.EmbeddedPackagePart));
        Assert.All(charts, c => Assert.NotNull(c.ChartSpace.Descendants<DocumentFormat.OpenXml.Drawing.Charts.Title>().FirstOrDefault()));
    }

    [Fact]
    public void RenderMarkdown_ScrutinySample_StatesTheSeedHeadlines()
    {
        // Seed 001 3.3 and 5.2-5.4, in the paper's words, as the reader sees them in the document.
        var (template, data) = Sample("scrutiny-send-update");
        var docx = Pack.RenderDocx(template, data, TestContext.Current.CancellationToken);
        using var stream = new MemoryStream(docx);
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, false);
        var markdown = string.Join("\n", document.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
        Assert.Contains("an average of 158 plans being issued a month", markdown, System.StringComparison.Ordinal);
        Assert.Contains("compared to 80 per month over the previous 5 months and 83 per month in 2023", markdown, System.StringComparison.Ordinal);
        Assert.Contains("an increase of 18.42%", markdown, System.StringComparison.Ordinal);
        Assert.Contains("from 1,070 at 31 May 2024 to 900 at 30 November 2024", markdown, System.StringComparison.Ordinal);
        Assert.Contains("forecast to be £51.6m compared to the DfE Safety Valve planned position of £31.2m: an increase of £20.4m", markdown, System.StringComparison.Ordinal);
        Assert.Contains("projected to be £132.0m at 31 March 2025", markdown, System.StringComparison.Ordinal);
    }
}
