using System;
using System.IO;
using Xunit;

namespace Send.Reporting.Tests.Support;

/// <summary>
/// Compares generated text with a committed file that is not named <c>*.verified.*</c> (a template's generated
/// <c>data.schema.json</c>), in the manner of <see cref="Approvals"/>: on a mismatch the actual text goes to a
/// git-ignored <c>*.received.*</c> file beside it and the test fails.
/// </summary>
internal static class Approved
{
    /// <summary>Compares with a committed file that is not named *.verified.* (a generated schema); the received file sits beside it.</summary>
    public static void VerifyFile(string actual, string committedPath)
    {
        var extension = Path.GetExtension(committedPath);
        var received = Path.ChangeExtension(committedPath, ".received" + extension);
        Compare(actual, committedPath, received, Path.GetFileName(committedPath));
    }

    private static void Compare(string actual, string verified, string received, string name)
    {
        actual = Normalise(actual);
        if (File.Exists(verified) && Normalise(File.ReadAllText(verified)) == actual)
        {
            if (File.Exists(received))
            {
                File.Delete(received);
            }

            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail(File.Exists(verified)
            ? $"{name}: output differs from {verified}; see {received}. Review the diff and rename it to approve."
            : $"{name}: no approved file yet. Review {received} and rename it to {Path.GetFileName(verified)} to approve.");
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Send.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Send.sln not found above " + AppContext.BaseDirectory);
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";
}
