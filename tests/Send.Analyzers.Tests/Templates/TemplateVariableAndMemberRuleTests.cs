using System.Threading.Tasks;
using Xunit;
using static Send.Analyzers.Tests.Templates.TemplateTestHarness;

namespace Send.Analyzers.Tests.Templates;

public sealed class TemplateVariableAndMemberRuleTests
{
    private const string Declaration = "{{## model: Send.Reporting.Models.DsgReport ##}}\n";

    [Fact]
    public Task Analyze_MisspeltModelMember_ReportsWithSuggestion() => VerifyAsync(
        Declaration + "# {{ la_name }}\n\n{{ defict_table }}\n",
        Error("SEND2002").WithSpan(ReportPath, 4, 4, 4, 16)
            .WithMessage("unknown variable 'defict_table' (did you mean 'deficit_table'?)"));

    [Fact]
    public Task Analyze_KnownNames_ReportNothing() => VerifyAsync(
        Declaration + """
        {{ la_name | string.upcase }}
        {{ total = 0 }}{{ total }}
        {{ for y in years }}{{ y.year }} {{ y.carried_forward }} {{ for.index }}{{ end }}
        {{ func double(x) }}{{ ret x * 2 }}{{ end }}{{ double 2 }}
        {{ capture note }}text{{ end }}{{ note }}
        {{ with latest }}{{ carried_forward }}{{ end }}
        {{ latest.year }} {{ years.size }} {{ years[0].year }} {{ extras.anything }}
        {{ format_money deficit_table }} {{ $x = 1 }}{{ $x }} {{ if years == empty }}none{{ end }}
        """);

    [Fact]
    public Task Analyze_UnknownVariableWithoutModelDeclaration_IsNotChecked() => VerifyAsync(
        "{{ anything_at_all }}\n");

    [Fact]
    public Task Analyze_UnknownMemberInLoop_ReportsWithSuggestion() => VerifyAsync(
        Declaration + "{{ for y in years }}\n{{ y.carried_forwrd }}\n{{ end }}\n",
        Error("SEND2003").WithSpan(ReportPath, 3, 6, 3, 20)
            .WithMessage("'carried_forwrd' is not a member of 'Send.Reporting.Models.DsgYear' (did you mean 'carried_forward'?)"));

    [Fact]
    public Task Analyze_UnknownMemberOnProperty_Reports() => VerifyAsync(
        Declaration + "{{ latest.deficit }}\n",
        Error("SEND2003").WithSpan(ReportPath, 2, 11, 2, 18));

    [Fact]
    public Task Analyze_StaticMember_IsNotAModelMember() => VerifyAsync(
        Declaration + "{{ ignored }}\n",
        Error("SEND2002").WithSpan(ReportPath, 2, 4, 2, 11));

    [Fact]
    public Task Analyze_PublicField_IsNotVisibleToTemplates() => VerifyAsync(
        Declaration + "{{ latest.in_year }}\n",
        Error("SEND2003").WithSpan(ReportPath, 2, 11, 2, 18));

    [Fact]
    public Task Analyze_FunctionTheEngineDoesNotRegister_Reports() => VerifyAsync(
        Declaration + "{{ date.now }}\n",
        Error("SEND2002").WithSpan(ReportPath, 2, 4, 2, 8));

    [Fact]
    public Task Analyze_DeclaredModelTypeMissing_Reports() => VerifyAsync(
        "{{## model: Send.Reporting.Models.Nope ##}}\n{{ x }}\n",
        Error("SEND2003").WithSpan(ReportPath, 1, 13, 1, 39)
            .WithMessage("the declared model type 'Send.Reporting.Models.Nope' was not found in the compilation"));
}
