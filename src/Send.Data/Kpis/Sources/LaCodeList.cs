using System;
using System.Collections.Generic;
using System.Linq;
using Send.Domain.Validation;

namespace Send.Data.Kpis.Sources;

/// <summary>One row of LAIT's <c>la_code_list.xlsx</c>.</summary>
/// <param name="Number">The LA number (970 England, 980–990 regions).</param>
/// <param name="Name">The name.</param>
/// <param name="Region">The region, or null for England and the regions (the file writes NA).</param>
/// <param name="Type">The authority type (<c>SC</c>, <c>UA</c>, <c>MD</c>, <c>ILB</c>, <c>OLB</c>), or null.</param>
public sealed record LaCode(string Number, string Name, string? Region, string? Type);

/// <summary>Reads LAIT's local authority code list (<c>la_code_list.xlsx</c>: LA Number, LA Name, Region, Type).</summary>
public static class LaCodeList
{
    /// <summary>Reads the list.</summary>
    /// <param name="path">The .xlsx file.</param>
    /// <param name="problems">Problems found.</param>
    /// <returns>The codes, in file order.</returns>
    public static IReadOnlyList<LaCode> Read(string path, out IReadOnlyList<DataProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(path);
        var found = new List<DataProblem>();
        problems = found;
        var rows = XlsxSheet.Read(path, null);
        var result = new List<LaCode>();
        if (rows.Count == 0 || !string.Equals(rows[0].Cells.FirstOrDefault()?.Trim(), "LA Number", StringComparison.OrdinalIgnoreCase))
        {
            found.Add(new DataProblem(path, "the first row is not the expected header") { Line = 1, Expected = "LA Number, LA Name, Region, Type", Code = "SEND-LACODE-HEADER" });
            return result;
        }

        static string? Na(string? text) => string.IsNullOrWhiteSpace(text) || text.Trim() == "NA" ? null : text.Trim();
        foreach (var (row, cells) in rows.Skip(1))
        {
            var number = cells.Length > 0 ? cells[0]?.Trim() : null;
            var name = cells.Length > 1 ? cells[1]?.Trim() : null;
            if (string.IsNullOrEmpty(number) && string.IsNullOrEmpty(name))
            {
                continue;
            }

            if (string.IsNullOrEmpty(number) || !number.All(char.IsDigit) || string.IsNullOrEmpty(name))
            {
                found.Add(new DataProblem(path, "the row lacks a numeric LA Number or a name; skipped") { Line = row, Value = number, Expected = "a number and a name", Code = "SEND-LACODE-ROW" });
                continue;
            }

            result.Add(new LaCode(number, name, Na(cells.Length > 2 ? cells[2] : null), Na(cells.Length > 3 ? cells[3] : null)));
        }

        return result;
    }
}
