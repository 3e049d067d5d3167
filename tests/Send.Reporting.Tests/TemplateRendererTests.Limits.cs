using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Send.Domain.Validation;
using Send.Reporting.Templating;
using Send.Reporting.Tests.Support;
using Xunit;

namespace Send.Reporting.Tests;

/// <summary>Regression tests for issue 12: what a hostile template or an unlucky export did to a render.</summary>
public sealed partial class TemplateRendererTests
{
    private static DataException DocxFails(string template, object model, TemplateLimits? limits = null)
    {
        using var folder = new TemplateFolder();
        var path = folder.Write("template.md.scriban", template);
        var engine = new ReportEngine(cache: new TemplateCache(), limits: limits);
        return Assert.Throws<DataException>(() => engine.RenderDocx(path, model, TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Render_IncludeThroughSymlinkToFileOutside_IsRefused()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        using var outside = new TemplateFolder();
        var secret = outside.Write("secret.txt", "SECRET");
        using var folder = new TemplateFolder();
        File.CreateSymbolicLink(Path.Combine(folder.Path, "pw.md.scriban"), secret);
        var path = folder.Write("template.md.scriban", "{{ include 'pw.md.scriban' }}");

        var error = Assert.Throws<DataException>(() => new ReportEngine(cache: new TemplateCache()).RenderMarkdown(path, new HostileModel("T", default), TestContext.Current.CancellationToken));

        Assert.Contains("outside the template's folder", error.Problems[0].Message);
        Assert.DoesNotContain("SECRET", error.Message);
    }

    [Fact]
    public void Render_IncludeThroughFolderSymlinkToRoot_IsRefused()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        using var folder = new TemplateFolder();
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "up"), "/");
        var path = folder.Write("template.md.scriban", "{{ include 'up/etc/hostname' }}");

        var problem = Assert.Throws<DataException>(() => new ReportEngine(cache: new TemplateCache()).RenderMarkdown(path, new HostileModel("T", default), TestContext.Current.CancellationToken)).Problems[0];

        Assert.Contains("outside the template's folder", problem.Message);
        Assert.Equal(1, problem.Line);
    }

    [Fact]
    public void Render_IncludeThroughSymlinkInsideFolder_IsRendered()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        using var folder = new TemplateFolder();
        var part = folder.Write("parts/real.md.scriban", "inside");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "alias.md.scriban"), part);
        var path = folder.Write("template.md.scriban", "{{ include 'alias.md.scriban' }}");

        Assert.Equal("inside", new ReportEngine(cache: new TemplateCache()).RenderMarkdown(path, new HostileModel("T", default), TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Render_IncludeOfFifo_IsRefusedWithoutBlocking()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "FIFOs are a Unix thing");
        using var folder = new TemplateFolder();
        var fifo = Path.Combine(folder.Path, "pipe.md.scriban");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", fifo) { UseShellExecute = false })!)
        {
            mkfifo.WaitForExit();
        }

        var path = folder.Write("template.md.scriban", "{{ include 'pipe.md.scriban' }}");
        var error = Assert.Throws<DataException>(() => new ReportEngine(cache: new TemplateCache()).RenderMarkdown(path, new HostileModel("T", default), TestContext.Current.CancellationToken));

        Assert.Contains("not a regular file", error.Problems[0].Message);
    }

    [Fact]
    public void Render_AssignToBuiltinModule_IsAProblemAndDoesNotLeak()
    {
        var problem = RenderFails("{{ string.seen = 'yes' }}");
        Assert.Equal(1, problem.Line);

        using var folder = new TemplateFolder();
        var path = folder.Write("template.md.scriban", "{{ string.seen }}");
        var after = Assert.Throws<DataException>(() => new ReportEngine(cache: new TemplateCache()).RenderMarkdown(path, new HostileModel("T", default), TestContext.Current.CancellationToken));
        Assert.Contains("seen", after.Problems[0].Message);
    }

    [Theory]
    [InlineData("{{ math.uuid }}")]
    [InlineData("{{ math.random 1 10 }}")]
    public void Render_NonDeterministicMathFunction_IsUnknown(string template) =>
        Assert.Contains("unknown member", RenderFails(template).Message);

    [Theory]
    [InlineData("{{ 'x' | string.pad_left 1000000000 }}")]
    [InlineData("{{ [] | array.insert_at 1000000000 1 }}")]
    public void Render_HugeSizeArgument_IsStoppedBeforeItAllocates(string template) =>
        Assert.Contains("more than the output limit", RenderFails(template).Message);

    [Fact]
    public void Render_ValueDoubledUntilMemoryRunsOut_StopsAtAllocationLimit()
    {
        var problem = RenderFails(
            "{{ s = 'xxxxxxxxxx' }}{{ for i in 1..40 }}{{ s = s + s }}{{ end }}{{ s | string.size }}",
            TemplateLimits.Default with { AllocationLimit = 64L * 1024 * 1024 });
        Assert.Contains("more memory than the limit", problem.Message);
        Assert.Equal(1, problem.Line);
    }

    [Fact]
    public void RenderDocx_TwentyThousandNestedEmphasis_IsANestingProblemNotAStackOverflow()
    {
        var error = DocxFails("{{ for i in 1..20000 }}**{{ end }}x{{ for i in 1..20000 }}**{{ end }}\n", new HostileModel("T", default));
        var problem = Assert.Single(error.Problems);
        Assert.Equal("SEND-MARKDOWN-LIMIT", problem.Code);
        Assert.EndsWith("(rendered Markdown)", problem.Source, StringComparison.Ordinal);
        Assert.Equal(1, problem.Line);
    }

    [Fact]
    public void RenderDocx_ThreeThousandLevelList_IsANestingProblemAtItsLine()
    {
        var error = DocxFails("intro\n\n{{ for i in 1..3000 }}- {{ end }}x\n", new HostileModel("T", default));
        var problem = Assert.Single(error.Problems);
        Assert.Equal("SEND-MARKDOWN-LIMIT", problem.Code);
        Assert.Equal(3, problem.Line);
    }

    [Fact]
    public void RenderDocx_NestingWithinLimit_IsWritten()
    {
        using var folder = new TemplateFolder();
        var path = folder.Write("template.md.scriban", "- a\n  - b\n    - c\n\n> quote **bold *italic [link](https://www.gov.uk)***\n");
        DocxAssert.Valid(new ReportEngine(cache: new TemplateCache()).RenderDocx(path, new HostileModel("T", default), TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("a\u000Cb", "U+000C")]
    [InlineData("a\u001Bb", "U+001B")]
    [InlineData("a\uFFFFb", "U+FFFF")]
    public void RenderDocx_ControlCharacterInValue_IsALocatedProblemNamingTheExpression(string title, string character)
    {
        var error = DocxFails("# Report\n\nTitle: {{ title }}\n", new HostileModel(title, default));
        var problem = Assert.Single(error.Problems);
        Assert.Equal("SEND-TEXT-CHAR", problem.Code);
        // "Title: {{ title }}": the expression 'title' starts at column 11 of line 3.
        Assert.Equal((3, 11), (problem.Line, problem.Column));
        Assert.Contains("'title'", problem.Message);
        Assert.Contains(character, problem.Message);
    }

    [Fact]
    public void RenderDocx_VerticalTabInValue_IsALineBreak()
    {
        using var folder = new TemplateFolder();
        var path = folder.Write("template.md.scriban", "Title: {{ title }}\n\n| A |\n|---|\n| {{ title }} |\n");

        var docx = new ReportEngine(cache: new TemplateCache()).RenderDocx(path, new HostileModel("first\u000Bsecond", default), TestContext.Current.CancellationToken);

        DocxAssert.Valid(docx);
        var xml = DocxAssert.PartXml(docx, "word/document.xml");
        Assert.Equal(2, xml.Split("<w:br />").Length - 1);
        Assert.Contains(">second<", xml.Replace("\n", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void RenderDocx_ControlCharacterInTemplateText_IsALocatedMarkdownProblem()
    {
        var error = DocxFails("line one\n\nline\u0007two\n", new HostileModel("T", default));
        var problem = Assert.Single(error.Problems);
        Assert.Equal("SEND-TEXT-CHAR", problem.Code);
        Assert.Equal((3, 5), (problem.Line, problem.Column));
    }

    [Fact]
    public void RenderDocx_TemplateStageUsesTheDeadline_TheProblemIsOneAndNamesTheLimit()
    {
        var error = DocxFails(
            "{{ for i in 1..100000000 }}{{ x = i * 2 }}{{ end }}",
            new HostileModel("T", default),
            TemplateLimits.Default with { LoopLimit = int.MaxValue, TimeLimit = TimeSpan.FromMilliseconds(200) });
        Assert.Contains("time limit", Assert.Single(error.Problems).Message);
    }

    [Fact]
    public void MarkdownToDocx_WriterPastTheDeadline_IsOneLocatedProblem()
    {
        var engine = new ReportEngine(cache: new TemplateCache(), limits: TemplateLimits.Default with { TimeLimit = TimeSpan.FromTicks(1) });
        var markdown = string.Concat(Enumerable.Repeat("A paragraph of text.\n\n", 20_000));

        var problem = Assert.Single(Assert.Throws<DataException>(() => engine.MarkdownToDocx(markdown, "x.md")).Problems);

        Assert.Equal("x.md", problem.Source);
        Assert.Contains("time limit", problem.Message);
    }
}
