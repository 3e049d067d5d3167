using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Send.Analyzers.Tests.Docs;

/// <summary>
/// One ```csharp block of README.md, docs/**/*.md or a package README (src/*/README.md), with the marker (if any) on the line before its fence. The
/// convention is written in docs/analyzers.md ("Code in the docs is compiled"):
/// <c>&lt;!-- not-compiled: reason --&gt;</c> skips a block (deliberately wrong code, fragments of a larger file);
/// <c>&lt;!-- not-run: reason --&gt;</c> compiles it but does not run it (it needs files or a network).
/// </summary>
internal sealed record DocSnippet(string File, int FenceLine, string Code, string? Marker, string? MarkerReason)
{
    private static readonly Regex MarkerPattern = new(@"^<!--\s*(not-compiled|not-run)\s*:?\s*(.*?)\s*-->\s*$", RegexOptions.CultureInvariant);

    /// <summary>The id shown in test names and failures: <c>docs/calendars.md:32</c> (the fence's line).</summary>
    public string Id => $"{File}:{FenceLine}";

    /// <summary>The 1-based file line of the block's first code line.</summary>
    public int FirstCodeLine => FenceLine + 1;

    public static IReadOnlyList<DocSnippet> FindAll(string repositoryRoot)
    {
        var files = new List<string> { Path.Combine(repositoryRoot, "README.md") };
        var src = Path.Combine(repositoryRoot, "src");
        if (Directory.Exists(src))
        {
            // Each package's README (shown on its package page).
            files.AddRange(Directory.GetDirectories(src).Select(d => Path.Combine(d, "README.md")));
        }

        var docs = Path.Combine(repositoryRoot, "docs");
        if (Directory.Exists(docs))
        {
            files.AddRange(Directory.GetFiles(docs, "*.md", SearchOption.AllDirectories));
        }

        return files
            .Where(System.IO.File.Exists)
            .OrderBy(f => f, StringComparer.Ordinal)
            .SelectMany(f => Parse(Path.GetRelativePath(repositoryRoot, f).Replace('\\', '/'), System.IO.File.ReadAllLines(f)))
            .ToList();
    }

    public static IEnumerable<DocSnippet> Parse(string file, string[] lines)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            var fence = lines[i].TrimStart();
            if (!fence.StartsWith("```", StringComparison.Ordinal))
            {
                continue;
            }

            var info = fence.Substring(3).Trim();
            var end = i + 1;
            while (end < lines.Length && !lines[end].TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                end++;
            }

            var language = info.Split(' ', 2)[0];
            if (language is "csharp" or "cs" or "c#" or "C#")
            {
                var previous = i - 1;
                while (previous >= 0 && lines[previous].Trim().Length == 0)
                {
                    previous--;
                }

                var marker = previous >= 0 ? MarkerPattern.Match(lines[previous].Trim()) : Match.Empty;
                yield return new DocSnippet(
                    file,
                    i + 1,
                    string.Join("\n", lines.Skip(i + 1).Take(end - i - 1)),
                    marker.Success ? marker.Groups[1].Value : null,
                    marker.Success ? marker.Groups[2].Value : null);
            }

            i = end;
        }
    }
}
