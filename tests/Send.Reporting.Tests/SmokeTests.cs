using System.IO;
using Send.Benchmarks.Reporting;
using Send.Reporting.Tests.Support;
using Xunit;

namespace Send.Reporting.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void RenderDocx_ScrutinySample_IsValidWordprocessingMl()
    {
        var engine = new ReportEngine();
        var docx = engine.RenderDocx(RepoPaths.ScrutinyTemplate, new ScrutinySampleModel(), TestContext.Current.CancellationToken);
        var outFolder = System.Environment.GetEnvironmentVariable("SEND_REPORTING_OUT");
        if (!string.IsNullOrEmpty(outFolder))
        {
            File.WriteAllBytes(Path.Combine(outFolder, "scrutiny.docx"), docx);
            File.WriteAllText(Path.Combine(outFolder, "scrutiny.md"), engine.RenderMarkdown(RepoPaths.ScrutinyTemplate, new ScrutinySampleModel(), TestContext.Current.CancellationToken));
        }

        DocxAssert.Valid(docx);
    }
}
