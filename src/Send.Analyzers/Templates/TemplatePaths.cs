using System.Collections.Generic;

namespace Send.Analyzers.Templates;

/// <summary>Path arithmetic on strings only (analyzers may not touch the file system).</summary>
internal static class TemplatePaths
{
    /// <summary>Uses '/' separators and removes '.' and '..' segments.</summary>
    public static string Normalize(string path)
    {
        var unified = path.Replace('\\', '/');
        var rooted = unified.StartsWith("/", System.StringComparison.Ordinal);
        var parts = new List<string>();
        foreach (var part in unified.Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == ".." && parts.Count > 0 && parts[parts.Count - 1] != "..")
            {
                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(part);
        }

        return (rooted ? "/" : string.Empty) + string.Join("/", parts);
    }

    /// <summary>The folder part of a normalised path.</summary>
    public static string Directory(string normalizedPath)
    {
        var slash = normalizedPath.LastIndexOf('/');
        return slash < 0 ? string.Empty : normalizedPath.Substring(0, slash);
    }
}
