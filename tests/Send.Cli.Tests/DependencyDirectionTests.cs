using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Xunit;

namespace Send.Cli.Tests;

/// <summary>
/// Issue #21: dependencies between the shipped assemblies point down only (docs/architecture.md), read from each
/// assembly's compiled references, which name only the assemblies its code really uses.
/// </summary>
/// <remarks>
/// The layers, lowest first: Send.Domain (types and rules, NodaTime and the BCL only), Send.Data (file formats),
/// Send.Reporting (the Word engine), the <c>send</c> tool (Send.Cli). This project references the tool, so all four are
/// loadable here.
/// </remarks>
public sealed class DependencyDirectionTests
{
    /// <summary>The shipped assemblies, lowest layer first.</summary>
    private static readonly string[] Layers = { "Send.Domain", "Send.Data", "Send.Reporting", "send" };

    /// <summary>BCL assemblies the domain must not use: they are file formats, and belong to Send.Data.</summary>
    private static readonly string[] FileFormatAssemblies =
    {
        "System.Text.Json", "System.Text.Encodings.Web", "System.IO.Packaging", "System.Private.Xml", "System.Xml",
        "System.Xml.ReaderWriter", "System.Xml.Linq", "System.Xml.XDocument",
    };

    public static TheoryData<string> ShippedAssemblies() => new(Layers);

    [Fact]
    public void SendDomain_References_OnlyNodaTimeAndTheBcl()
    {
        var references = References("Send.Domain");

        var offending = references.Where(name => name != "NodaTime" && !IsBcl(name)).ToList();

        Assert.True(offending.Count == 0, "Send.Domain must depend on NodaTime and the BCL only; it references " + string.Join(", ", offending));
    }

    [Fact]
    public void SendDomain_References_NoFileFormatAssembly()
    {
        var offending = References("Send.Domain").Intersect(FileFormatAssemblies, StringComparer.Ordinal).ToList();

        Assert.True(offending.Count == 0, "Send.Domain reads no files (that is Send.Data); it references " + string.Join(", ", offending));
    }

    [Theory]
    [MemberData(nameof(ShippedAssemblies))]
    public void ShippedAssembly_References_OnlyLowerLayers(string assembly)
    {
        var higher = Layers.Skip(Array.IndexOf(Layers, assembly) + 1).ToArray();

        var offending = References(assembly).Where(name => higher.Contains(name, StringComparer.OrdinalIgnoreCase)
            || name.Equals("Send.Cli", StringComparison.OrdinalIgnoreCase)).ToList();

        Assert.True(offending.Count == 0, $"{assembly} references a higher layer: {string.Join(", ", offending)}");
    }

    [Fact]
    public void SendReporting_References_NoReportPackOrTool()
    {
        // A report pack (council papers, their models and templates) sits above the engine; the engine never knows it.
        var offending = References("Send.Reporting")
            .Where(name => name is "send" or "Send.Cli" || name.Contains("Pack", StringComparison.OrdinalIgnoreCase) || name.Contains("Reports", StringComparison.OrdinalIgnoreCase))
            .ToList();

        Assert.True(offending.Count == 0, "Send.Reporting references " + string.Join(", ", offending));
    }

    [Fact]
    public void SendData_References_SendDomainAndNoEngine()
    {
        var references = References("Send.Data");

        Assert.Contains("Send.Domain", references);
        Assert.DoesNotContain(references, name => name is "Scriban" or "Markdig" or "Send.Reporting");
    }

    [Theory]
    [MemberData(nameof(ShippedAssemblies))]
    public void ShippedAssembly_InternalsVisibleTo_NoOtherShippedAssembly(string assembly)
    {
        var friends = Assembly.Load(assembly).GetCustomAttributes<InternalsVisibleToAttribute>()
            .Select(a => a.AssemblyName.Split(',')[0].Trim())
            .ToList();

        var shipped = Layers.Concat(new[] { "Send.Cli", "Send.Analyzers", "Send.Analyzers.CodeFixes", "Send.Domain.Testing" });
        var offending = friends.Where(f => shipped.Contains(f, StringComparer.OrdinalIgnoreCase)).ToList();

        Assert.True(offending.Count == 0, $"{assembly} shows its internals to shipped assemblies: {string.Join(", ", offending)}; make a public API instead");
    }

    [Fact]
    public void InternalsVisibleTo_Check_SeesTestFriends()
    {
        // The check above reads real attributes: Send.Domain does show its internals to its tests.
        var friends = Assembly.Load("Send.Domain").GetCustomAttributes<InternalsVisibleToAttribute>().Select(a => a.AssemblyName);

        Assert.Contains("Send.Domain.Tests", friends);
    }

    private static List<string> References(string assembly) =>
        Assembly.Load(assembly).GetReferencedAssemblies().Select(a => a.Name!).ToList();

    private static bool IsBcl(string name) =>
        !FileFormatAssemblies.Contains(name, StringComparer.Ordinal)
        && (name is "System" or "mscorlib" or "netstandard" || name.StartsWith("System.", StringComparison.Ordinal)
            || name.StartsWith("Microsoft.Win32.", StringComparison.Ordinal));
}
