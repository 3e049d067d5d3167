using System;

namespace Send.Data.Finance;

/// <summary>
/// Where a table is kept in a workbook or a CSV file, as a finance officer names it: <c>book.xlsx#DSG</c> (a sheet),
/// <c>book.xlsx#DSG!B4:H12</c> (a range of a sheet), <c>book.xlsx</c> (the first sheet), <c>table.csv</c> or
/// <c>table.csv#B4:H12</c>.
/// </summary>
/// <remarks>
/// The sheet name may be quoted as Excel writes it (<c>book.xlsx#'DSG table'!B4:H12</c>). The range is kept as text
/// and checked when the sheet is read. Immutable; equality is structural. Not a file reader: see
/// <see cref="FinanceSheetReader"/>.
/// </remarks>
/// <param name="Path">The file, as the user named it.</param>
/// <param name="Sheet">The sheet's name, or null for the first sheet (always null for a CSV file).</param>
/// <param name="Range">The range such as <c>B4:H12</c>, or null for the whole sheet.</param>
public sealed record SheetLocation(string Path, string? Sheet = null, string? Range = null)
{
    /// <summary>Whether the file is an .xlsx workbook (otherwise a CSV file).</summary>
    public bool IsWorkbook => Path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="text"/> names an .xlsx workbook or a CSV file (with or without <c>#sheet!range</c>), rather than a JSON file.</summary>
    /// <param name="text">The text, as given on a command line.</param>
    /// <returns>Whether the text names a workbook or a CSV file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static bool Names(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var path = Parse(text).Path;
        return path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Reads a location: everything before the first <c>#</c> after a <c>.xlsx</c> or <c>.csv</c> name is the path; after it the sheet, then <c>!</c> and the range.</summary>
    /// <param name="text">The text, such as <c>book.xlsx#DSG!B4:H12</c>.</param>
    /// <returns>The location; a text without <c>#</c> is a path alone.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static SheetLocation Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var hash = -1;
        foreach (var extension in new[] { ".xlsx#", ".csv#" })
        {
            var at = text.IndexOf(extension, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                hash = at + extension.Length - 1;
                break;
            }
        }

        if (hash < 0)
        {
            return new SheetLocation(text);
        }

        var path = text.Substring(0, hash);
        var rest = text.Substring(hash + 1);
        if (!path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return new SheetLocation(path, null, rest.Length == 0 ? null : rest);
        }

        var bang = rest.LastIndexOf('!');
        var sheet = bang >= 0 ? rest.Substring(0, bang) : rest;
        var range = bang >= 0 ? rest.Substring(bang + 1) : null;
        if (sheet.Length >= 2 && sheet[0] == '\'' && sheet[^1] == '\'')
        {
            sheet = sheet.Substring(1, sheet.Length - 2).Replace("''", "'", StringComparison.Ordinal);
        }

        return new SheetLocation(path, sheet.Length == 0 ? null : sheet, string.IsNullOrEmpty(range) ? null : range);
    }

    /// <summary>The location as written: <c>book.xlsx#DSG!B4:H12</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Path + (Sheet is null && Range is null ? string.Empty : "#" + (Sheet ?? string.Empty) + (Range is null ? string.Empty : (Sheet is null ? string.Empty : "!") + Range));

    /// <summary>The file name without its folder, for messages.</summary>
    internal string FileName => System.IO.Path.GetFileName(Path);
}
