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

/// <summary>Issue #19: demoting a template rule in an .editorconfig section, as docs/analyzers.md shows, takes effect.</summary>
public sealed class TemplateSeverityFromEditorConfigTests
{
    private const string Template = "{{## model: Send.Reporting.Models.DsgReport ##}}\n{{ defict_table }}\n";

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Unknown(Microsoft.CodeAnalysis.DiagnosticSeverity severity) =>
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult("SEND2002", severity)
            .WithSpan(TemplateTestHarness.ReportPath, 2, 4, 2, 16)
            .WithMessage("unknown variable 'defict_table' (did you mean 'deficit_table'?)");

    private static System.Threading.Tasks.Task VerifyAsync(string editorConfig, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected)
    {
        var test = new Send.Analyzers.Tests.Infrastructure.Verifier<Send.Analyzers.Templates.TemplateAnalyzer>.AnalyzerTest { TestCode = TemplateTestHarness.Models };
        test.TestState.AdditionalFiles.Add((TemplateTestHarness.ReportPath, Template));
        test.TestState.AnalyzerConfigFiles.Add(("/repo/.editorconfig", editorConfig));
        test.TestState.Sources.Add(("DomainStubs.cs", Send.Analyzers.Tests.Infrastructure.DomainStubs.Source));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync(Xunit.TestContext.Current.CancellationToken);
    }

    [Xunit.Fact]
    public System.Threading.Tasks.Task EditorConfigSection_Warning_Demotes() => VerifyAsync(
        "root = true\n\n[templates/**.scriban]\nsend_diagnostic.SEND2002.severity = warning\n",
        Unknown(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));

    [Xunit.Fact]
    public System.Threading.Tasks.Task EditorConfigSection_None_Silences() => VerifyAsync(
        "root = true\n\n[templates/**.scriban]\nsend_diagnostic.SEND2002.severity = none\n");

    [Xunit.Fact]
    public System.Threading.Tasks.Task EditorConfigSectionForOtherFiles_KeepsError() => VerifyAsync(
        "root = true\n\n[other/**.scriban]\nsend_diagnostic.SEND2002.severity = none\n",
        Unknown(Microsoft.CodeAnalysis.DiagnosticSeverity.Error));

    /// <summary>The compiler keeps dotnet_diagnostic keys in path sections to itself and applies them to C# files only:
    /// this test records that, so the docs' advice changes if a compiler ever applies them to templates.</summary>
    [Xunit.Fact]
    public System.Threading.Tasks.Task EditorConfigSection_DotnetDiagnosticKey_HasNoEffectOnTemplates() => VerifyAsync(
        "root = true\n\n[templates/**.scriban]\ndotnet_diagnostic.SEND2002.severity = none\n",
        Unknown(Microsoft.CodeAnalysis.DiagnosticSeverity.Error));

    [Xunit.Fact]
    public System.Threading.Tasks.Task GlobalConfig_DotnetDiagnosticKey_Demotes()
    {
        var test = new Send.Analyzers.Tests.Infrastructure.Verifier<Send.Analyzers.Templates.TemplateAnalyzer>.AnalyzerTest { TestCode = TemplateTestHarness.Models };
        test.TestState.AdditionalFiles.Add((TemplateTestHarness.ReportPath, Template));
        test.TestState.AnalyzerConfigFiles.Add(("/repo/.globalconfig", "is_global = true\ndotnet_diagnostic.SEND2002.severity = warning\n"));
        test.TestState.Sources.Add(("DomainStubs.cs", Send.Analyzers.Tests.Infrastructure.DomainStubs.Source));
        test.ExpectedDiagnostics.Add(Unknown(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));
        return test.RunAsync(Xunit.TestContext.Current.CancellationToken);
    }
}
