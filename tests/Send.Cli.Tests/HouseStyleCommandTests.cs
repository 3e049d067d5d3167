using System;
using System.IO;
using Xunit;

namespace Send.Cli.Tests;

/// <summary>Tests of <c>send house-style init</c> and <c>check</c>, and of <c>render --house-style</c> with one that lacks styles.</summary>
public sealed class HouseStyleCommandTests : IDisposable
{
    private readonly string temp = Directory.CreateTempSubdirectory("send-house-style-").FullName;

    public void Dispose() => Directory.Delete(temp, recursive: true);

    [Fact]
    public void Init_ThenCheck_FindsEveryStyleByIdAndEveryFillPassesAA()
    {
        var file = Path.Combine(temp, "council.docx");

        var (initCode, initOut, initErr) = ProgramTests.Run("house-style", "init", "-o", file);
        var (code, stdout, stderr) = ProgramTests.Run("house-style", "check", file);

        Assert.True(initCode == 0, initErr);
        Assert.Contains("wrote", initOut, StringComparison.Ordinal);
        Assert.True(code == 0, stderr);
        Assert.Contains($"found by id ({Send.Reporting.Styling.StyleIds.Contract.Count})", stdout, StringComparison.Ordinal);
        Assert.Contains("supplied from Send's defaults (0): none", stdout, StringComparison.Ordinal);
        Assert.Contains("RAG amber            FFEB9C  17.6:1  pass", stdout, StringComparison.Ordinal);
        Assert.Equal(string.Empty, stderr);
    }

    [Fact]
    public void Init_ExistingFile_IsNotOverwrittenWithoutForce()
    {
        var file = Path.Combine(temp, "council.docx");
        File.WriteAllText(file, "keep me");

        var (code, _, stderr) = ProgramTests.Run("house-style", "init", "-o", file);

        Assert.Equal(1, code);
        Assert.Contains("--force", stderr, StringComparison.Ordinal);
        Assert.Equal("keep me", File.ReadAllText(file));
    }

    [Fact]
    public void Check_NotAWordDocument_IsALocatedErrorNotAnInternalError()
    {
        var file = Path.Combine(temp, "notes.docx");
        File.WriteAllText(file, "not a zip");

        var (code, _, stderr) = ProgramTests.Run("house-style", "check", file);

        Assert.Equal(1, code);
        Assert.Contains(file + ": SEND-HOUSE-STYLE:", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", stderr, StringComparison.Ordinal);
    }
}
