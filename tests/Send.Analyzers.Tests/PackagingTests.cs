using System.Linq;
using System.Reflection;
using System.Runtime.Versioning;
using Xunit;

namespace Send.Analyzers.Tests;

public sealed class PackagingTests
{
    [Fact]
    public void AnalyzerAssembly_TargetsNetStandard20()
    {
        var assembly = Assembly.Load("Send.Analyzers");
        var framework = assembly.GetCustomAttribute<TargetFrameworkAttribute>();
        Assert.Equal(".NETStandard,Version=v2.0", framework?.FrameworkName);
    }

    /// <summary>Issue #19: docs/analyzers.md names both extensions; the package's default pattern must pass both.</summary>
    [Fact]
    public void ReportingTargets_DefaultPattern_IncludesScribanAndSbn()
    {
        var targets = System.IO.Path.Combine(Send.Analyzers.Tests.Infrastructure.TestReferences.Metadata("RepositoryRoot"), "src", "Send.Reporting", "build", "Send.Reporting.targets");
        var pattern = System.Xml.Linq.XDocument.Load(targets).Descendants("SendTemplatesPattern").Single().Value;
        Assert.Contains("templates/**/*.scriban", pattern.Split(';'));
        Assert.Contains("templates/**/*.sbn", pattern.Split(';'));
    }
}
