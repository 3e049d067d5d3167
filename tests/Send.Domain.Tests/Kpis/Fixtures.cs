using System;
using System.IO;

namespace Send.Domain.Tests.Kpis;

/// <summary>Paths of the hand-written fixtures (invented councils and values, in the DfE formats).</summary>
internal static class Fixtures
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Kpis", "Fixtures", name);

    public static string Text(string name) => File.ReadAllText(Path(name));
}

/// <summary>
/// Finds the real DfE data folder: the SEND_DFE_DATA environment variable, else ../shared/data relative to the
/// folder holding Send.sln. Tests over it call <see cref="RequireFolder"/>, which skips them (saying why) when absent.
/// </summary>
internal static class DfeData
{
    public static string? Folder
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("SEND_DFE_DATA");
            if (!string.IsNullOrWhiteSpace(configured))
            {
                return Directory.Exists(configured) ? configured : null;
            }

            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Send.sln")))
            {
                dir = dir.Parent;
            }

            if (dir is null)
            {
                return null;
            }

            var candidate = System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared", "data"));
            return Directory.Exists(candidate) ? candidate : null;
        }
    }

    public static string RequireFolder()
    {
        var folder = Folder;
        if (folder is null || !File.Exists(System.IO.Path.Combine(folder, "lait", "lait_data_long.tsv")))
        {
            Xunit.Assert.Skip("The DfE data folder is absent: set SEND_DFE_DATA to a folder with lait/ and dfe-ehcp-2025/ (see docs/kpis.md), or place it at ../shared/data beside the repository.");
        }

        return folder!;
    }
}
