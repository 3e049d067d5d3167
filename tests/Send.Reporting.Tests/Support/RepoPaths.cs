using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace Send.Reporting.Tests.Support;

/// <summary>Finds files in the repository from the test source's own location (as Verify does).</summary>
/// <remarks>
/// With <c>ContinuousIntegrationBuild</c> (CI=true) the compiler maps source paths to <c>/_/</c>, so the root is found
/// from the test assembly's folder and caller paths under <c>/_/</c> are mapped back onto it.
/// </remarks>
internal static class RepoPaths
{
    private const string DeterministicSourceRoot = "/_/";

    public static string Root { get; } = FindRoot();

    /// <summary>The folder of the calling test's source file.</summary>
    public static string SourceFolder([CallerFilePath] string callerFile = "") => Path.GetDirectoryName(MapSourcePath(callerFile))!;

    public static string Combine(params string[] parts) => Path.Combine(Root, Path.Combine(parts));

    public static string ScrutinyTemplate => Combine("benchmarks", "Send.Benchmarks", "Reporting", "Samples", "scrutiny", "template.md.scriban");

    private static string MapSourcePath(string path) =>
        path.StartsWith(DeterministicSourceRoot, StringComparison.Ordinal)
            ? Path.Combine(Root, path.Substring(DeterministicSourceRoot.Length))
            : path;

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Send.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new DirectoryNotFoundException("Send.sln was not found above " + AppContext.BaseDirectory);
    }
}
