using System.Threading.Tasks;
using Send.Analyzers.Templates;
using Send.Analyzers.Tests.Infrastructure;
using Xunit;
using static Send.Analyzers.Tests.Templates.TemplateTestHarness;

namespace Send.Analyzers.Tests.Templates;

/// <summary>SEND2002 on templates without a model line (the generic route), and a council's own declared functions.</summary>
public sealed class TemplateGenericRouteTests
{
    private const string SamplePath = "/repo/templates/dsg/sample.json";
    private const string SchemaPath = "/repo/templates/dsg/data.schema.json";

    [Fact]
    public Task Analyze_GenericTemplateWithSampleData_ChecksVariablesAgainstItsTopLevelNames() => RunAsync(
        "# {{ titel }}\n{{ for r in rows }}{{ for.index }} {{ r.anything }}{{ end }}\n",
        new[] { (SamplePath, "{ \"title\": \"x\", \"rows\": [ { \"nested\": 1 } ] }") },
        null,
        Error("SEND2002").WithSpan(ReportPath, 1, 6, 1, 11).WithMessage("unknown variable 'titel' (did you mean 'title'?)"));

    [Fact]
    public Task Analyze_GenericTemplateWithSchema_UsesTheSchemasPropertiesNotTheSample() => RunAsync(
        "{{ council }} {{ title }}\n",
        new[] { (SchemaPath, "{ \"type\": \"object\", \"properties\": { \"council\": { \"type\": \"string\", \"properties\": { \"deep\": {} } } } }"), (SamplePath, "{ \"title\": \"x\" }") },
        null,
        Error("SEND2002").WithSpan(ReportPath, 1, 18, 1, 23));

    /// <summary>Send.Reporting.targets turns the MSBuild list's ';' into ',' (';' would start a comment in the generated .editorconfig).</summary>
    [Fact]
    public Task Analyze_CouncilFunctionsDeclaredInTheProject_AreKnown() => RunAsync(
        "{{ council_logo }} {{ title }} {{ schools }}\n",
        new[] { (SamplePath, "{ \"title\": \"x\" }") },
        "council_logo, schools");

    private static Task RunAsync(string template, (string Path, string Text)[] data, string? functions, params Microsoft.CodeAnalysis.Testing.DiagnosticResult[] expected)
    {
        var test = new Verifier<TemplateAnalyzer>.AnalyzerTest { TestCode = Models };
        test.TestState.AdditionalFiles.Add((ReportPath, template));
        foreach (var file in data)
        {
            test.TestState.AdditionalFiles.Add(file);
        }

        if (functions is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.SendTemplateFunctions = " + functions + "\n"));
        }

        test.TestState.Sources.Add(("DomainStubs.cs", DomainStubs.Source));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
