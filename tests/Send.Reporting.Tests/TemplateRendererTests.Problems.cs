using System.Linq;
using Send.Domain.Validation;
using Send.Reporting.Templating;
using Send.Reporting.Tests.Support;
using Xunit;

namespace Send.Reporting.Tests;

public sealed partial class TemplateRendererTests
{
    private sealed record Strand(string Name);

    private sealed record ProblemModel(string Title, Strand Lead);

    [Fact]
    public void Render_UnknownVariablesAndMembers_AreAllReportedWithPositions()
    {
        using var folder = new TemplateFolder();
        // Line 1: unknown variable at column 4; line 2: unknown member at column 9; line 3: second unknown variable at column 10.
        var path = folder.Write("template.md.scriban", "{{ titel }}\n{{ lead.nmae }}\nText {{ defict_table }} end\n{{ lead.name }}\n");

        var error = Assert.Throws<DataException>(() => new ReportEngine(cache: new TemplateCache()).RenderMarkdown(path, new ProblemModel("T", new Strand("S")), TestContext.Current.CancellationToken));

        Assert.Equal(
            new[]
            {
                $"{path}(1,4): SEND-TEMPLATE: unknown variable 'titel' (did you mean 'title'?)",
                $"{path}(2,9): SEND-TEMPLATE: unknown member 'nmae' on Strand (did you mean 'name'?)",
                $"{path}(3,9): SEND-TEMPLATE: unknown variable 'defict_table'",
            },
            error.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Render_UnknownVariableInBranchNotTaken_IsStillReported()
    {
        using var folder = new TemplateFolder();
        var path = folder.Write("template.md.scriban", "{{ if false }}\n{{ tittle }}\n{{ end }}\n{{ total = 1 }}{{ for s in [lead] }}{{ s.name }} {{ total }}{{ end }}\n{{ func twice(x); ret x * 2; end }}{{ twice 2 }}\n");

        var error = Assert.Throws<DataException>(() => new ReportEngine(cache: new TemplateCache()).RenderMarkdown(path, new ProblemModel("T", new Strand("S")), TestContext.Current.CancellationToken));

        Assert.Equal($"{path}(2,4): SEND-TEMPLATE: unknown variable 'tittle' (did you mean 'title'?)", Assert.Single(error.Problems).ToString());
    }

    [Fact]
    public void Parse_SeveralSyntaxErrors_AreAllReported()
    {
        var error = Assert.Throws<DataException>(() => ReportTemplate.Parse("t.md.scriban", "{{ if x }}\nfine\n{{ for }}\n"));

        Assert.True(error.Problems.Count >= 2, string.Join("\n", error.Problems));
        Assert.All(error.Problems, p => Assert.Equal("t.md.scriban", p.Source));
        Assert.All(error.Problems, p => Assert.NotNull(p.Line));
    }

    [Fact]
    public void Render_WrongArgumentToFormatter_NamesFunctionValueAndExpectation()
    {
        using var folder = new TemplateFolder();
        var path = folder.Write("template.md.scriban", "Date: {{ format_date title }}\n");

        var error = Assert.Throws<DataException>(() => new ReportEngine(cache: new TemplateCache()).RenderMarkdown(path, new ProblemModel("Budget", new Strand("S")), TestContext.Current.CancellationToken));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(1, problem.Line);
        Assert.Contains("format_date: found 'Budget'; expected a date", problem.Message);
    }

    [Fact]
    public void Render_UnknownContainer_IsAMarkdownProblemAndNothingIsWritten()
    {
        using var folder = new TemplateFolder();
        var path = folder.Write("template.md.scriban", "Intro\n\n::: warning\nHello\n:::\n");
        var output = System.IO.Path.Combine(folder.Path, "out.docx");

        var error = Assert.Throws<DataException>(() => new ReportEngine(cache: new TemplateCache()).RenderToFile(path, new ProblemModel("T", new Strand("S")), output, TestContext.Current.CancellationToken));

        Assert.Equal("unknown block '::: warning'; expected " + Send.Reporting.Docx.Renderers.ContainerRenderer.Expected, Assert.Single(error.Problems).Message);
        Assert.Equal(3, error.Problems[0].Line);
        Assert.False(System.IO.File.Exists(output));
    }
}
