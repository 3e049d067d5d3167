using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Send.Domain.Validation;
using Send.Reporting.Tests.Support;
using Xunit;

namespace Send.Reporting.Tests;

/// <summary>
/// Every problem code (<c>SEND-…</c>) is in one of the two registries, the registries do not overlap, and
/// docs/problems.md lists exactly the registered codes.
/// </summary>
public sealed partial class ProblemCodeRegistryTests
{
    private static readonly Type[] Registries = { typeof(ProblemCodes), typeof(ReportProblemCodes) };

    [GeneratedRegex("\"(SEND-[A-Z0-9-]+)\"")]
    private static partial Regex Literal();

    // Any mention in prose or XML docs: SEND- then upper-case words (SEND1001 analyzer ids have no dash).
    [GeneratedRegex("SEND-[A-Z0-9]+(?:-[A-Z0-9]+)*")]
    private static partial Regex Mention();

    [GeneratedRegex(@"^\|\s*`(SEND-[A-Z0-9-]+)`\s*\|", RegexOptions.Multiline)]
    private static partial Regex DocsRow();

    private static IReadOnlyList<string> Registered() =>
        Registries
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(RepoPaths.Combine("src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                     && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal));

    [Fact]
    public void Registries_EveryConstant_IsACodeOnce()
    {
        var codes = Registered();
        Assert.NotEmpty(codes);
        Assert.All(codes, c => Assert.Matches("^SEND-[A-Z0-9]+(-[A-Z0-9]+)*$", c));
        var twice = codes.GroupBy(c => c).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(twice.Count == 0, "registered more than once (in one registry or both): " + string.Join(", ", twice));
    }

    [Fact]
    public void Source_EveryCodeLiteral_IsRegistered()
    {
        var registered = Registered().ToHashSet(StringComparer.Ordinal);
        var missing = SourceFiles()
            .SelectMany(file => Literal().Matches(File.ReadAllText(file)).Select(m => (Code: m.Groups[1].Value, File: Path.GetRelativePath(RepoPaths.Root, file))))
            .Where(x => !registered.Contains(x.Code))
            .Select(x => $"{x.File}: {x.Code}")
            .Distinct()
            .ToList();
        Assert.True(missing.Count == 0, "problem codes used in src/ but missing from ProblemCodes/ReportProblemCodes (add a constant and a line in docs/problems.md):\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Docs_EveryCodeMentioned_IsRegistered()
    {
        var registered = Registered().ToHashSet(StringComparer.Ordinal);
        var files = SourceFiles()
            .Concat(Directory.EnumerateFiles(RepoPaths.Combine("docs"), "*.md", SearchOption.AllDirectories))
            .Append(RepoPaths.Combine("README.md"));
        var unknown = files
            .SelectMany(file => Mention().Matches(File.ReadAllText(file)).Select(m => (Code: m.Value, File: Path.GetRelativePath(RepoPaths.Root, file))))
            .Where(x => !registered.Contains(x.Code))
            .Select(x => $"{x.File}: {x.Code}")
            .Distinct()
            .ToList();
        Assert.True(unknown.Count == 0, "codes mentioned in docs or comments that no registry defines:\n" + string.Join("\n", unknown));
    }

    [Fact]
    public void ProblemsPage_ListsExactlyTheRegisteredCodes()
    {
        var page = File.ReadAllText(RepoPaths.Combine("docs", "problems.md"));
        var documented = DocsRow().Matches(page).Select(m => m.Groups[1].Value).ToList();
        var registered = Registered();

        var twice = documented.GroupBy(c => c).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var undocumented = registered.Except(documented).ToList();
        var unregistered = documented.Except(registered).ToList();

        Assert.True(twice.Count == 0, "docs/problems.md lists these codes more than once: " + string.Join(", ", twice));
        Assert.True(undocumented.Count == 0, "registered but not in docs/problems.md: " + string.Join(", ", undocumented));
        Assert.True(unregistered.Count == 0, "in docs/problems.md but in no registry: " + string.Join(", ", unregistered));
    }
}
