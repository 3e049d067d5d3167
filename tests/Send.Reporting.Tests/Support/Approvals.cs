using System;
using System.IO;
using Xunit;

namespace Send.Reporting.Tests.Support;

/// <summary>
/// A small approved-file helper following Verify's conventions: the expected text lives in a committed
/// <c>*.verified.*</c> file next to the test; on a mismatch (or when it is missing) the actual text is written to the
/// matching <c>*.received.*</c> file (git-ignored) and the assertion names both paths, so approving a change is a copy.
/// </summary>
internal static class Approvals
{
    /// <summary>Compares <paramref name="actual"/> with the verified file <paramref name="verifiedPath"/>.</summary>
    public static void Verify(string actual, string verifiedPath)
    {
        var normalised = Normalise(actual);
        var receivedPath = ReceivedPath(verifiedPath);
        if (File.Exists(verifiedPath) && Normalise(File.ReadAllText(verifiedPath)) == normalised)
        {
            if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }

            return;
        }

        File.WriteAllText(receivedPath, normalised);
        Assert.Fail(File.Exists(verifiedPath)
            ? $"The output differs from the approved file.{Environment.NewLine}  verified: {verifiedPath}{Environment.NewLine}  received: {receivedPath}{Environment.NewLine}Compare them; if the received file is right, copy it over the verified one."
            : $"There is no approved file yet.{Environment.NewLine}  verified: {verifiedPath} (missing){Environment.NewLine}  received: {receivedPath}{Environment.NewLine}Read the received file; if it is right, rename it to the verified name and commit it.");
    }

    /// <summary>The received path for a verified path: <c>x.verified.txt</c> gives <c>x.received.txt</c>.</summary>
    public static string ReceivedPath(string verifiedPath)
    {
        var name = Path.GetFileName(verifiedPath);
        var index = name.IndexOf(".verified.", StringComparison.Ordinal);
        if (index < 0)
        {
            throw new ArgumentException("A verified file's name must contain '.verified.': " + verifiedPath, nameof(verifiedPath));
        }

        return Path.Combine(Path.GetDirectoryName(verifiedPath)!, name.Substring(0, index) + ".received." + name.Substring(index + ".verified.".Length));
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') + "\n";
}
