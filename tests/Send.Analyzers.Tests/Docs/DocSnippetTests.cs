using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Send.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Send.Analyzers.Tests.Docs;

/// <summary>
/// Every ```csharp block in README.md and docs/**/*.md compiles against the built Send.Domain, Send.Data and Send.Reporting, with
/// Send's own analyzers on (a doc must not trip a Send rule), as top-level statements with a console app's implicit
/// usings; blocks with output comments (<c>Console.WriteLine(x); // prints 2025-06-02</c>) are run and their output
/// checked. The convention is in docs/analyzers.md, "Code in the docs is compiled".
/// </summary>
public sealed class DocSnippetTests
{
    /// <summary>The usings a new console app has (ImplicitUsings), given to every block.</summary>
    private const string ImplicitUsings = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        """;

    /// <summary>Records what each checked <c>Console.WriteLine</c> line wrote (the block's line, the text).</summary>
    private const string OutputRecorder = """
        public static class DocOutput__
        {
            public static readonly global::System.Collections.Generic.List<(int Line, string Text)> Lines = new();
            public static void WriteLine(int line, object? value)
            {
                Lines.Add((line, value?.ToString() ?? ""));
                global::System.Console.WriteLine(value);
            }
        }
        """;

    /// <summary><c>Console.WriteLine(expr); // prints text</c> or <c>// text</c>: the text is what that call writes.</summary>
    private static readonly Regex OutputComment = new(@"^(?<code>.*?)\bConsole\.Write(Line)?\((?<args>.+)\);\s*//\s*(prints\s+)?(?<expected>.+?)\s*$", RegexOptions.CultureInvariant);

    private static readonly string RepositoryRoot = TestReferences.Metadata("RepositoryRoot");

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    private static readonly ImmutableArray<DiagnosticAnalyzer> SendAnalyzers = typeof(Send.Analyzers.Rules.NoSystemClockAnalyzer).Assembly.GetTypes()
        .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract && t.Namespace == "Send.Analyzers.Rules")
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    public static TheoryData<string> Snippets()
    {
        var data = new TheoryData<string>();
        foreach (var snippet in DocSnippet.FindAll(RepositoryRoot))
        {
            data.Add(snippet.Id);
        }

        return data;
    }

    /// <summary>
    /// Issue #19: the docs named a model type that does not exist (SEND2003 for anyone who copied it). Checked: a header
    /// at the start of a line (as in a template), outside blocks marked not-compiled; a header quoted in prose is not.
    /// </summary>
    [Fact]
    public void Docs_TemplateModelHeaders_NameRealTypes()
    {
        var assemblies = new[] { Assembly.Load("Send.Reporting"), Assembly.Load("Send.Domain"), Assembly.Load("Send.Data") };
        var files = new[] { Path.Combine(RepositoryRoot, "README.md") }
            .Concat(Directory.GetFiles(Path.Combine(RepositoryRoot, "docs"), "*.md", SearchOption.AllDirectories));
        var missing = new List<string>();
        foreach (var file in files.Where(File.Exists))
        {
            var lines = File.ReadAllLines(file);
            var skippedBlock = false;
            var inBlock = false;
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal))
                {
                    // A block marked <!-- not-compiled: reason --> shows a wrong header on purpose (SEND2003's page).
                    inBlock = !inBlock;
                    var previous = i - 1;
                    while (previous >= 0 && lines[previous].Trim().Length == 0)
                    {
                        previous--;
                    }

                    skippedBlock = inBlock && previous >= 0 && lines[previous].Contains("<!-- not-compiled:", StringComparison.Ordinal);
                    continue;
                }

                if (inBlock && skippedBlock)
                {
                    continue;
                }

                foreach (Match match in Regex.Matches(lines[i], @"^\s*\{\{##\s*model:\s*(?<type>[\w.]+)\s*##\}\}"))
                {
                    var type = match.Groups["type"].Value;
                    if (type.StartsWith("Send.", StringComparison.Ordinal) && !assemblies.Any(a => a.GetType(type) is not null))
                    {
                        missing.Add($"{Path.GetRelativePath(RepositoryRoot, file)}:{i + 1}: {type}");
                    }
                }
            }
        }

        Assert.True(missing.Count == 0, "Model types named in the docs that do not exist:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Docs_HaveCSharpBlocks() => Assert.NotEmpty(DocSnippet.FindAll(RepositoryRoot));

    [Theory]
    [MemberData(nameof(Snippets))]
    public async Task Snippet_CompilesAndPrintsWhatItSays(string id)
    {
        var snippet = DocSnippet.FindAll(RepositoryRoot).Single(s => s.Id == id);
        if (snippet.Marker is not null)
        {
            Assert.False(string.IsNullOrWhiteSpace(snippet.MarkerReason), $"{snippet.Id}: a <!-- {snippet.Marker}: reason --> marker must say why.");
        }

        if (snippet.Marker == "not-compiled")
        {
            return;
        }

        var expectations = new Dictionary<int, string>();
        var code = Instrument(snippet.Code, expectations);
        var tree = CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest), path: snippet.File, cancellationToken: TestContext.Current.CancellationToken);
        var isProgram = tree.GetRoot(TestContext.Current.CancellationToken).DescendantNodes().OfType<GlobalStatementSyntax>().Any();
        var compilation = CSharpCompilation.Create(
            "DocSnippet_" + Guid.NewGuid().ToString("N"),
            new[]
            {
                tree,
                CSharpSyntaxTree.ParseText(ImplicitUsings, path: "ImplicitUsings.cs", cancellationToken: TestContext.Current.CancellationToken),
                CSharpSyntaxTree.ParseText(OutputRecorder, new CSharpParseOptions(LanguageVersion.Latest), path: "DocOutput.cs", cancellationToken: TestContext.Current.CancellationToken),
            },
            References.Value,
            new CSharpCompilationOptions(isProgram ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var diagnostics = await compilation.WithAnalyzers(SendAnalyzers).GetAllDiagnosticsAsync(TestContext.Current.CancellationToken);
        var problems = diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error || (d.Id.StartsWith("SEND", StringComparison.Ordinal) && d.Severity >= DiagnosticSeverity.Warning))
            .Where(d => d.Location.SourceTree == tree)
            .Select(d => $"{snippet.File}({snippet.FirstCodeLine + d.Location.GetLineSpan().StartLinePosition.Line},{d.Location.GetLineSpan().StartLinePosition.Character + 1}): {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .ToList();
        Assert.True(problems.Count == 0, "The block does not compile cleanly (mark deliberately wrong code with <!-- not-compiled: reason -->):\n" + string.Join("\n", problems));

        if (expectations.Count == 0 || snippet.Marker == "not-run" || !isProgram)
        {
            return;
        }

        Assert.Equal(
            expectations.OrderBy(e => e.Key).Select(e => $"{snippet.File}:{snippet.FirstCodeLine + e.Key}: {e.Value}"),
            Run(compilation, expectations).OrderBy(e => e.Key).Select(e => $"{snippet.File}:{snippet.FirstCodeLine + e.Key}: {e.Value}"));
    }

    /// <summary>
    /// Rewrites each <c>Console.WriteLine(x); // expected</c> to record what it writes, keeping line numbers; fills
    /// <paramref name="expectations"/> with the 0-based line and the expected text.
    /// </summary>
    private static string Instrument(string code, Dictionary<int, string> expectations)
    {
        var lines = code.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var match = OutputComment.Match(lines[i]);
            if (!match.Success)
            {
                continue;
            }

            expectations[i] = match.Groups["expected"].Value;
            lines[i] = $"{match.Groups["code"].Value}global::DocOutput__.WriteLine({i}, {match.Groups["args"].Value});";
        }

        return string.Join("\n", lines);
    }

    /// <summary>
    /// Runs the block and returns, for each expected line, what it wrote first: exactly, or, when the expectation ends
    /// with "..." or "…", only as much as the expectation shows before it.
    /// </summary>
    private static Dictionary<int, string> Run(CSharpCompilation compilation, Dictionary<int, string> expectations)
    {
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        image.Position = 0;
        var context = new AssemblyLoadContext("DocSnippet", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(image);
            var entry = assembly.EntryPoint!;
            entry.Invoke(null, entry.GetParameters().Length == 0 ? null : new object[] { Array.Empty<string>() });
            var recorded = (List<(int Line, string Text)>)assembly.GetType("DocOutput__")!.GetField("Lines")!.GetValue(null)!;
            var actual = new Dictionary<int, string>();
            foreach (var (line, expected) in expectations)
            {
                var written = recorded.Where(r => r.Line == line).Select(r => r.Text).FirstOrDefault() ?? "(nothing written)";
                var prefix = expected.EndsWith("...", StringComparison.Ordinal) ? expected[..^3].TrimEnd()
                    : expected.EndsWith('…') ? expected[..^1].TrimEnd()
                    : null;
                actual[line] = prefix is not null && written.StartsWith(prefix, StringComparison.Ordinal) ? expected : written;
            }

            return actual;
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>The running framework's assemblies and the Send packages with their dependencies, from this test's output.</summary>
    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var output = AppContext.BaseDirectory;
        string[] packages = { "Send.Domain", "Send.Data", "Send.Reporting", "NodaTime", "Markdig", "Scriban", "DocumentFormat.OpenXml", "NJsonSchema", "Newtonsoft.Json" };
        return ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetDirectoryName(path) == framework
                || (Path.GetDirectoryName(Path.GetFullPath(path)) == Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar)
                    && packages.Any(p => Path.GetFileName(path).StartsWith(p, StringComparison.OrdinalIgnoreCase))))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}
