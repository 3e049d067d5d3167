using System.Linq;
using DocumentFormat.OpenXml.Wordprocessing;
using Send.Reporting.Templating;
using Send.Reporting.Tests.Support;
using Xunit;

namespace Send.Reporting.Tests;

public sealed partial class TemplateRendererTests
{
    private sealed record EscapeModel(string Name, string Value);

    [Fact]
    public void Render_ValueWithMarkdownSyntax_IsShownLiterallyInTableAndParagraph()
    {
        using var folder = new TemplateFolder();
        var path = folder.Write("template.md.scriban", "Strand {{ name }} is listed.\n\n| Strand | Value |\n|---|---|\n| {{ name }} | {{ value }} |\n");
        var model = new EscapeModel("A|B *C*", "_x_ [link](http://e.com) <b>");

        var docx = new ReportEngine(cache: new TemplateCache()).RenderDocx(path, model, TestContext.Current.CancellationToken);

        DocxAssert.Valid(docx);
        var document = DocxReader.Open(docx);
        var paragraph = document.BodyParagraphs.First();
        Assert.Equal("Strand A|B *C* is listed.", DocxReader.TextOf(paragraph));
        Assert.DoesNotContain(paragraph.Descendants<Run>(), r => r.RunProperties?.Bold is not null || r.RunProperties?.Italic is not null);
        var table = Assert.Single(document.Body.Elements<Table>());
        var row = table.Elements<TableRow>().ElementAt(1);
        Assert.Equal(new[] { "A|B *C*", "_x_ [link](http://e.com) <b>" }, row.Elements<TableCell>().Select(DocxReader.TextOf));
        Assert.Empty(table.Descendants<Hyperlink>());
    }

    [Fact]
    public void Render_ValueWithLineBreakAndHeadingMarker_CannotStartABlock()
    {
        using var folder = new TemplateFolder();
        var path = folder.Write("template.md.scriban", "{{ name }}\n");
        var model = new EscapeModel("line one\n# Not a heading\n- not a list", "v");

        var docx = new ReportEngine(cache: new TemplateCache()).RenderDocx(path, model, TestContext.Current.CancellationToken);

        var outline = DocxReader.Open(docx).Outline();
        Assert.Equal(new[] { "BodyText: line one # Not a heading - not a list" }, outline);
    }

    [Fact]
    public void Escape_AllAsciiPunctuation_IsBackslashed() =>
        Assert.Equal(@"A\|B \*C\* \[x\]\(y\) 1\. \#", MarkdownText.Escape("A|B *C* [x](y) 1. #"));

    [Fact]
    public void Render_RawMarkdownFromFunction_IsNotEscapedAgain()
    {
        using var folder = new TemplateFolder();
        var path = folder.Write("template.md.scriban", "{{ raw '**bold**' }} and {{ '**not**' }}\n");

        var markdown = new ReportEngine(cache: new TemplateCache()).RenderMarkdown(path, new EscapeModel("n", "v"), TestContext.Current.CancellationToken);

        Assert.Equal("**bold** and \\*\\*not\\*\\*\n", markdown);
    }
}
