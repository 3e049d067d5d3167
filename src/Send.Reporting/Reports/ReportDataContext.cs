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

    /// <summary>
    /// Resolves a file named in the data under the data file's folder only: symbolic links are followed to their real
    /// path, and a name that leads outside the folder (<c>/etc/passwd</c>, <c>../x</c>, a link out) or to something other
    /// than a regular file (a device, a FIFO) is refused, so data cannot make Send read any file it likes.
    /// </summary>
    /// <param name="named">The file name as written in the data.</param>
    /// <param name="path">The real path of a regular file inside the folder, when the result is true.</param>
    /// <param name="reason">Why the name is refused, when the result is false.</param>
    /// <returns>Whether the name is a regular file inside the data file's folder.</returns>
    public bool TryResolveInside(string named, out string path, out string reason)
    {
        ArgumentNullException.ThrowIfNull(named);
        path = string.Empty;
        string root;
        string real;
        try
        {
            root = Templating.RealPath.Of(Directory);
            real = Templating.RealPath.Of(Path.Combine(root, named));
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or NotSupportedException)
        {
            reason = "the file name cannot be resolved";
            return false;
        }

        if (!real.StartsWith(Path.TrimEndingDirectorySeparator(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            reason = "files named in the data must be in the data file's folder";
            return false;
        }

        switch (FileKinds.Of(real))
        {
            case FileKind.Missing:
                reason = "the file does not exist";
                return false;
            case FileKind.Regular:
                path = real;
                reason = string.Empty;
                return true;
            default:
                reason = "the name is not a regular file (a folder, device or FIFO is never read)";
                return false;
        }
    }
}
