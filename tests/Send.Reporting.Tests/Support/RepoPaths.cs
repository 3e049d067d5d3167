using System.IO;
using System.Runtime.CompilerServices;

namespace Send.Reporting.Tests.Support;

/// <summary>Finds files in the repository from the test source's own location (as Verify does).</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The folder of the calling test's source file.</summary>
    public static string SourceFolder([CallerFilePath] string callerFile = "") => Path.GetDirectoryName(callerFile)!;

    public static string Combine(params string[] parts) => Path.Combine(Root, Path.Combine(parts));

    public static string ScrutinyTemplate => Combine("benchmarks", "Send.Benchmarks", "Reporting", "Samples", "scrutiny", "template.md.scriban");

    private static string FindRoot([CallerFilePath] string callerFile = "")
    {
        var folder = Path.GetDirectoryName(callerFile);
        while (folder is not null && !File.Exists(Path.Combine(folder, "Send.sln")))
        {
            folder = Path.GetDirectoryName(folder);
        }

        return folder ?? throw new DirectoryNotFoundException("Send.sln was not found above " + callerFile);
    }
}
