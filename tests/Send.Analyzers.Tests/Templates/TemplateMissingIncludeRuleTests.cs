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
            (ReportPath, "{{ include 'partials/footer' }}{{ include '../common/header.md.scriban' }}"),
            ("/repo/templates/dsg/partials/footer.md.scriban", "footer"),
            ("/repo/templates/common/header.md.scriban", "header"),
        });
}
