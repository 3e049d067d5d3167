using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Send.Reporting.Docx;

/// <summary>
/// Writes a file so that readers see either the old file or the complete new one, never a half-written one: the
/// bytes go to a temporary file in the target folder, which then replaces the target in one move. On any error the
/// temporary file is deleted.
/// </summary>
/// <remarks>
/// Only a regular file is ever replaced: a target that is a device (<c>/dev/null</c>), a FIFO, a socket or a folder is
/// refused, and so is a read-only file, which the move would otherwise replace without asking. Temporary files left
/// by a process that was killed mid-save (<c>.name.docx.&lt;32 hex&gt;.tmp</c>, older than
/// <see cref="StaleTemporaryAge"/>) are removed by the next save of the same file.
/// </remarks>
public static partial class AtomicFile
{
    /// <summary>How old a temporary file of the same target must be before a save removes it as left over: 5 minutes.</summary>
    public static readonly TimeSpan StaleTemporaryAge = TimeSpan.FromMinutes(5);

    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/> atomically.</summary>
    /// <param name="path">The target file; its folder must exist.</param>
    /// <param name="content">The bytes.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">
    /// The file could not be written (the path is empty, names a folder, a device or other special file, or a read-only
    /// file, or the folder cannot be written to); the target is unchanged and no temporary file is left.
    /// </exception>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> content)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new IOException("no output file was named (the path is empty)");
        }

        var full = Path.GetFullPath(path);
        switch (FileKinds.Of(full))
        {
            case FileKind.Directory:
                throw new IOException($"'{path}' is a folder, not a file");
            case FileKind.Special:
                throw new IOException($"'{path}' is a device or other special file; reports are written only to regular files");
            case FileKind.Regular when (File.GetAttributes(full) & FileAttributes.ReadOnly) != 0:
                throw new IOException($"'{path}' is read-only; Send does not replace a read-only file");
        }

        var folder = Path.GetDirectoryName(full) ?? ".";
        var name = Path.GetFileName(full);
        var temp = Path.Combine(folder, "." + name + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            if (ex is UnauthorizedAccessException)
            {
                throw new IOException($"'{path}' could not be written: permission denied (is the folder read-only?)", ex);
            }

            throw;
        }

        RemoveStaleTemporaries(folder, name);
    }

    private static void RemoveStaleTemporaries(string folder, string name)
    {
        try
        {
            // The file system's clock, read from the report just written: no system clock, and the same clock that
            // stamped the left-over files.
            var cutoff = File.GetLastWriteTimeUtc(Path.Combine(folder, name)) - StaleTemporaryAge;
            var pattern = TemporaryName();
            foreach (var file in Directory.EnumerateFiles(folder, "." + name + ".*.tmp")
                .Where(f => pattern.IsMatch(Path.GetFileName(f)[(name.Length + 1)..]) && File.GetLastWriteTimeUtc(f) < cutoff))
            {
                TryDelete(file);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: the report itself was written.
        }
    }

    /// <summary>The part of a temporary file's name after <c>.name</c>: a dot, 32 hex digits and <c>.tmp</c>.</summary>
    [GeneratedRegex("^\\.[0-9a-f]{32}\\.tmp$", RegexOptions.CultureInvariant)]
    private static partial Regex TemporaryName();

    private static void TryDelete(string temp)
    {
        try
        {
            File.Delete(temp);
        }
        catch (IOException)
        {
            // Best effort: the original error is what the caller needs to see.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
