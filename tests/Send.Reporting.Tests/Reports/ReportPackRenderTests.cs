using System;
using System.IO;
using Send.Reporting.Reports;
using Send.Reporting.Tests.Support;
using Xunit;

namespace Send.Reporting.Tests.Reports;

/// <summary><see cref="ReportPack.Render"/> loads the data and parses the template at the same time; problems from both come back together.</summary>
public sealed class ReportPackRenderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("send-pack-").FullName;

    [Fact]
    public void Render_BadDataAndBadTemplate_ReportsBothAndWritesNothing()
    {
        var template = CopyTemplate("strategic-update");
        File.AppendAllText(Path.Combine(template, ReportPack.TemplateFileName), "\n{{ for x in }}\n");
        var data = Path.Combine(folder, "data.json");
        File.WriteAllText(data, "{ \"title_block\": 42 }");
        var output = Path.Combine(folder, "out", "report.docx");

        var result = new ReportPack().Render(new ReportJob(template, data, output), TestContext.Current.CancellationToken);

        Assert.False(result.Written);
        Assert.Contains(result.Problems, p => p.Source == data);
        Assert.Contains(result.Problems, p => p.Source.EndsWith(ReportPack.TemplateFileName, StringComparison.Ordinal));
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Render_MissingTemplateFile_IsAProblemNamingIt()
    {
        var template = CopyTemplate("strategic-update");
        File.Delete(Path.Combine(template, ReportPack.TemplateFileName));
        var output = Path.Combine(folder, "report.docx");

        var result = new ReportPack().Render(new ReportJob(template, Path.Combine(template, ReportLoader.SampleFileName), output), TestContext.Current.CancellationToken);

        Assert.False(result.Written);
        var problem = Assert.Single(result.Problems, p => p.Severity == Send.Domain.Validation.DataProblemSeverity.Error);
        Assert.Equal(Path.Combine(template, ReportPack.TemplateFileName), problem.Source);
        Assert.Contains("could not be read", problem.Message);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void WarmUp_BeforeARender_ChangesNothingItProduces()
    {
        var template = RepoPaths.Combine("templates", "scrutiny-send-update");
        var data = Path.Combine(template, ReportLoader.SampleFileName);
        var cold = new ReportPack().RenderDocx(template, data, TestContext.Current.CancellationToken);

        var warmed = new ReportPack();
        warmed.Engine.WarmUp();
        warmed.Engine.WarmUp();

        Assert.Equal(cold, warmed.RenderDocx(template, data, TestContext.Current.CancellationToken));
        Assert.Empty(Directory.GetFiles(folder, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Render_FirstJob_WritesTheSameBytesAsAWarmEngine()
    {
        var template = RepoPaths.Combine("templates", "scrutiny-send-update");
        var data = Path.Combine(template, ReportLoader.SampleFileName);
        var output = Path.Combine(folder, "report.docx");
        var pack = new ReportPack();

        var result = pack.Render(new ReportJob(template, data, output), TestContext.Current.CancellationToken);

        Assert.True(result.Written);
        Assert.Equal(pack.RenderDocx(template, data, TestContext.Current.CancellationToken), File.ReadAllBytes(output));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string CopyTemplate(string name)
    {
        var source = RepoPaths.Combine("templates", name);
        var target = Path.Combine(folder, name);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        return target;
    }
}
