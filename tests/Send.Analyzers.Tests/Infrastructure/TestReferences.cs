using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Send.Analyzers.Tests.Infrastructure;

/// <summary>
/// Compilation references for analyzer tests, all local: the net8.0 reference pack restored by the test project's
/// PackageDownload (so <c>ReferenceAssemblies.Net.Net80</c>, which downloads at test time, is not used) and NodaTime.
/// </summary>
internal static class TestReferences
{
    public static string Metadata(string key) =>
        typeof(TestReferences).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException("missing assembly metadata " + key);

    /// <summary>No package to resolve: the reference pack's assemblies are added as plain metadata references.</summary>
    public static ReferenceAssemblies None { get; } = new("net8.0");

    public static ImmutableArray<MetadataReference> All { get; } = Load();

    private static ImmutableArray<MetadataReference> Load()
    {
        var folder = Metadata("NetCoreAppRefPath");
        if (!Directory.Exists(folder))
        {
            throw new InvalidOperationException($"The net8.0 reference pack is not at '{folder}'; run 'dotnet restore' (the test project downloads Microsoft.NETCore.App.Ref).");
        }

        return Directory.GetFiles(folder, "*.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .Append(MetadataReference.CreateFromFile(typeof(NodaTime.LocalDate).Assembly.Location))
            .ToImmutableArray();
    }
}
