using System;
using System.IO;
using Xunit;

namespace Send.Reporting.Tests.Support;

/// <summary>
/// A small approved-file helper following Verify's conventions: the expected text lives in
/// <c>&lt;name&gt;.verified.&lt;ext&gt;</c> beside the tests; on a mismatch the actual text is written to
/// <c>&lt;name&gt;.received.&lt;ext&gt;</c> (git-ignored) and the test fails. To approve, review the diff and rename
/// received to verified. A missing verified file fails too (nothing is approved silently).
/// </summary>
internal static class Approved
{
    public static void Verify(string actual, string relativeFolder, string name, string extension)
    {
        var folder = Path.Combine(RepositoryRoot(), "tests", "Send.Reporting.Tests", relativeFolder);
        Directory.CreateDirectory(folder);
        Compare(actual, Path.Combine(folder, $"{name}.verified.{extension}"), Path.Combine(folder, $"{name}.received.{extension}"), name);
    }

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
