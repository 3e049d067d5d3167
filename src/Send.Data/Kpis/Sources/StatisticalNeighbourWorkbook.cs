using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using Send.Domain.Kpis;
using Send.Domain.Validation;

namespace Send.Data.Kpis.Sources;

/// <summary>A council listed in a statistical-neighbour workbook.</summary>
/// <param name="Number">The LA number (<c>LA num</c>).</param>
/// <param name="Name">The LA name.</param>
/// <param name="Region">The region (<c>GOReg</c>), as the workbook writes it.</param>
/// <param name="IsLegacy">True for the councils listed under "Old SNs:" (predecessors of reorganised councils).</param>
public sealed record NeighbourCouncil(string Number, string Name, string Region, bool IsLegacy);

/// <summary>
/// Reads a DfE statistical-neighbour workbook (the LAIT files <c>sn_may_2025.xlsx</c>, <c>sn_april_2021.xlsx</c>:
/// sheet "LA SN Groups", header row <c>LA num, LA Name, LA number, GOInd, GOReg, SN1, SNP, ..., SN10, SNP</c>) into a
/// <see cref="ComparatorSet"/> of each council's ten neighbours in order, with their proximity labels.
/// </summary>
/// <remarks>
/// Rows under the "Old SNs:" marker are councils that no longer exist; they are kept (flagged legacy) for
/// benchmarking old years, but never replace a current row. A neighbour cell of <c>-</c> means none (new councils in
/// the April 2021 set have no neighbours). A row whose LA number is not a number is reported with its sheet row and
/// skipped.
/// </remarks>
public sealed class StatisticalNeighbourWorkbook
{
    private StatisticalNeighbourWorkbook(ComparatorSet set, IReadOnlyList<NeighbourCouncil> councils)
    {
        Set = set;
        Councils = councils;
    }

    /// <summary>The neighbour set.</summary>
    public ComparatorSet Set { get; }

    /// <summary>The councils listed, in workbook order.</summary>
    public IReadOnlyList<NeighbourCouncil> Councils { get; }

    /// <summary>Reads a workbook.</summary>
    /// <param name="path">The .xlsx file.</param>
    /// <param name="version">The version label, for example <c>May 2025</c>.</param>
    /// <param name="effectiveFrom">When the version took effect, if known.</param>
    /// <param name="problems">Problems found.</param>
    /// <returns>The workbook's neighbour set.</returns>
    public static StatisticalNeighbourWorkbook Read(string path, string version, LocalDate? effectiveFrom, out IReadOnlyList<DataProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(version);
        var found = new List<DataProblem>();
        problems = found;
        var rows = XlsxSheet.Read(path, "LA SN Groups");
        var headerIndex = rows.ToList().FindIndex(r => r.Cells.Any(c => string.Equals(c?.Trim(), "LA num", StringComparison.OrdinalIgnoreCase)));
        var members = new List<KeyValuePair<string, IReadOnlyList<Neighbour>>>();
        var councils = new List<NeighbourCouncil>();
        if (headerIndex < 0)
        {
            found.Add(new DataProblem(path, "no header row with 'LA num' was found") { Expected = "a statistical-neighbour sheet with columns LA num, LA Name, GOReg, SN1, SNP ... SN10, SNP", Code = "SEND-SN-HEADER" });
            return new StatisticalNeighbourWorkbook(new ComparatorSet("DfE statistical neighbours", version, effectiveFrom, members), councils);
        }

        var header = rows[headerIndex].Cells.Select(c => c?.Trim() ?? string.Empty).ToArray();
        int Find(string name) => Array.FindIndex(header, h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));
        var cNum = Find("LA num");
        var cName = Find("LA Name");
        var cRegion = Find("GOReg");
        var neighbourColumns = new List<(int Code, int Proximity)>();
        for (var n = 1; n <= 10; n++)
        {
            var c = Find("SN" + n.ToString(CultureInfo.InvariantCulture));
            if (c >= 0)
            {
                var p = c + 1 < header.Length && header[c + 1].StartsWith("SNP", StringComparison.OrdinalIgnoreCase) ? c + 1 : -1;
                neighbourColumns.Add((c, p));
            }
        }

        if (cName < 0 || neighbourColumns.Count == 0)
        {
            found.Add(new DataProblem(path, "the header row lacks 'LA Name' or the SN1...SN10 columns") { Line = rows[headerIndex].Row, Expected = "LA num, LA Name, GOReg, SN1, SNP ... SN10, SNP", Code = "SEND-SN-HEADER" });
        }

        var legacy = false;
        foreach (var (rowNumber, cells) in rows.Skip(headerIndex + 1))
        {
            string Cell(int c) => c >= 0 && c < cells.Length ? cells[c]?.Trim() ?? string.Empty : string.Empty;
            var first = cells.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c))?.Trim();
            if (first is null)
            {
                continue;
            }

            if (first.StartsWith("Old SNs", StringComparison.OrdinalIgnoreCase))
            {
                legacy = true;
                continue;
            }

            var number = Cell(cNum);
            if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                found.Add(new DataProblem(path, "the LA number is not a number; row skipped") { Line = rowNumber, Field = "LA num", Value = number, Expected = "a three-digit LA number", Code = "SEND-SN-ROW" });
                continue;
            }

            var neighbours = new List<Neighbour>();
            foreach (var (c, p) in neighbourColumns)
            {
                var code = Cell(c);
                if (code.Length == 0 || code == "-")
                {
                    continue;
                }

                var proximity = p >= 0 ? Cell(p) : string.Empty;
                neighbours.Add(new Neighbour(code, proximity.Length == 0 || proximity == "-" ? null : proximity));
            }

            councils.Add(new NeighbourCouncil(number, Cell(cName), Cell(cRegion), legacy));
            if (!legacy || members.All(m => m.Key != number))
            {
                members.Add(new KeyValuePair<string, IReadOnlyList<Neighbour>>(number, neighbours));
            }
        }

        return new StatisticalNeighbourWorkbook(new ComparatorSet("DfE statistical neighbours", version, effectiveFrom, members), councils);
    }
}
