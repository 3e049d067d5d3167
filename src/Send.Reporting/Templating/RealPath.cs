using System;
using System.IO;

namespace Send.Reporting.Templating;

/// <summary>Resolves a path to its real path: every symbolic link in it followed, so that no component is a link.</summary>
/// <remarks>
/// <see cref="Path.GetFullPath(string)"/> is lexical: <c>T/up/etc/passwd</c> looks inside <c>T</c> even when
/// <c>T/up</c> links to <c>/</c>. A path returned by <see cref="Of"/> names the file the operating system would open,
/// and opening it follows no link, so a check made on it is the check that matters.
/// </remarks>
internal static class RealPath
{
    /// <summary>The most links followed in one path, as the operating system's own limit (40 on Linux).</summary>
    private const int MaxLinks = 40;

    /// <summary>The real path of <paramref name="path"/>. Components that do not exist are kept as they are.</summary>
    /// <exception cref="IOException">The path has more than 40 links (a loop).</exception>
    public static string Of(string path)
    {
        var links = 0;
        return Resolve(path, ref links);
    }

    private static string Resolve(string path, ref int links)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var current = root;
        foreach (var segment in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, segment);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                throw new IOException("too many symbolic links (a loop?)");
            }

            // current has no links in it, so a relative target is resolved against the real folder.
            current = Resolve(Path.IsPathRooted(target) ? target : Path.Combine(current, target), ref links);
        }

        return current;
    }
}
