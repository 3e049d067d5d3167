using System.Threading.Tasks;
using Xunit;
using static Send.Analyzers.Tests.Templates.TemplateTestHarness;

namespace Send.Analyzers.Tests.Templates;

public sealed class TemplateMissingIncludeRuleTests
{
    [Fact]
    public Task Analyze_IncludeOfMissingTemplate_Reports() => VerifyAsync(
        "# Report\n{{ include 'partials/footr' }}\n",
        Error("SEND2004").WithSpan(ReportPath, 2, 12, 2, 28));

    [Fact]
    public Task Analyze_IncludeOfExistingTemplate_ReportsNothing() => VerifyAsync(
        new[]
        {
            (ReportPath, "{{ include 'partials/footer.md.scriban' }}{{ include 'header.md.scriban' }}"),
            ("/repo/templates/dsg/partials/footer.md.scriban", "footer"),
            ("/repo/templates/dsg/header.md.scriban", "header"),
        });

    [Fact]
    public Task Analyze_IncludeOutsideTheFolder_Reports() => VerifyAsync(
        new[]
        {
            (ReportPath, "{{ include '../common/header.md.scriban' }}"),
            ("/repo/templates/common/header.md.scriban", "header"),
        },
        Error("SEND2004").WithSpan(ReportPath, 1, 12, 1, 41)
            .WithMessage("included template '../common/header.md.scriban' cannot be found: includes must name a file in the template's own folder (no '..', no absolute paths)"));
}
