using System;
using System.IO;
using System.Linq;
using Xunit;

namespace Send.Cli.Tests;

/// <summary>Tests of <c>send render</c> and <c>send check</c> over the shipped templates.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly string temp = Directory.CreateTempSubdirectory("send-cli-tests-").FullName;

    private static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Send.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Send.sln not found");
        }
    }

    private static string Template(string name) => Path.Combine(Root, "templates", name);

    public void Dispose() => Directory.Delete(temp, recursive: true);

    [Fact]
    public void RenderAll_FromInsideTheRepository_WritesFourReports()
    {
        var output = Path.Combine(temp, "out");
        var (code, stdout, stderr) = ProgramTests.Run("render", "--all", "-o", output);
        Assert.True(code == 0, stderr);
        var files = Directory.GetFiles(output, "*.docx").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(new[] { "dbv-summary.docx", "schools-forum-send-update.docx", "scrutiny-send-update.docx", "strategic-update.docx" }, files);
        Assert.Contains("4 of 4 report(s) written", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderBatch_OneBadFile_SkipsItRendersTheRestExitsOne()
    {
        var data = Directory.CreateDirectory(Path.Combine(temp, "data")).FullName;
        var sample = File.ReadAllText(Path.Combine(Template("schools-forum-send-update"), "sample.json"));
        File.WriteAllText(Path.Combine(data, "wiltshire.json"), sample);
        File.WriteAllText(Path.Combine(data, "elsewhere.json"), sample.Replace("\"council\": \"Wiltshire Council\"", "\"council\": \"Elsewhere Council\"", StringComparison.Ordinal));
        // 61.184 -> 71.184: the carried-forward deficit no longer follows from its row, nor links to the next year.
        File.WriteAllText(Path.Combine(data, "broken.json"), sample.Replace("\"carried_forward\": 61.184", "\"carried_forward\": 71.184", StringComparison.Ordinal));
        var output = Path.Combine(temp, "out");

        var (code, stdout, stderr) = ProgramTests.Run("render", Template("schools-forum-send-update"), "--data-dir", data, "-o", output, "--parallel", "2");

        Assert.Equal(1, code);
        Assert.True(File.Exists(Path.Combine(output, "wiltshire.docx")));
        Assert.True(File.Exists(Path.Combine(output, "elsewhere.docx")));
        Assert.False(File.Exists(Path.Combine(output, "broken.docx")));
        // The problem send finance deficit prints for the same figures, at the figure's line in the data file.
        Assert.Matches(@"broken\.json\([0-9]+,[0-9]+\): SEND-FIN-RECON: deficit\.years\[1\]\.carried_forward", stderr);
        Assert.Contains("skipped", stderr, StringComparison.Ordinal);
        Assert.Contains("2 of 3 report(s) written; 1 skipped with errors", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PlantedDataErrors_ListsEachWithLineAndColumn()
    {
        var sample = File.ReadAllLines(Path.Combine(Template("schools-forum-send-update"), "sample.json"));
        // A status the finance reader does not know, in the deficit table (the input of send finance deficit).
        var ceiling = Array.FindIndex(sample, l => l.Contains("\"status\": \"outturn\"", StringComparison.Ordinal));
        sample[ceiling] = sample[ceiling].Replace("\"outturn\"", "\"actuals\"", StringComparison.Ordinal);
        var data = Path.Combine(temp, "planted.json");
        File.WriteAllLines(data, sample);

        var (code, stdout, stderr) = ProgramTests.Run("check", Template("schools-forum-send-update"), "--data", data);

        Assert.Equal(1, code);
        Assert.Contains($"{data}({ceiling + 1},", stderr, StringComparison.Ordinal);
        Assert.Contains("deficit.years[0].status", stderr, StringComparison.Ordinal);
        Assert.Contains("error(s)", stdout, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.ChangeExtension(data, ".docx")));
    }

    [Fact]
    public void Check_PlantedTemplateErrors_ListsEachWithLineAndColumn()
    {
        var folder = Directory.CreateDirectory(Path.Combine(temp, "schools-forum-send-update")).FullName;
        foreach (var file in Directory.GetFiles(Template("schools-forum-send-update")))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        var templatePath = Path.Combine(folder, "template.md.scriban");
        var lines = File.ReadAllLines(templatePath).ToList();
        lines.Insert(10, "{{ purpse }} and {{ deficit.celing_m }}");
        File.WriteAllLines(templatePath, lines);

        var (code, _, stderr) = ProgramTests.Run("check", folder);

        Assert.Equal(1, code);
        Assert.Contains($"{templatePath}(11,4): SEND-TEMPLATE: unknown variable 'purpse'", stderr, StringComparison.Ordinal);
        Assert.Contains("celing_m", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ShippedTemplates_NoErrors()
    {
        foreach (var name in new[] { "scrutiny-send-update", "schools-forum-send-update", "strategic-update", "dbv-summary" })
        {
            var (code, stdout, stderr) = ProgramTests.Run("check", Template(name));
            Assert.True(code == 0, name + ": " + stderr);
            Assert.Contains("ok:", stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Check_Strict_TurnsWarningsIntoErrors()
    {
        // A heading that skips a level (# then ###) is an accessibility warning, so ok without --strict.
        var folder = Directory.CreateDirectory(Path.Combine(temp, "skipped-heading")).FullName;
        foreach (var file in Directory.GetFiles(Template("dbv-summary")))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        File.AppendAllText(Path.Combine(folder, "template.md.scriban"), "\n# Appendix\n\n### Notes\n\nText.\n");
        Assert.Equal(0, ProgramTests.Run("check", folder).Code);
        var (code, stdout, _) = ProgramTests.Run("check", folder, "--strict");
        Assert.Equal(1, code);
        Assert.Contains("error(s)", stdout, StringComparison.Ordinal);
        Assert.Equal(0, ProgramTests.Run("check", Template("schools-forum-send-update"), "--strict").Code);
    }

    [Fact]
    public void Render_OneReport_WritesTheFile()
    {
        var output = Path.Combine(temp, "dbv.docx");
        var (code, stdout, stderr) = ProgramTests.Run("render", Template("dbv-summary"), "--data", Path.Combine(Template("dbv-summary"), "sample.json"), "-o", output);
        Assert.True(code == 0, stderr);
        Assert.True(new FileInfo(output).Length > 10_000);
        Assert.Contains("wrote", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("render")]
    [InlineData("render", "--all", "templates/dbv-summary")]
    [InlineData("render", "templates/dbv-summary")]
    [InlineData("render", "templates/dbv-summary", "--data", "a.json")]
    [InlineData("render", "templates/dbv-summary", "--data", "a.json", "-o", "")]
    [InlineData("render", "templates/dbv-summary", "--data-dir", "d", "--parallel", "0")]
    [InlineData("render", "templates/dbv-summary", "--data-dir", "d", "--parallel", "-1")]
    public void Render_WrongArguments_ExitsTwoSaysWhy(params string[] args)
    {
        var (code, _, stderr) = ProgramTests.Run(args);
        Assert.Equal(2, code);
        Assert.Contains("send render:", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("render")]
    [InlineData("check")]
    public void Help_EachCommand_HasExamples(string command)
    {
        var (code, stdout, _) = ProgramTests.Run(command, "--help");
        Assert.Equal(0, code);
        Assert.Contains("Examples:", stdout, StringComparison.Ordinal);
        Assert.Contains("send " + command + " ", stdout, StringComparison.Ordinal);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Render_OutputIntoReadOnlyFolder_IsALocatedWriteErrorNotAnInternalError()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Unix permissions");
        }

        Assert.SkipWhen(Environment.UserName == "root", "root writes to read-only folders");
        var locked = Directory.CreateDirectory(Path.Combine(temp, "locked")).FullName;
        File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            var (code, _, stderr) = ProgramTests.Run("render", Template("dbv-summary"), "--data", Path.Combine(Template("dbv-summary"), "sample.json"), "-o", Path.Combine(locked, "x.docx"));
            Assert.Equal(1, code);
            Assert.Contains("SEND-REPORT-WRITE", stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("internal error", stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public void Render_OutputOntoDevice_ExitsOneAndLeavesTheDevice()
    {
        Assert.SkipUnless(File.Exists("/dev/null"), "needs /dev/null");
        var (code, _, stderr) = ProgramTests.Run("render", Template("dbv-summary"), "--data", Path.Combine(Template("dbv-summary"), "sample.json"), "-o", "/dev/null");
        Assert.Equal(1, code);
        Assert.Contains("special file", stderr, StringComparison.Ordinal);
    }
}
