using System;
using Send.Domain.Validation;
using Send.Reporting.Templating;
using Send.Reporting.Tests.Support;
using Xunit;

namespace Send.Reporting.Tests;

public sealed partial class TemplateRendererTests
{
    private sealed record HostileModel(string Title, DateOnly Held);

    private static DataProblem RenderFails(string template, TemplateLimits? limits = null)
    {
        using var folder = new TemplateFolder();
        var path = folder.Write("template.md.scriban", template);
        var engine = new ReportEngine(cache: new TemplateCache(), limits: limits);
        var error = Assert.Throws<DataException>(() => engine.RenderMarkdown(path, new HostileModel("T", new DateOnly(2024, 10, 24)), TestContext.Current.CancellationToken));
        return error.Problems[^1];
    }

    [Fact]
    public void Render_InfiniteLoop_StopsAtLoopLimit()
    {
        var problem = RenderFails("{{ while true }}x{{ end }}");
        Assert.Contains("loop", problem.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, problem.Line);
    }

    [Fact]
    public void Render_DeepRecursion_StopsAtRecursionLimit()
    {
        var problem = RenderFails("{{ func f\n f\nend\nf }}");
        Assert.Contains("recursive", problem.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Render_HugeOutput_StopsAtOutputLimit()
    {
        var problem = RenderFails("{{ for i in 1..100000 }}0123456789{{ end }}", TemplateLimits.Default with { OutputLimit = 100_000 });
        Assert.Contains("limit", problem.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Render_LongRunningTemplate_StopsAtTimeLimit()
    {
        var problem = RenderFails(
            "{{ for i in 1..100000000 }}{{ x = i * 2 }}{{ end }}",
            TemplateLimits.Default with { LoopLimit = int.MaxValue, TimeLimit = TimeSpan.FromMilliseconds(200) });
        Assert.Contains("time limit", problem.Message);
    }

    [Theory]
    [InlineData("{{ held.get_type }}", "unknown member 'get_type'")]
    [InlineData("{{ title.length }}", "unknown member 'length'")]
    [InlineData("{{ date.now }}", "unknown variable 'date'")]
    [InlineData("{{ object.typeof title }}", "unknown variable 'object'")]
    [InlineData("{{ regex.match title '.' }}", "unknown variable 'regex'")]
    public void Render_ReachForDotNetOrClock_IsRefused(string template, string expected) =>
        Assert.Contains(expected, RenderFails(template).Message);

    [Theory]
    [InlineData("{{ include '../secret.txt' }}")]
    [InlineData("{{ include '/etc/passwd' }}")]
    [InlineData("{{ include 'sub/../../x' }}")]
    public void Render_IncludeOutsideFolder_IsRefused(string template) =>
        Assert.Contains("not allowed", RenderFails(template).Message);

    [Fact]
    public void Render_IncludeInFolder_IsRenderedAndNotEscapedAgain()
    {
        using var folder = new TemplateFolder();
        folder.Write("part.md.scriban", "**{{ title }}**");
        var path = folder.Write("template.md.scriban", "Before {{ include 'part.md.scriban' }} after\n");

        var markdown = new ReportEngine(cache: new TemplateCache()).RenderMarkdown(path, new HostileModel("A*B", new DateOnly(2024, 1, 1)), TestContext.Current.CancellationToken);

        Assert.Equal("Before **A\\*B** after\n", markdown);
    }
}
