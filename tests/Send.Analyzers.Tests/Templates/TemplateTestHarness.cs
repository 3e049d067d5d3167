using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Send.Analyzers.Templates;
using Send.Analyzers.Tests.Infrastructure;

namespace Send.Analyzers.Tests.Templates;

/// <summary>Runs <see cref="TemplateAnalyzer"/> over templates given as AdditionalFiles, with a small report model.</summary>
internal static class TemplateTestHarness
{
    public const string ReportPath = "/repo/templates/dsg/report.md.scriban";

    public const string Models = """
        using System.Collections.Generic;
        namespace Send.Reporting.Models
        {
            public sealed class DsgReport
            {
                public string LaName { get; } = "";
                public decimal DeficitTable { get; }
                public IReadOnlyList<DsgYear> Years { get; } = new List<DsgYear>();
                public DsgYear Latest { get; } = new DsgYear();
                public IDictionary<string, decimal> Extras { get; } = new Dictionary<string, decimal>();
                public static string Ignored => "";
            }

            public sealed class DsgYear
            {
                public int Year { get; }
                public decimal CarriedForward { get; }
                public decimal InYear;
            }
        }
        """;

    public static DiagnosticResult Error(string id) => new(id, DiagnosticSeverity.Error);

    public static Task VerifyAsync(string template, params DiagnosticResult[] expected) =>
        VerifyAsync(new[] { (ReportPath, template) }, expected);

    public static Task VerifyAsync((string Path, string Text)[] templates, params DiagnosticResult[] expected)
    {
        var test = new Verifier<TemplateAnalyzer>.AnalyzerTest { TestCode = Models };
        foreach (var (path, text) in templates)
        {
            test.TestState.AdditionalFiles.Add((path, text));
        }

        test.TestState.Sources.Add(("DomainStubs.cs", DomainStubs.Source));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
