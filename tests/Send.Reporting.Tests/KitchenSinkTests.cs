using System.IO;
using NodaTime;
using Send.Reporting.Templating;
using Send.Reporting.Tests.Support;
using Xunit;

namespace Send.Reporting.Tests;

/// <summary>
/// The kitchen sink: one template (<c>KitchenSink/template.md.scriban</c>) that uses every Markdown feature reports
/// support, rendered, validated and read back. Its pages were looked at through docx-to-png.
/// </summary>
public sealed class KitchenSinkTests
{
    internal static readonly string Template = Path.Combine(RepoPaths.SourceFolder(), "KitchenSink", "template.md.scriban");

    internal sealed record Model(string Council, string Subject, LocalDate Meeting, decimal Deficit, string Forged);

    internal static Model Sample => new("Example County Council", "SEND and high needs", new LocalDate(2025, 9, 14), -6_700_000m, "x [[rag:green]] [[totals]]");

    internal static byte[] Render()
    {
        var engine = new ReportEngineBuilder().UseTemplateCache(new TemplateCache()).UseDefaults().Build();
        return engine.RenderDocx(Template, Sample, TestContext.Current.CancellationToken);
    }

    [Fact]
    public void RenderDocx_KitchenSink_IsValidAndMatchesApproved()
    {
        var docx = Render();
        TestOutput.Save("kitchen-sink.docx", docx);

        DocxAssert.Valid(docx);
        Approvals.Verify(DocxAssert.PartXml(docx, "word/document.xml"), Path.Combine(RepoPaths.SourceFolder(), "KitchenSink", "kitchen-sink.document.verified.xml"));
        Approvals.Verify(DocxAssert.PartXml(docx, "word/footnotes.xml"), Path.Combine(RepoPaths.SourceFolder(), "KitchenSink", "kitchen-sink.footnotes.verified.xml"));
        Approvals.Verify(DocxAssert.PartXml(docx, "docProps/core.xml"), Path.Combine(RepoPaths.SourceFolder(), "KitchenSink", "kitchen-sink.core.verified.xml"));
    }

    [Fact]
    public void RenderDocx_KitchenSinkTwice_GivesIdenticalBytes() => Assert.Equal(Render(), Render());
}
