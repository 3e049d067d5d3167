using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Send.Domain.Validation;
using Send.Reporting.Templating;
using Send.Reporting.Tests.Support;
using Xunit;

namespace Send.Reporting.Tests;

/// <summary>Stream and async render APIs with cancellation between stages (#19).</summary>
public sealed class ReportEngineAsyncTests
{
    private static readonly ReportEngine Engine = new ReportEngineBuilder().UseTemplateCache(new TemplateCache()).UseDefaults().Build();

    private static ReportTemplate Template => ReportTemplate.Parse("t.md.scriban", "# {{ title }}\n\n| Strand | Status |\n|---|---|\n| A | {{ rag 'green' }} |\n");

    [Fact]
    public void RenderDocx_ToStream_WritesTheSameBytesAsRenderDocx()
    {
        using var stream = new MemoryStream();
        stream.WriteByte(0xFF);

        Engine.RenderDocx(Template, new Model("Purpose"), stream, TestContext.Current.CancellationToken);

        var expected = Engine.RenderDocx(Template, new Model("Purpose"), TestContext.Current.CancellationToken);
        Assert.Equal(expected.Length + 1, stream.Length);
        Assert.Equal(expected, stream.ToArray()[1..]);
        DocxAssert.Valid(expected);
    }

    [Fact]
    public async Task RenderDocxAsync_ToStream_WritesAValidDocument()
    {
        using var stream = new MemoryStream();

        await Engine.RenderDocxAsync(Template, new Model("Purpose"), stream, TestContext.Current.CancellationToken);

        Assert.Equal(Engine.RenderDocx(Template, new Model("Purpose"), TestContext.Current.CancellationToken), stream.ToArray());
    }

    [Fact]
    public async Task RenderDocxAsync_TemplateFile_MatchesRenderDocx()
    {
        using var folder = new TemplateFolder();
        var path = folder.Write("template.md.scriban", "# {{ title }}\n\nText.\n");

        var bytes = await Engine.RenderDocxAsync(path, new Model("Purpose"), TestContext.Current.CancellationToken);
        var markdown = await Engine.RenderMarkdownAsync(path, new Model("Purpose"), TestContext.Current.CancellationToken);

        Assert.Equal(Engine.RenderDocx(path, new Model("Purpose"), TestContext.Current.CancellationToken), bytes);
        Assert.Equal("# Purpose\n\nText.\n", markdown);
    }

    [Fact]
    public async Task RenderDocxAsync_AlreadyCancelled_ThrowsAndWritesNothing()
    {
        using var stream = new MemoryStream();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Engine.RenderDocxAsync(Template, new Model("Purpose"), stream, cancelled.Token));

        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public async Task RenderDocxAsync_CancelledDuringTheTemplate_StopsBeforeWordAndWritesNothing()
    {
        using var stream = new MemoryStream();
        using var cancellation = new CancellationTokenSource();
        // The model's getter cancels while the template runs: the render must stop there, not go on to write Word.
        var model = new CancellingModel(cancellation);

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Engine.RenderDocxAsync(Template, model, stream, cancellation.Token));

        Assert.Equal(cancellation.Token, error.CancellationToken);
        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public void RenderDocx_ToStreamCancelledDuringTheTemplate_ThrowsOperationCanceled()
    {
        using var stream = new MemoryStream();
        using var cancellation = new CancellationTokenSource();

        Assert.ThrowsAny<OperationCanceledException>(() => Engine.RenderDocx(Template, new CancellingModel(cancellation), stream, cancellation.Token));

        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public async Task RenderDocxAsync_TemplateProblem_IsADataExceptionAndWritesNothing()
    {
        using var stream = new MemoryStream();
        var broken = ReportTemplate.Parse("t.md.scriban", "{{ missing }}\n");

        var error = await Assert.ThrowsAsync<DataException>(() => Engine.RenderDocxAsync(broken, new Model("T"), stream, TestContext.Current.CancellationToken));

        Assert.Equal("t.md.scriban(1,4): SEND-TEMPLATE: unknown variable 'missing'", Assert.Single(error.Problems).ToString().Split(" (did you mean")[0]);
        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public async Task RenderToFileAsync_Cancelled_LeavesNoFile()
    {
        using var folder = new TemplateFolder();
        var path = folder.Write("template.md.scriban", "# {{ title }}\n");
        var output = Path.Combine(folder.Path, "out.docx");
        using var cancellation = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Engine.RenderToFileAsync(path, new CancellingModel(cancellation), output, cancellation.Token));

        Assert.False(File.Exists(output));
        await Engine.RenderToFileAsync(path, new Model("Purpose"), output, TestContext.Current.CancellationToken);
        DocxAssert.Valid(File.ReadAllBytes(output));
    }

    private sealed record Model(string Title);

    private sealed class CancellingModel(CancellationTokenSource cancellation)
    {
        public string Title
        {
            get
            {
                cancellation.Cancel();
                return "Cancelled";
            }
        }
    }
}
