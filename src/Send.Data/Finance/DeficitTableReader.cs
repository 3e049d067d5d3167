using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Send.Domain.Finance;
using Send.Domain.Validation;

namespace Send.Data.Finance;

/// <summary>
/// Reads a published DSG deficit table file (<c>docs/schemas/finance-deficit-table.schema.json</c>): first against
/// the schema, then field by field, so every problem names the field (<c>years[1].in_year</c>) and, for schema
/// problems, the line.
/// </summary>
/// <remarks>
/// Loading does not reconcile: run <see cref="DeficitTableReconciler"/> on the table to find rows that do not add
/// up, broken links and missing years. Stateless.
/// </remarks>
public static class DeficitTableReader
{
    /// <summary>Reads a deficit table from JSON text.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="source">The file name to put in problems.</param>
    /// <returns>The document, or the problems.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static LoadResult<DeficitTableDocument> Read(string json, string source)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        var schema = FinanceSchemas.DeficitTableSchema.Validate(json, source);
        if (schema.Count > 0)
        {
            return new LoadResult<DeficitTableDocument>(null, NameYears(json, schema));
        }

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var f = new JsonFields(source);
        var unit = ReadUnit(f, root, "unit", string.Empty) ?? FigureUnit.Millions;
        var columnUnits = new Dictionary<string, FigureUnit>(StringComparer.Ordinal);
        if (JsonFields.Has(root, "column_units") && root.GetProperty("column_units").ValueKind == JsonValueKind.Object)
        {
            foreach (var column in root.GetProperty("column_units").EnumerateObject())
            {
                if (ReadUnit(f, root.GetProperty("column_units"), column.Name, "column_units") is { } u)
                {
                    columnUnits[column.Name] = u;
                }
            }
        }

        var declared = f.Int(root, "decimals", string.Empty);
        var convention = f.Enum<SignConvention>(root, "sign_convention", string.Empty) ?? SignConvention.DeficitPositive;
        var contributions = f.Enum<ContributionPresentation>(root, "contributions", string.Empty) ?? ContributionPresentation.Signed;
        var rows = new List<PublishedDeficitRow>();
        var places = new List<int>();
        foreach (var (row, path) in f.Array(root, "years", string.Empty))
        {
            FigureUnit UnitOf(string column) => columnUnits.TryGetValue(column, out var u) ? u : unit;
            Figure? Read(string name, bool required = true) => ReadFigure(f, row, name, path, declared, UnitOf(name), required);
            var year = f.Year(row, "year", path);
            var status = f.Enum<DsgYearStatus>(row, "status", path) ?? DsgYearStatus.Forecast;
            var bf = Read("brought_forward");
            var inYear = Read("in_year");
            var sv = Read("safety_valve");
            var local = Read("local");
            var other = Read("other", required: false);
            var cf = Read("carried_forward");
            var notes = ReadNotes(f, row, path);
            if (year is { } y && bf is { } b && inYear is { } i && sv is { } s && local is { } l && cf is { } c)
            {
                places.AddRange(new[] { b, i, s, l, c }.Concat(other is { } o2 ? new[] { o2 } : Array.Empty<Figure>()).Where(x => x.FromText).Select(x => x.Decimals));
                rows.Add(new PublishedDeficitRow(y, status, b.Amount, i.Amount, s.Amount, l.Amount, other?.Amount, c.Amount)
                {
                    Decimals = new FigureDecimals(b.Own, i.Own, s.Own, l.Own, other?.Own, c.Own),
                    Notes = notes,
                    Lines = DeficitLinesReader.ReadRowLines(f, row, path, declared, unit),
                });
            }
        }

        // The table's places of £m: as declared (in the table's unit), else the finest a printed text shows, else 3.
        var decimals = Math.Clamp(declared is int d0 ? d0 + Shift(unit) : places.Count > 0 ? places.Where(p => p < 12).DefaultIfEmpty(3).Max() : 3, 0, 12);
        rows = rows.Select(r => r with { Decimals = Simplify(r.Decimals, decimals) }).ToList();

        SafetyValveAgreement? agreement = null;
        if (JsonFields.Has(root, "safety_valve"))
        {
            agreement = ReadAgreement(f, root.GetProperty("safety_valve"), "safety_valve", f.String(root, "authority", string.Empty) ?? "(authority not given)");
        }

        var scenarios = DeficitLinesReader.ReadScenarios(f, root, declared, unit);
        var versions = DeficitLinesReader.ReadPlanVersions(f, root, declared, unit, rows);
        if (f.Problems.Any(p => p.Severity == DataProblemSeverity.Error))
        {
            return new LoadResult<DeficitTableDocument>(null, JsonFields.Locate(f.Problems, json));
        }

        var table = new PublishedDeficitTable(source, rows, decimals, convention, contributions, f.String(root, "title", string.Empty))
        {
            Scenarios = scenarios,
            PlanVersions = versions,
        };
        return new LoadResult<DeficitTableDocument>(new DeficitTableDocument(table, f.String(root, "authority", string.Empty), agreement), JsonFields.Locate(f.Problems, json));
    }

    /// <summary>Puts the year label in front of schema problems about a row, so "years[1].in_year" also says "2024/25".</summary>
    private static IReadOnlyList<DataProblem> NameYears(string json, IReadOnlyList<DataProblem> problems)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (!JsonFields.Has(document.RootElement, "years") || document.RootElement.GetProperty("years").ValueKind != JsonValueKind.Array)
            {
                return problems;
            }

            var labels = document.RootElement.GetProperty("years").EnumerateArray()
                .Select(y => y.ValueKind == JsonValueKind.Object && y.TryGetProperty("year", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null)
                .ToArray();
            return problems.Select(p =>
            {
                if (p.Field is null || !p.Field.StartsWith("years[", StringComparison.Ordinal))
                {
                    return p;
                }

                var close = p.Field.IndexOf(']', StringComparison.Ordinal);
                return close > 6
                    && int.TryParse(p.Field.AsSpan(6, close - 6), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
                    && index < labels.Length && labels[index] is string label
                    ? p with { Message = label + ": " + p.Message }
                    : p;
            }).ToArray();
        }
        catch (JsonException)
        {
            return problems;
        }
    }

    /// <summary>One figure as read: its amount, its places of £m, whether they came from printed text, and the places to record on the row (null when as the table).</summary>
    internal sealed record Figure(Money Amount, int Decimals, bool FromText)
    {
        public int? Own => FromText ? Decimals : null;
    }

    /// <summary>The largest amount accepted (£1,000bn): anything larger is a unit mistake, and keeps sums far from overflow.</summary>
    internal static readonly Money Largest = Money.FromBillions(1_000m);

    private static int Shift(FigureUnit unit) => unit switch { FigureUnit.Thousands => 3, FigureUnit.Pounds => 6, _ => 0 };

    private static FigureDecimals Simplify(FigureDecimals d, int table) => new(
        d.BroughtForward == table ? null : d.BroughtForward,
        d.InYear == table ? null : d.InYear,
        d.SafetyValve == table ? null : d.SafetyValve,
        d.Local == table ? null : d.Local,
        d.Other == table ? null : d.Other,
        d.CarriedForward == table ? null : d.CarriedForward);

    private static FigureUnit? ReadUnit(JsonFields f, JsonElement parent, string name, string path)
    {
        var text = f.String(parent, name, path);
        switch (text)
        {
            case null:
                return null;
            case "£m":
                return FigureUnit.Millions;
            case "£000":
            case "£k":
                return FigureUnit.Thousands;
            case "£":
                return FigureUnit.Pounds;
            default:
                f.Error(path.Length == 0 ? name : path + "." + name, "not a unit", text, "£m, £000 or £");
                return null;
        }
    }

    internal static Figure? ReadFigure(JsonFields f, JsonElement row, string name, string path, int? declared, FigureUnit unit, bool required)
    {
        var field = path + "." + name;
        if (JsonFields.Has(row, name) && row.GetProperty(name).ValueKind == JsonValueKind.String)
        {
            var text = row.GetProperty(name).GetString() ?? string.Empty;
            if (!PrintedFigure.TryParse(text, unit, out var printed, out var error))
            {
                f.Error(field, error, text, PrintedFigure.AcceptedForms);
                return null;
            }

            return Plausible(f, field, printed.Amount, text) ? new Figure(printed.Amount, printed.Decimals, true) : null;
        }

        var value = f.Decimal(row, name, path, required);
        if (value is not decimal d)
        {
            return null;
        }

        var shown = d.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (declared is int places && d % RoundingTolerance.Unit(places) != 0m)
        {
            f.Problems.Add(new DataProblem(f.SourceName, $"the figure has more decimal places than the table's {places}")
            {
                Field = field,
                Value = shown,
                Expected = $"a figure printed to {places} dp, as in the paper",
                Severity = DataProblemSeverity.Warning,
                Code = "SEND-FIN-DATA",
            });
        }

        Money amount;
        try
        {
            amount = Money.FromPounds(d * RoundingTolerance.Unit(-(6 - Shift(unit))));
        }
        catch (OverflowException)
        {
            f.Error(field, "the figure is too large to be an amount of money", shown, $"a figure in {UnitName(unit)} under {Largest.ToString(MoneyFormat.Narrative)}");
            return null;
        }

        return Plausible(f, field, amount, shown) ? new Figure(amount, (declared ?? 3) + Shift(unit), false) : null;
    }

    private static string UnitName(FigureUnit unit) => unit switch { FigureUnit.Thousands => "£000", FigureUnit.Pounds => "£", _ => "£m" };

    private static bool Plausible(JsonFields f, string field, Money amount, string shown)
    {
        if (amount.Abs() <= Largest)
        {
            return true;
        }

        f.Error(field, "the figure is more than £1,000bn; check the unit of the table or column", shown, "a figure under £1,000bn");
        return false;
    }

    private static IReadOnlyList<FigureNote> ReadNotes(JsonFields f, JsonElement row, string path)
    {
        var notes = new List<FigureNote>();
        foreach (var (n, nPath) in f.Array(row, "notes", path))
        {
            var figure = f.Enum<DeficitFigure>(n, "figure", nPath, true);
            var kind = f.Enum<FigureNoteKind>(n, "kind", nPath, true);
            var text = f.String(n, "text", nPath);
            if (figure is { } fig && kind is { } k)
            {
                notes.Add(new FigureNote(fig, k, text));
            }
        }

        return notes;
    }

    private static SafetyValveAgreement? ReadAgreement(JsonFields f, JsonElement element, string path, string authority)
    {
        var signed = f.Date(element, "signed", path);
        var first = f.Year(element, "first_year", path);
        var last = f.Year(element, "last_year", path);
        var total = f.Money(element, "total_dfe_contribution", path, 1_000_000m, true);
        var la = f.Money(element, "la_contribution", path, 1_000_000m);
        var payments = DeficitLinesReader.ReadPayments(f, element, path);

        var conditions = new List<SafetyValveCondition>();
        foreach (var (c, cPath) in f.Array(element, "conditions", path))
        {
            var condition = ReadCondition(f, c, cPath);
            if (condition is not null)
            {
                conditions.Add(condition);
            }
        }

        if (first is not { } fy || last is not { } ly || total is not { } t)
        {
            return null;
        }

        if (ly < fy)
        {
            f.Error(path + ".last_year", "the agreement ends before it starts", ly.ToString(), $"{fy} or later");
            return null;
        }

        var agreement = new SafetyValveAgreement(authority, signed, fy, ly, t, new PaymentSchedule(payments), conditions, la)
        {
            Reprofile = DeficitLinesReader.ReadReprofile(f, element, path, payments),
        };
        f.Problems.AddRange(agreement.Check(f.SourceName));
        return agreement;
    }

    private static SafetyValveCondition? ReadCondition(JsonFields f, JsonElement c, string path)
    {
        var id = f.String(c, "id", path, true) ?? string.Empty;
        var text = f.String(c, "text", path, true) ?? string.Empty;
        var kind = f.String(c, "kind", path, true);
        var history = DeficitLinesReader.ReadHistory(f, c, path);
        var rag = f.Enum<RagStatus>(c, "rag", path) ?? history.LastOrDefault(h => h.Rag != RagStatus.NotRated)?.Rag ?? RagStatus.NotRated;
        var commentary = f.String(c, "commentary", path);
        SafetyValveCondition? condition = null;
        switch (kind)
        {
            case "in_year_balance_by":
                if (f.Year(c, "year", path) is { } y1)
                {
                    condition = SafetyValveCondition.InYearBalanceBy(id, text, y1);
                }

                break;
            case "in_year_deficit_not_exceeding":
                if (f.Year(c, "year", path) is { } y2 && f.Money(c, "amount", path, 1_000_000m, true) is { } limit)
                {
                    condition = SafetyValveCondition.InYearDeficitNotExceeding(id, text, y2, limit);
                }

                break;
            case "cumulative_deficit_not_exceeding":
                var y3 = f.Year(c, "year", path);
                var ceiling = f.Money(c, "amount", path, 1_000_000m, true);
                var basis = f.Enum<CeilingBasis>(c, "basis", path) ?? CeilingBasis.AfterAllContributions;
                var plan = f.Money(c, "plan_figure", path, 1_000_000m);
                if (y3 is { } y && ceiling is { } m)
                {
                    condition = SafetyValveCondition.CumulativeDeficitNotExceeding(id, text, y, m, basis) with { PlanFigure = plan };
                }

                break;
            case "report_by":
                var due = f.Date(c, "due", path);
                if (due is null)
                {
                    f.Error(path + ".due", "a report_by condition needs a due date", expected: "a date in the form YYYY-MM-DD");
                }
                else
                {
                    condition = SafetyValveCondition.ReportBy(id, text, due.Value) with { Submitted = f.Date(c, "submitted", path) };
                }

                break;
            case "delivery":
                condition = SafetyValveCondition.Delivery(id, text);
                break;
        }

        return condition is null ? null : condition with { Rag = rag, Commentary = commentary, History = history };
    }
}
