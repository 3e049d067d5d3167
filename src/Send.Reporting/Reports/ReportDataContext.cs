using System;
using System.IO;

namespace Send.Reporting.Reports;

/// <summary>Where a report's data file lives, so that a model can read files it names (a caseload CSV) and locate problems.</summary>
/// <remarks>Immutable.</remarks>
public sealed class ReportDataContext
{
    /// <summary>Creates a context for a data file.</summary>
    /// <param name="dataPath">The data file's path as the user named it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dataPath"/> is null.</exception>
    public ReportDataContext(string dataPath)
    {
        ArgumentNullException.ThrowIfNull(dataPath);
        DataPath = dataPath;
        Directory = Path.GetDirectoryName(Path.GetFullPath(dataPath)) ?? ".";
    }

    /// <summary>Gets the data file's path as the user named it (used in problems).</summary>
    public string DataPath { get; }

    /// <summary>Gets the full path of the folder holding the data file.</summary>
    public string Directory { get; }

    /// <summary>Resolves a file named in the data relative to the data file's folder.</summary>
    /// <param name="relative">The file name as written in the data.</param>
    /// <returns>The full path.</returns>
    public string Resolve(string relative) => Path.GetFullPath(Path.Combine(Directory, relative));
}
