using System.IO;
using Xunit;

namespace Send.Cli.Tests;

public sealed class ProgramTests
{
    [Fact]
    public void Help_ExitsZero_ListsCommands()
    {
        var (code, stdout, _) = Run("--help");
        Assert.Equal(0, code);
        foreach (var command in new[] { "render", "check", "timescales", "finance", "kpi" })
        {
            Assert.Contains(command, stdout);
        }
    }

    [Fact]
    public void UnknownOption_ExitsTwo_SaysWhy()
    {
        var (code, _, stderr) = Run("--no-such-option");
        Assert.Equal(2, code);
        Assert.Contains("--no-such-option", stderr);
    }

    internal static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
