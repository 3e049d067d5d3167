using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Send.Analyzers.Tests.Infrastructure;

/// <summary>Analyzer and code-fix tests over local references, with Send.Domain stubs as a second document.</summary>
internal static class Verifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static DiagnosticResult Diagnostic(string id) => new(id, Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);

    public static Task AnalyzeAsync(string source, params DiagnosticResult[] expected) => AnalyzeAsync(source, _ => { }, expected);

    public static Task AnalyzeAsync(string source, System.Action<AnalyzerTest> configure, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest { TestCode = source };
        configure(test);
        test.TestState.Sources.Add(("DomainStubs.cs", DomainStubs.Source));
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public sealed class AnalyzerTest : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        public AnalyzerTest()
        {
            ReferenceAssemblies = TestReferences.None;
            TestState.AdditionalReferences.AddRange(TestReferences.All);
        }
    }
}

/// <summary>Code-fix tests: the stubs are in both the test and the fixed state.</summary>
internal static class Verifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static Task FixAsync(string source, string fixedSource, params DiagnosticResult[] expected)
    {
        var test = new CodeFixTest { TestCode = source, FixedCode = fixedSource };
        test.ExpectedDiagnostics.AddRange(expected);
        test.TestState.Sources.Add(("DomainStubs.cs", DomainStubs.Source));
        test.FixedState.Sources.Add(("DomainStubs.cs", DomainStubs.Source));
        return test.RunAsync();
    }

    /// <summary>
    /// Fix All in one pass: the document, project and solution scopes each reach <paramref name="fixedSource"/> in a
    /// single iteration (what <c>dotnet format analyzers</c> does), and the one-by-one fixes reach it too.
    /// </summary>
    public static Task FixAllInOnePassAsync(string source, string fixedSource, string? codeActionEquivalenceKey = null)
    {
        var test = new CodeFixTest
        {
            TestCode = source,
            FixedCode = fixedSource,
            NumberOfFixAllIterations = 1,
            NumberOfFixAllInDocumentIterations = 1,
            NumberOfFixAllInProjectIterations = 1,
            CodeActionEquivalenceKey = codeActionEquivalenceKey,
        };
        test.TestState.Sources.Add(("DomainStubs.cs", DomainStubs.Source));
        test.FixedState.Sources.Add(("DomainStubs.cs", DomainStubs.Source));
        return test.RunAsync();
    }

    public sealed class CodeFixTest : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        public CodeFixTest()
        {
            ReferenceAssemblies = TestReferences.None;
            TestState.AdditionalReferences.AddRange(TestReferences.All);
        }
    }
}
