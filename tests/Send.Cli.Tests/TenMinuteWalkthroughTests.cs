using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace Send.Cli.Tests;

/// <summary>
/// Performs docs/reporting.md's "Write your own report in ten minutes" as written: every <c>send</c> command in its
/// <c>sh</c> blocks is run, every "File:" block is written and every "Add to:" block is appended, in order.
/// </summary>
public sealed class TenMinuteWalkthroughTests : IDisposable
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal) { "new", "render", "check", "schema", "infer" };
    private readonly string temp = Directory.CreateTempSubdirectory("send-walkthrough-").FullName;

    public void Dispose() => Directory.Delete(temp, recursive: true);

    [Fact]
    public void Walkthrough_EveryStepAsWritten_RendersAndChecksClean()
    {
        var doc = File.ReadAllLines(Path.Combine(Root(), "docs", "reporting.md"));
        var start = Array.FindIndex(doc, l => l == "## Write your own report in ten minutes");
        Assert.True(start >= 0, "the walkthrough section is missing from docs/reporting.md");
        var end = Array.FindIndex(doc, start + 1, l => l.StartsWith("## ", StringComparison.Ordinal));
        var section = doc[start..end];
        var commands = 0;
        (int Code, string Stdout, string Stderr) last = default;
        for (var i = 0; i < section.Length; i++)
        {
            if (!section[i].StartsWith("```", StringComparison.Ordinal))
            {
                continue;
            }

            var language = section[i][3..];
            var close = Array.FindIndex(section, i + 1, l => l == "```");
            var body = section[(i + 1)..close];
            var label = section.Take(i).Reverse().FirstOrDefault(l => l.Length > 0) ?? string.Empty;
            if (label.StartsWith("File: ", StringComparison.Ordinal))
            {
                File.WriteAllLines(Path.Combine(temp, label["File: ".Length..]), body);
            }
            else if (label.StartsWith("Add to: ", StringComparison.Ordinal))
            {
                File.AppendAllLines(Path.Combine(temp, label["Add to: ".Length..]), body);
            }
            else if (language == "sh")
            {
                foreach (var line in body.Where(l => l.StartsWith("send ", StringComparison.Ordinal)))
                {
                    last = ProgramTests.Run(line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(Rooted).ToArray());
                    Assert.True(last.Code == 0, line + "\n" + last.Stderr);
                    commands++;
                }
            }

            i = close;
        }

        Assert.Equal(4, commands);
        Assert.Contains("pupils_with_an_ehcp (\"Pupils with an EHCP\"): number, 1 suppressed cell(s)", last.Stdout, StringComparison.Ordinal);
        var text = GenericReportTests.DocumentText(Path.Combine(temp, "cabinet-report.docx"));
        Assert.Contains("Ashley Primary", text, StringComparison.Ordinal);
        Assert.Contains("14 May 2024", text, StringComparison.Ordinal);
        Assert.Contains("2 November 2023", text, StringComparison.Ordinal);

        // The mistake the walkthrough shows is reported as it says.
        var template = Path.Combine(temp, "cabinet-report", "template.md.scriban");
        File.WriteAllText(template, File.ReadAllText(template).Replace("school.school_name", "school.scool_name", StringComparison.Ordinal));
        var check = ProgramTests.Run("check", Rooted("cabinet-report"), "--data", Rooted("cabinet-report/sample.json"), "--data", Rooted("schools=cabinet-report/schools.csv"));
        Assert.Equal(1, check.Code);
        Assert.Contains("unknown member 'scool_name' on [0]", check.Stderr, StringComparison.Ordinal);
        Assert.Contains("(did you mean 'school_name'?)", check.Stderr, StringComparison.Ordinal);
    }

    private static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Send.sln")))
        {
            dir = dir.Parent;
        }

        return dir!.FullName;
    }

    /// <summary>The walkthrough runs in a folder of the reader's; here every path it names is under the test's folder.</summary>
    private string Rooted(string token)
    {
        if (token.StartsWith('-') || Words.Contains(token))
        {
            return token;
        }

        var equals = token.IndexOf('=', StringComparison.Ordinal);
        return equals > 0 ? token[..(equals + 1)] + Path.Combine(temp, token[(equals + 1)..]) : Path.Combine(temp, token);
    }
}
