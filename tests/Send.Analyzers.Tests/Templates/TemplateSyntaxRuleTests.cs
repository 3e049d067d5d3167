using System.Threading.Tasks;
using Xunit;
using static Send.Analyzers.Tests.Templates.TemplateTestHarness;

namespace Send.Analyzers.Tests.Templates;

public sealed class TemplateSyntaxRuleTests
{
    [Fact]
    public Task Analyze_IfWithoutEnd_ReportsAtTemplateLine() => VerifyAsync(
        "# Report\n\n{{ if true }}\nshown\n",
        // Scriban reports the missing 'end' just after the '{{ if true }}' tag that opened the block (13 characters).
        Error("SEND2001").WithLocation(ReportPath, 3, 14)
            .WithMessage("Error while parsing if statement: The <end> statement was not found in: if <expression> ... end|else|else if"));

    [Fact]
    public Task Analyze_EndWithoutBlock_Reports() => VerifyAsync(
        "# Report\n{{ end }}\n",
        // Scriban places the error on the last character of the stray 'end' (columns 4 to 6).
        Error("SEND2001").WithLocation(ReportPath, 2, 6));

    [Fact]
    public Task Analyze_ValidTemplate_ReportsNothing() => VerifyAsync(
        "# Report\n{{ if true }}\nyes\n{{ else }}\nno\n{{ end }}\n{{ for i in 1..3 }}{{ i }}{{ end }}\n");

    [Fact]
    public Task Analyze_NonTemplateAdditionalFile_IsIgnored() => VerifyAsync(
        new[] { ("/repo/notes.txt", "{{ if") });
}
