using System.Linq;
using System.Reflection;
using Xunit;

namespace Send.Reporting.Tests;

public sealed class PackagingTests
{
    [Fact]
    public void ReportingLibrary_CompiledAgainstNet8()
    {
        // Libraries target net8.0 (the oldest supported LTS); the reference to System.Runtime 8.0 proves it.
        var assembly = Assembly.Load("Send.Reporting");
        var runtime = assembly.GetReferencedAssemblies().Single(a => a.Name == "System.Runtime");
        Assert.Equal(8, runtime.Version!.Major);
    }
}
