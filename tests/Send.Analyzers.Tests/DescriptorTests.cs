using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Send.Analyzers.Tests.Infrastructure;
using Xunit;

namespace Send.Analyzers.Tests;

public sealed class DescriptorTests
{
    private static readonly DiagnosticDescriptor[] Descriptors = typeof(DiagnosticIds).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
        .SelectMany(t => ((DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics)
        .ToArray();

    public static TheoryData<string> Ids() => new(Descriptors.Select(d => d.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void HelpLink_EachDescriptor_PointsAtItsExistingPage(string id)
    {
        var descriptor = Descriptors.Single(d => d.Id == id);
        Assert.Equal($"https://github.com/send-toolkit/send/blob/main/docs/rules/{id}.md", descriptor.HelpLinkUri);
        var page = Path.Combine(TestReferences.Metadata("RepositoryRoot"), "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"missing rule page {page}");
        Assert.StartsWith("# " + id, File.ReadAllText(page));
    }

    [Fact]
    public void Ids_AllDeclaredInDiagnosticIds_AreReportedByAnAnalyzer()
    {
        var declared = typeof(DiagnosticIds).GetFields().Select(f => (string)f.GetValue(null)!).OrderBy(x => x).ToArray();
        Assert.Equal(declared, Descriptors.Select(d => d.Id).OrderBy(x => x).ToArray());
        Assert.All(declared, id => Assert.Matches("^SEND[12][0-9]{3}$", id));
    }

    [Fact]
    public void ReleaseTracking_Unshipped_ListsEveryId()
    {
        var unshipped = File.ReadAllText(Path.Combine(TestReferences.Metadata("RepositoryRoot"), "src", "Send.Analyzers", "AnalyzerReleases.Unshipped.md"));
        Assert.All(Descriptors, d => Assert.Contains(d.Id + " ", unshipped));
    }
}
