using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Xunit;

namespace Send.Reporting.Tests;

/// <summary>
/// pandoc reads our output back into Markdown with its structure intact: headings, lists, tables, footnotes, links
/// and image alt text. Skipped, with the reason, where pandoc is not installed (<c>apt-get install pandoc</c>).
/// </summary>
public sealed class PandocRoundTripTests
{
    [Fact]
    public void Pandoc_KitchenSink_KeepsHeadingsListsTablesFootnotesLinksAndAltText()
    {
        var pandoc = FindOnPath("pandoc");
        Assert.SkipWhen(pandoc is null, "pandoc is not installed (apt-get install -y pandoc); the round trip cannot be checked here");

        var docx = Path.Combine(Path.GetTempPath(), "send-kitchen-sink-" + Guid.NewGuid().ToString("N") + ".docx");
        try
        {
            File.WriteAllBytes(docx, KitchenSinkTests.Render());
            var start = new ProcessStartInfo(pandoc!, ["-f", "docx", "-t", "markdown", "--wrap=none", docx]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(start)!;
            var markdown = process.StandardOutput.ReadToEnd();
            process.WaitForExit(60_000);
            Assert.Equal(0, process.ExitCode);

            Assert.Contains("# Recommendation", markdown, StringComparison.Ordinal);
            Assert.Contains("## Links", markdown, StringComparison.Ordinal);
            Assert.Contains("### A third-level heading", markdown, StringComparison.Ordinal);
            Assert.Contains("a)  Note the progress.", markdown, StringComparison.Ordinal);
            Assert.Contains("-   A nested bullet", markdown, StringComparison.Ordinal);
            Assert.Contains("Early help", markdown, StringComparison.Ordinal);
            Assert.Contains("−67.194", markdown, StringComparison.Ordinal);
            Assert.Contains("[^1]: The Dedicated Schools Grant, paid by the Department for Education.", markdown, StringComparison.Ordinal);
            Assert.Contains("[the code of practice](https://www.gov.uk/government/publications/send-code-of-practice-0-to-25)", markdown, StringComparison.Ordinal);
            Assert.Contains("(mailto:send.team@example.gov.uk)", markdown, StringComparison.Ordinal);
            Assert.Contains("![A photograph of a school entrance]", markdown, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(docx);
        }
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
}
