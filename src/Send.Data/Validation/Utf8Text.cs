using System;
using System.IO;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using Send.Domain.Validation;

namespace Send.Data.Validation;

/// <summary>
/// Decodes a data file's bytes as UTF-8, strictly: a byte sequence that is not UTF-8 (a Windows-1252 <c>£</c> from an
/// older export, say) is a <c>SEND-ENCODING</c> problem at its line and column, never silently turned into U+FFFD.
/// </summary>
/// <remarks>A leading byte order mark is dropped. Stateless and thread-safe.</remarks>
public static class Utf8Text
{
    /// <summary>
    /// Reads a text file that must be UTF-8 (a byte order mark is allowed). Bytes that are not UTF-8 (an Excel "CSV"
    /// saved in Windows-1252 is the usual cause) are a located problem, not replacement characters in the output.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="source">The file's name as the user named it, for the problem.</param>
    /// <param name="problemCode">The code the problem carries (the reader's own, such as <c>SEND-CSV</c>).</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataException">The bytes are not UTF-8; the problem names the line, column and bytes.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be opened.</exception>
    public static string ReadFile(string path, string source, string problemCode)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(problemCode);
        return Decode(File.ReadAllBytes(path), source, out var problem) ?? throw new DataException(new[] { problem! with { Code = problemCode } });
    }

    /// <summary>Decodes <paramref name="bytes"/>, or reports where they stop being UTF-8.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="source">The file's name as the user named it, for the problem.</param>
    /// <param name="problem">The problem when the bytes are not UTF-8; otherwise null.</param>
    /// <returns>The text, or null when the bytes are not UTF-8.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public static string? Decode(ReadOnlySpan<byte> bytes, string source, out DataProblem? problem)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status == System.Buffers.OperationStatus.Done)
        {
            problem = null;
            return new string(chars, 0, written);
        }

        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < read; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        var column = 1 + Encoding.UTF8.GetCharCount(bytes[lineStart..read]);
        var shown = bytes.Slice(read, Math.Min(4, bytes.Length - read)).ToArray();
        problem = new DataProblem(source, "the file is not UTF-8 text here")
        {
            Line = line,
            Column = column,
            Value = string.Join(" ", Array.ConvertAll(shown, b => "0x" + b.ToString("X2", CultureInfo.InvariantCulture))),
            Expected = "UTF-8 (save the file as UTF-8; in Excel, 'CSV UTF-8'; a byte 0xA3 is a pound sign in Windows-1252)",
            Code = "SEND-ENCODING",
        };
        return null;
    }
}
