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
}
