using System;
using System.IO;
using Send.Reporting.Docx;
using Xunit;

namespace Send.Reporting.Tests.Docx;

/// <summary><see cref="AtomicFile"/> replaces only regular files, and cleans up after a save that was killed.</summary>
public sealed class AtomicFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("send-atomic-").FullName;

    [Fact]
    public void WriteAllBytes_DeviceNode_IsRefusedAndLeftAlone()
    {
        Assert.SkipUnless(File.Exists("/dev/null"), "needs /dev/null");

        var error = Assert.Throws<IOException>(() => AtomicFile.WriteAllBytes("/dev/null", [1, 2, 3]));

        Assert.Contains("special file", error.Message);
        Assert.Empty(Directory.GetFiles("/dev", ".null.*.tmp"));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void WriteAllBytes_ReadOnlyFile_IsRefusedAndUnchanged()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Unix permissions");
        }

        var path = Path.Combine(folder, "locked.docx");
        File.WriteAllBytes(path, [9]);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        Assert.Throws<IOException>(() => AtomicFile.WriteAllBytes(path, [1, 2, 3]));

        Assert.Equal(new byte[] { 9 }, File.ReadAllBytes(path));
        Assert.Single(Directory.GetFiles(folder));
    }

    [Fact]
    public void WriteAllBytes_Folder_IsRefused() =>
        Assert.Contains("is a folder", Assert.Throws<IOException>(() => AtomicFile.WriteAllBytes(folder, [1])).Message);

    [Fact]
    public void WriteAllBytes_EmptyPath_IsAnIOExceptionNotAnArgumentException() =>
        Assert.Throws<IOException>(() => AtomicFile.WriteAllBytes(string.Empty, [1]));

    [Fact]
    public void WriteAllBytes_LeftOverTemporaryOfTheSameFile_IsRemovedWhenOld()
    {
        var path = Path.Combine(folder, "report.docx");
        var stale = Path.Combine(folder, ".report.docx." + Guid.NewGuid().ToString("N") + ".tmp");
        var fresh = Path.Combine(folder, ".report.docx." + Guid.NewGuid().ToString("N") + ".tmp");
        var other = Path.Combine(folder, ".other.docx." + Guid.NewGuid().ToString("N") + ".tmp");
        foreach (var file in new[] { stale, fresh, other })
        {
            File.WriteAllBytes(file, [0]);
        }

        File.SetLastWriteTimeUtc(stale, File.GetLastWriteTimeUtc(fresh) - TimeSpan.FromHours(1));
        File.SetLastWriteTimeUtc(other, File.GetLastWriteTimeUtc(fresh) - TimeSpan.FromHours(1));

        AtomicFile.WriteAllBytes(path, [1, 2, 3]);

        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(fresh));
        Assert.True(File.Exists(other));
        Assert.Equal(new byte[] { 1, 2, 3 }, File.ReadAllBytes(path));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void WriteAllBytes_ReadOnlyFolder_IsAnIOExceptionSayingPermission()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Unix permissions");
        }

        Assert.SkipWhen(Environment.UserName == "root", "root writes to read-only folders");
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        Assert.Contains("permission denied", Assert.Throws<IOException>(() => AtomicFile.WriteAllBytes(Path.Combine(folder, "x.docx"), [1])).Message);
    }

    public void Dispose()
    {
        foreach (var file in Directory.GetFiles(folder))
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        Directory.Delete(folder, recursive: true);
    }
}
