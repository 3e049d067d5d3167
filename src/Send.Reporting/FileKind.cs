using System;
using System.IO;
using System.Runtime.InteropServices;

namespace Send.Reporting;

/// <summary>What a path names on disk: a regular file, a folder, something else (a device, a FIFO, a socket), or nothing.</summary>
/// <remarks>
/// .NET reports a device or a FIFO as an ordinary existing file, so reading <c>/dev/zero</c> never ends and opening a
/// FIFO blocks for ever; Send asks before it opens a file that a template or data names, or replaces an output.
/// </remarks>
internal enum FileKind
{
    /// <summary>Nothing exists at the path.</summary>
    Missing,

    /// <summary>A regular file.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A device, FIFO, socket or other special file.</summary>
    Special,
}

/// <summary>Reads a path's <see cref="FileKind"/>, following symbolic links.</summary>
internal static partial class FileKinds
{
    private const int TypeMask = 0xF000;
    private const int RegularType = 0x8000;
    private const int DirectoryType = 0x4000;

    /// <summary>The kind of file at <paramref name="path"/>, following symbolic links.</summary>
    public static FileKind Of(string path)
    {
        if (Directory.Exists(path))
        {
            return FileKind.Directory;
        }

        if (!File.Exists(path))
        {
            return FileKind.Missing;
        }

        if (OperatingSystem.IsWindows())
        {
            // Windows has no device nodes in folders; devices are reached only through \\.\ names.
            return path.StartsWith(@"\\.\", StringComparison.Ordinal) || path.StartsWith(@"\\?\GLOBALROOT", StringComparison.OrdinalIgnoreCase) ? FileKind.Special : FileKind.Regular;
        }

        // The runtime's own stat (libSystem.Native ships with every .NET on Linux and macOS): the file type is in
        // bits 12-15 of the Mode field, the second 32-bit field of its FileStatus structure.
        var status = new byte[256];
        if (Native.Stat(path, status) != 0)
        {
            return FileKind.Missing;
        }

        return (BitConverter.ToInt32(status, 4) & TypeMask) switch
        {
            RegularType => FileKind.Regular,
            DirectoryType => FileKind.Directory,
            _ => FileKind.Special,
        };
    }

    private static class Native
    {
        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] status);
    }
}
