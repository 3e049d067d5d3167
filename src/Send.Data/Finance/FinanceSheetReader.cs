using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Send.Domain.Calendars;
using Send.Domain.Finance;
using Send.Domain.Validation;

namespace Send.Data.Finance;

/// <summary>
/// Reads a DSG deficit table or a savings programme kept in a workbook (<c>book.xlsx#DSG!B4:H12</c>) or a CSV file,
/// as printed, with a <see cref="FinanceSheetMap"/> saying which label is which field.
/// </summary>
/// <remarks>
/// <para>
/// The sheet is turned into the very JSON document its file format describes (every figure as the text the cell
/// prints), which <see cref="DeficitTableReader"/> or <see cref="MultiYearSavingsProgrammeReader"/> then reads: one
/// set of rules for both. Each problem about a figure is put back on its cell, <c>book.xlsx(DSG!C7)</c> or
/// <c>table.csv(12,3)</c>, and <see cref="LoadResult{T}.Locate"/> does the same for problems found later (a
/// reconciliation's).
/// </para>
/// <para>
/// A deficit table may have the years across (council papers: a header row of years such as
/// <c>Outturn 2023/24</c>, whose word gives the year's status, and one row per line labelled in the first column) or
/// down (a header row of field labels, one row per year). A savings programme has one row per strand and a
/// <c>Total</c> row for the stated target and forecast; for one year, columns for the figures (target, forecast,
/// delivered, RAG, commentary); over several, a header row of years, optionally over a row saying which figure each
/// column is (<c>Target</c>, <c>Forecast</c>), and optionally a <c>Total</c> column.
/// </para>
/// <para>
/// Built-in labels (matched whatever their case and spacing; a map adds its own): see <see cref="DeficitLabels"/>
/// and <see cref="SavingsLabels"/>. A label that is neither a field nor under the map's <c>ignore</c> is an error
/// (with "did you mean"), never skipped. Stateless.
/// </para>
/// </remarks>
public static partial class FinanceSheetReader
{
    /// <summary>The built-in labels of a deficit table's lines, by field.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> DeficitLabels = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["year"] = new[] { "Year", "Financial year" },
        ["status"] = new[] { "Status" },
        ["brought_forward"] = new[] { "b/f", "Balance brought forward", "Cumulative deficit b/f", "Cumulative deficit brought forward", "Cumulative DSG deficit brought forward", "DSG deficit b/f", "Deficit b/f", "Opening balance", "Opening deficit", "Opening cumulative deficit" },
        ["in_year"] = new[] { "In-year", "In-year deficit", "In year deficit", "In-year deficit (before contributions)", "In-year DSG deficit (before contributions)", "In-year movement", "In-year overspend", "In-year deficit/(surplus)", "In-year pressure" },
        ["safety_valve"] = new[] { "SV", "Safety Valve", "Safety Valve contribution", "Safety Valve payment", "Safety Valve funding", "DfE Safety Valve contribution", "DfE contribution" },
        ["local"] = new[] { "Local", "Local contribution", "Local general fund contribution", "General fund contribution", "LA contribution", "Council contribution" },
        ["other"] = new[] { "Other", "Other contribution", "Other contributions", "Other adjustments" },
        ["carried_forward"] = new[] { "c/f", "Balance carried forward", "Cumulative deficit c/f", "Cumulative deficit carried forward", "Cumulative DSG deficit carried forward", "DSG deficit c/f", "Deficit c/f", "Closing balance", "Closing deficit", "Closing cumulative deficit" },
    };

    /// <summary>The built-in labels of a savings programme's columns, by field (<c>total</c> is the row or column of totals).</summary>
    public static readonly IReadOnlyDictionary<string, string[]> SavingsLabels = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["name"] = new[] { "Strand", "Savings strand", "Workstream", "Scheme", "Savings scheme", "Project", "Saving" },
        ["year"] = new[] { "Year", "Financial year" },
        ["target"] = new[] { "Target", "Savings target", "Target saving", "Planned saving", "Planned savings", "Plan" },
        ["forecast"] = new[] { "Forecast", "Forecast saving", "Forecast savings", "Forecast delivery", "Projected" },
        ["delivered"] = new[] { "Delivered", "Delivered to date", "Achieved", "Actual" },
        ["rag"] = new[] { "RAG", "RAG status", "RAG rating" },
        ["commentary"] = new[] { "Commentary", "Comments", "Comment", "Notes" },
        ["total"] = new[] { "Total", "Total savings", "Programme total", "Grand total", "Total over the years" },
    };

    /// <summary>Reads a DSG deficit table from a sheet or CSV file.</summary>
    /// <param name="location">Where the table is.</param>
    /// <param name="map">Which label is which field; null for the built-in labels.</param>
    /// <returns>The document, or the problems, each on its cell.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="location"/> is null.</exception>
    public static LoadResult<DeficitTableDocument> ReadDeficitTable(SheetLocation location, FinanceSheetMap? map = null)
    {
        ArgumentNullException.ThrowIfNull(location);
        return Read(location, map ?? FinanceSheetMap.Default, DeficitFields(), DeficitLabels, BuildDeficit, DeficitTableReader.Read);
    }

    /// <summary>Reads a savings programme, for one year or over several, from a sheet or CSV file.</summary>
    /// <param name="location">Where the table is.</param>
    /// <param name="map">Which label is which field; null for the built-in labels.</param>
    /// <returns>The programme, or the problems, each on its cell.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="location"/> is null.</exception>
    public static LoadResult<MultiYearSavingsProgramme> ReadSavingsProgramme(SheetLocation location, FinanceSheetMap? map = null)
    {
        ArgumentNullException.ThrowIfNull(location);
        return Read(location, map ?? FinanceSheetMap.Default, SavingsFields(), SavingsLabels, BuildSavings, MultiYearSavingsProgrammeReader.Read);
    }

    private delegate void Builder(SheetGrid grid, SheetLabels labels, JsonObject root, FieldPathMap<SheetGrid.Cell> cells, List<DataProblem> problems);

    private static LoadResult<T> Read<T>(SheetLocation location, FinanceSheetMap map, IReadOnlyCollection<string> known, IReadOnlyDictionary<string, string[]> builtIn, Builder build, Func<string, string, LoadResult<T>> read)
        where T : class
    {
        var problems = new List<DataProblem>();
        var grid = SheetGrid.Read(location, problems);
        var labels = new SheetLabels(builtIn, known, map, problems);
        if (grid is null || problems.Count > 0)
        {
            return new LoadResult<T>(null, problems);
        }

        var root = map.TableJson is { } table ? JsonNode.Parse(table)!.AsObject() : new JsonObject();
        var fromMap = root.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var cells = new FieldPathMap<SheetGrid.Cell>();
        build(grid, labels, root, cells, problems);
        if (problems.Count > 0)
        {
            return new LoadResult<T>(null, problems);
        }

        DataProblem Locate(DataProblem p)
        {
            if (p.Source != grid.Name)
            {
                return p;
            }

            if (cells.TryFind(p.Field, out var cell, out _))
            {
                return grid.Place(p, cell);
            }

            var top = p.Field?.Split('.', '[')[0];
            return top is not null && fromMap.Contains(top) && map.Source is not null
                ? p with { Source = map.Source, Field = "table." + p.Field, Line = null, Column = null }
                : p with { Line = null, Column = null };
        }

        var loaded = read(root.ToJsonString(), grid.Name);
        return new LoadResult<T>(loaded.Value, loaded.Problems.Select(Locate).ToArray(), Locate);
    }

    private static string[] DeficitFields() => FieldsOf(FinanceSchemas.DeficitTable, "years");

    private static string[] SavingsFields() => FieldsOf(FinanceSchemas.SavingsProgramme, "strands").Where(f => f != "years").Append("total").Distinct().ToArray();

    /// <summary>The properties of one item of an array in a schema: the fields a map may name (so a field added to the format is known at once).</summary>
    private static string[] FieldsOf(string schema, string array) =>
        JsonNode.Parse(schema)!["properties"]![array]!["items"]!["properties"]!.AsObject().Select(p => p.Key).Where(k => k != "notes").ToArray();

    private static void BuildDeficit(SheetGrid grid, SheetLabels labels, JsonObject root, FieldPathMap<SheetGrid.Cell> cells, List<DataProblem> problems)
    {
        var years = new JsonArray();
        var units = root["column_units"] as JsonObject ?? new JsonObject();
        var header = grid.Rows.Take(10).FirstOrDefault(r => r.Cells.Skip(1).Any(c => YearOf(c.Text) is not null));
        if (header is not null)
        {
            // Years across: a header row of years, one row per line.
            var yearCells = header.Cells.Where(c => YearOf(c.Text) is not null).ToList();
            var first = yearCells[0].Column;
            foreach (var cell in header.Cells.Where(c => c.Column < first && c.Text.Length > 0))
            {
                if (SheetLabels.Key(cell.Text).Unit is { } unit && SheetLabels.Key(cell.Text).Key.Length == 0 && root["unit"] is null)
                {
                    root["unit"] = unit;
                }
            }

            CheckOtherColumns(grid, labels, header.Cells.Where(c => c.Column > first && c.Text.Length > 0 && YearOf(c.Text) is null), problems);
            for (var j = 0; j < yearCells.Count; j++)
            {
                var (label, status) = YearOf(yearCells[j].Text)!.Value;
                var year = new JsonObject { ["year"] = label };
                cells.Add($"years[{j}]", yearCells[j]);
                if (status is not null)
                {
                    year["status"] = status;
                }

                years.Add((JsonNode)year);
            }

            var seen = new Dictionary<string, SheetGrid.Cell>(StringComparer.Ordinal);
            foreach (var row in grid.Rows.SkipWhile(r => r != header).Skip(1))
            {
                var labelCell = row.Cells.FirstOrDefault(c => c.Column < first && c.Text.Length > 0);
                var figures = yearCells.Select(y => row.Cells.FirstOrDefault(c => c.Column == y.Column) ?? new SheetGrid.Cell(row.Number, y.Column, string.Empty)).ToArray();
                if (labelCell is null)
                {
                    if (figures.FirstOrDefault(f => f.Text.Length > 0) is { } lone)
                    {
                        problems.Add(grid.Problem(lone, "a row of figures has no label", "a label in the first column saying which line it is (b/f, in-year, Safety Valve, local, c/f)"));
                    }

                    continue;
                }

                if (Field(grid, labels, labelCell, "line", seen, problems) is not { } field)
                {
                    continue;
                }

                if (SheetLabels.Key(labelCell.Text).Unit is { } unit)
                {
                    units[field] = unit;
                }

                for (var j = 0; j < figures.Length; j++)
                {
                    cells.Add($"years[{j}].{field}", figures[j]);
                    if (figures[j].Text.Length > 0)
                    {
                        years[j]![field] = Value(field, figures[j].Text);
                    }
                }
            }
        }
        else
        {
            // Years down: a header row of field labels, one row per year.
            var columns = Columns(grid, labels, grid.Rows[0], problems);
            if (!columns.Values.Contains("year") && problems.Count == 0)
            {
                problems.Add(grid.Problem(grid.Rows[0].Cells.First(c => c.Text.Length > 0), "no row of years and no Year column", "years across a header row (Outturn 2023/24, Forecast 2024/25) or a column headed Year"));
            }

            foreach (var row in grid.Rows.Skip(1))
            {
                var j = years.Count;
                var year = new JsonObject();
                cells.Add($"years[{j}]", row.Cells.First(c => c.Text.Length > 0));
                foreach (var (column, field) in columns)
                {
                    var cell = row.Cells.FirstOrDefault(c => c.Column == column) ?? new SheetGrid.Cell(row.Number, column, string.Empty);
                    cells.Add($"years[{j}].{field}", cell);
                    if (cell.Text.Length > 0)
                    {
                        year[field] = field == "year" && YearOf(cell.Text) is { } y ? y.Label : Value(field, cell.Text);
                    }
                }

                years.Add((JsonNode)year);
            }

            foreach (var (column, field) in columns)
            {
                if (SheetLabels.Key(grid.Rows[0].Cells.First(c => c.Column == column).Text).Unit is { } unit)
                {
                    units[field] = unit;
                }
            }
        }

        if (units.Count > 0)
        {
            root["column_units"] = units;
        }

        root["years"] = years;
    }

    private static void BuildSavings(SheetGrid grid, SheetLabels labels, JsonObject root, FieldPathMap<SheetGrid.Cell> cells, List<DataProblem> problems)
    {
        var header = grid.Rows.Take(10).FirstOrDefault(r => r.Cells.Any(c => YearOf(c.Text) is not null)) ?? grid.Rows[0];
        var yearCells = header.Cells.Where(c => YearOf(c.Text) is not null).ToList();
        var strands = new JsonArray();
        if (yearCells.Count == 0)
        {
            // One year: a column per figure.
            var columns = Columns(grid, labels, header, problems);
            if (!columns.Values.Contains("name"))
            {
                problems.Add(grid.Problem(header.Cells.First(c => c.Text.Length > 0), "no column of strand names", "a column headed Strand (or a label the map gives for name)"));
                return;
            }

            var nameColumn = columns.First(c => c.Value == "name").Key;
            var hasTotal = false;
            foreach (var row in grid.Rows.SkipWhile(r => r != header).Skip(1))
            {
                var nameCell = Cell(row, nameColumn);
                var isTotal = labels.Resolve(nameCell.Text).Field == "total";
                var k = strands.Count;
                var strand = new JsonObject();
                foreach (var (column, field) in columns)
                {
                    var cell = Cell(row, column);
                    if (isTotal)
                    {
                        if (field is "target" or "forecast")
                        {
                            cells.Add(field, cell);
                            if (cell.Text.Length > 0)
                            {
                                root[field] = cell.Text;
                            }
                        }

                        continue;
                    }

                    cells.Add($"strands[{k}].{field}", cell);
                    if (cell.Text.Length > 0)
                    {
                        strand[field] = field == "year" && YearOf(cell.Text) is { } y ? y.Label : Value(field, cell.Text);
                    }
                }

                hasTotal |= isTotal;
                if (!isTotal)
                {
                    cells.Add($"strands[{k}]", nameCell);
                    strands.Add((JsonNode)strand);
                }
            }

            if (root["year"] is null && strands.Select(s => (string?)s!["year"]).FirstOrDefault(y => y is not null) is { } firstYear)
            {
                root["year"] = firstYear;
            }

            if (root["year"] is null)
            {
                problems.Add(new DataProblem(grid.Name, "the programme's year is not in the sheet") { Expected = "a Year column, or \"table\": { \"year\": \"2024/25\" } in the map", Code = ProblemCodes.FinanceSheet });
            }

            if (!hasTotal && root["target"] is null)
            {
                problems.Add(new DataProblem(grid.Name, "no Total row gives the programme's target") { Expected = "a row named Total under the strands, or \"table\": { \"target\": ... } in the map", Code = ProblemCodes.FinanceSheet });
            }
        }
        else
        {
            BuildSavingsYears(grid, labels, root, cells, problems, header, yearCells, strands);
        }

        root["name"] ??= grid.Sheet ?? grid.Location.FileName;
        root["strands"] = strands;
    }

    private static void BuildSavingsYears(SheetGrid grid, SheetLabels labels, JsonObject root, FieldPathMap<SheetGrid.Cell> cells, List<DataProblem> problems, SheetGrid.Row header, List<SheetGrid.Cell> yearCells, JsonArray strands)
    {
        // Several years: a header row of years (a merged cell spans its figures), maybe a row below naming each column's figure.
        var below = grid.Rows.SkipWhile(r => r != header).Skip(1).FirstOrDefault();
        var measures = below is not null && below.Cells.Any(c => c.Column >= yearCells[0].Column && labels.Resolve(c.Text).Field is "target" or "forecast" or "delivered") ? below : null;
        var columns = new Dictionary<int, (string? Year, string Field)>();
        string? current = null;
        var last = Math.Max(header.Cells.Max(c => c.Column), measures?.Cells.Max(c => c.Column) ?? 0);
        for (var column = header.Cells.Min(c => c.Column); column <= last; column++)
        {
            var top = Cell(header, column);
            var sub = measures is null ? null : Cell(measures, column);
            if (YearOf(top.Text) is { } y)
            {
                current = y.Label;
            }
            else if (top.Text.Length > 0)
            {
                current = null;
                if (Field(grid, labels, top, "column", null, problems) is { } field)
                {
                    columns[column] = (null, field);
                }

                continue;
            }

            if (current is null)
            {
                if (sub is { Text.Length: > 0 } && Field(grid, labels, sub, "column", null, problems) is { } subField)
                {
                    columns[column] = (null, subField);
                }

                continue;
            }

            var measure = sub is { Text.Length: > 0 } ? labels.Resolve(sub.Text) : (Field: "target", Ignored: false, Unit: null, Suggestion: null);
            if (measure.Ignored)
            {
                continue;
            }

            if (measure.Field is not ("target" or "forecast" or "delivered" or "rag" or "commentary"))
            {
                problems.Add(grid.Problem(sub!, "not a figure of a year" + (measure.Suggestion is { } s ? $" (did you mean {s}?)" : string.Empty), "Target, Forecast, Delivered, RAG or Commentary under a year, or the label under ignore in the map"));
                continue;
            }

            columns[column] = (current, measure.Field);
        }

        if (!columns.Values.Any(c => c.Year is null && c.Field == "name"))
        {
            problems.Add(grid.Problem(header.Cells.First(c => c.Text.Length > 0), "no column of strand names", "a column headed Strand (or a label the map gives for name)"));
            return;
        }

        var nameColumn = columns.First(c => c.Value is (null, "name")).Key;
        var yearLabels = columns.Values.Where(c => c.Year is not null).Select(c => c.Year!).Distinct().ToList();
        var years = new JsonArray(yearLabels.Select(y => (JsonNode)new JsonObject { ["year"] = y }).ToArray());
        for (var j = 0; j < yearLabels.Count; j++)
        {
            cells.Add($"years[{j}]", yearCells.First(c => YearOf(c.Text)!.Value.Label == yearLabels[j]));
        }

        var hasTotal = false;
        foreach (var row in grid.Rows.SkipWhile(r => r != (measures ?? header)).Skip(1))
        {
            var nameCell = Cell(row, nameColumn);
            var isTotal = labels.Resolve(nameCell.Text).Field == "total";
            var k = strands.Count;
            var strand = new JsonObject { ["name"] = nameCell.Text };
            var entries = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
            foreach (var (column, (year, field)) in columns)
            {
                var cell = Cell(row, column);
                if (year is null)
                {
                    if (field == "name")
                    {
                        continue;
                    }

                    var path = isTotal ? (field == "total" ? "target" : null) : $"strands[{k}].{field}";
                    if (path is not null)
                    {
                        cells.Add(path, cell);
                        if (cell.Text.Length > 0)
                        {
                            (isTotal ? root : strand)[isTotal ? "target" : field] = Value(field, cell.Text);
                        }
                    }

                    continue;
                }

                var j = yearLabels.IndexOf(year);
                if (isTotal)
                {
                    if (field is "target" or "forecast")
                    {
                        cells.Add($"years[{j}].{field}", cell);
                        if (cell.Text.Length > 0)
                        {
                            years[j]![field] = cell.Text;
                        }
                    }

                    continue;
                }

                if (cell.Text.Length == 0)
                {
                    continue;
                }

                if (!entries.TryGetValue(year, out var entry))
                {
                    entry = new JsonObject { ["year"] = year };
                    entries[year] = entry;
                }

                entry[field] = Value(field, cell.Text);
            }

            hasTotal |= isTotal;
            if (isTotal)
            {
                continue;
            }

            cells.Add($"strands[{k}]", nameCell);
            var list = new JsonArray();
            foreach (var year in yearLabels.Where(entries.ContainsKey))
            {
                var e = list.Count;
                cells.Add($"strands[{k}].years[{e}]", nameCell);
                foreach (var (column, (y, field)) in columns.Where(c => c.Value.Year == year))
                {
                    cells.Add($"strands[{k}].years[{e}].{field}", Cell(row, column));
                }

                list.Add((JsonNode)entries[year]);
            }

            strand["years"] = list;
            strands.Add((JsonNode)strand);
        }

        if (!hasTotal)
        {
            problems.Add(new DataProblem(grid.Name, "no Total row gives each year's target") { Expected = "a row named Total under the strands", Code = ProblemCodes.FinanceSheet });
        }

        root["years"] = years;
    }

    private static SheetGrid.Cell Cell(SheetGrid.Row row, int column) =>
        row.Cells.FirstOrDefault(c => c.Column == column) ?? new SheetGrid.Cell(row.Number, column, string.Empty);

    /// <summary>The header's columns, by column number, each a field; an unknown label is a problem.</summary>
    private static Dictionary<int, string> Columns(SheetGrid grid, SheetLabels labels, SheetGrid.Row header, List<DataProblem> problems)
    {
        var columns = new Dictionary<int, string>();
        var seen = new Dictionary<string, SheetGrid.Cell>(StringComparer.Ordinal);
        foreach (var cell in header.Cells.Where(c => c.Text.Length > 0))
        {
            if (Field(grid, labels, cell, "column", seen, problems) is { } field)
            {
                columns[cell.Column] = field;
            }
        }

        return columns;
    }

    private static void CheckOtherColumns(SheetGrid grid, SheetLabels labels, IEnumerable<SheetGrid.Cell> headers, List<DataProblem> problems)
    {
        foreach (var cell in headers)
        {
            if (!labels.Resolve(cell.Text).Ignored)
            {
                problems.Add(grid.Problem(cell, "a column of the table that is not a year", "a year label such as 'Forecast 2024/25', or the label under ignore in the map (a Total column)"));
            }
        }
    }

    /// <summary>The field a label names, or null after recording why not (unknown, or given twice); null and no problem when the map ignores it.</summary>
    private static string? Field(SheetGrid grid, SheetLabels labels, SheetGrid.Cell cell, string what, Dictionary<string, SheetGrid.Cell>? seen, List<DataProblem> problems)
    {
        var (field, ignored, _, suggestion) = labels.Resolve(cell.Text);
        if (ignored)
        {
            return null;
        }

        if (field is null)
        {
            problems.Add(grid.Problem(
                cell,
                $"not a {what} Send knows" + (suggestion is not null ? $" (did you mean {suggestion}?)" : string.Empty),
                "a label of the table's format (docs/finance.md, 'From the workbook'), a label the map gives under fields, or the label under ignore"));
            return null;
        }

        if (seen is not null && !seen.TryAdd(field, cell))
        {
            problems.Add(grid.Problem(cell, $"a second {what} for {field} (the first is {seen[field].Reference})", $"each field once"));
            return null;
        }

        return field;
    }

    /// <summary>A cell's text as the JSON file would give it: words such as <c>Outturn</c> or <c>Not rated</c> as the format's values, figures as printed.</summary>
    private static string Value(string field, string text) => field is "status" or "rag"
        ? string.Join('_', text.ToLowerInvariant().Split(new[] { ' ', '-' }, StringSplitOptions.RemoveEmptyEntries))
        : text;

    /// <summary>A year label in a header (<c>Forecast 2024/25</c>, <c>2024-25</c>, <c>2024/2025</c>) and the status its word gives, if any.</summary>
    private static (string Label, string? Status)? YearOf(string text)
    {
        var match = YearLabel().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var end = match.Groups["end"].Value;
        if (!FinancialYear.TryParse(match.Groups["start"].Value + "/" + end.Substring(end.Length - 2), out var year))
        {
            return null;
        }

        var words = text.ToLowerInvariant();
        var status = words.Contains("outturn", StringComparison.Ordinal) || words.Contains("actual", StringComparison.Ordinal) ? "outturn"
            : words.Contains("budget", StringComparison.Ordinal) ? "budget"
            : words.Contains("forecast", StringComparison.Ordinal) || words.Contains("projected", StringComparison.Ordinal) || words.Contains("projection", StringComparison.Ordinal) ? "forecast"
            : null;
        return (year.ToString(), status);
    }

    [GeneratedRegex(@"(?<!\d)(?<start>(19|20)\d{2})\s*[/\-–]\s*(?<end>\d{2}|(19|20)\d{2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex YearLabel();
}
