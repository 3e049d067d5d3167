using System;
using System.IO;

namespace Send.Reporting.Docx;

/// <summary>
/// Writes a file so that readers see either the old file or the complete new one, never a half-written one: the
/// bytes go to a temporary file in the target folder, which then replaces the target in one move. On any error the
/// temporary file is deleted.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/> atomically.</summary>
    /// <param name="path">The target file; its folder must exist.</param>
    /// <param name="content">The bytes.</param>
    /// <exception cref="IOException">The file could not be written; the target is unchanged and no temporary file is left.</exception>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> content)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? ".";
        var temp = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

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
