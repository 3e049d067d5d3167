using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Send.Domain.Calendars;
using Send.Domain.Validation;

namespace Send.Domain.Finance.Io;

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
            return new LoadResult<DeficitTableDocument>(null, schema);
        }

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var f = new JsonFields(source);
        var decimals = f.Int(root, "decimals", string.Empty) ?? 3;
        var convention = f.Enum<SignConvention>(root, "sign_convention", string.Empty) ?? SignConvention.DeficitPositive;
        var contributions = f.Enum<ContributionPresentation>(root, "contributions", string.Empty) ?? ContributionPresentation.Signed;
        var rows = new List<PublishedDeficitRow>();
        foreach (var (row, path) in f.Array(root, "years", string.Empty))
        {
            var year = f.Year(row, "year", path);
            var status = f.Enum<DsgYearStatus>(row, "status", path) ?? DsgYearStatus.Forecast;
            var bf = Figure(f, row, "brought_forward", path, decimals, true);
            var inYear = Figure(f, row, "in_year", path, decimals, true);
            var sv = Figure(f, row, "safety_valve", path, decimals, true);
            var local = Figure(f, row, "local", path, decimals, true);
            var other = Figure(f, row, "other", path, decimals, false);
            var cf = Figure(f, row, "carried_forward", path, decimals, true);
            if (year is { } y && bf is { } b && inYear is { } i && sv is { } s && local is { } l && cf is { } c)
            {
                rows.Add(new PublishedDeficitRow(y, status, b, i, s, l, other, c));
            }
        }

        SafetyValveAgreement? agreement = null;
        if (JsonFields.Has(root, "safety_valve"))
        {
            agreement = ReadAgreement(f, root.GetProperty("safety_valve"), "safety_valve", f.String(root, "authority", string.Empty) ?? "(authority not given)");
        }

        if (f.Problems.Any(p => p.Severity == DataProblemSeverity.Error))
        {
            return new LoadResult<DeficitTableDocument>(null, f.Problems.ToArray());
        }

        var table = new PublishedDeficitTable(source, rows, decimals, convention, contributions, f.String(root, "title", string.Empty));
        return new LoadResult<DeficitTableDocument>(new DeficitTableDocument(table, f.String(root, "authority", string.Empty), agreement), f.Problems.ToArray());
    }

    private static Money? Figure(JsonFields f, JsonElement row, string name, string path, int decimals, bool required)
    {
        var value = f.Decimal(row, name, path, required);
        if (value is not decimal d)
        {
            return null;
        }

        var unit = RoundingTolerance.Unit(decimals);
        if (d % unit != 0m)
        {
            f.Problems.Add(new DataProblem(f.SourceName, $"the figure has more decimal places than the table's {decimals}")
            {
                Field = path + "." + name,
                Value = d.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Expected = $"a figure printed to {decimals} dp, as in the paper",
                Severity = DataProblemSeverity.Warning,
                Code = "SEND-FIN-DATA",
            });
        }

        return Money.FromMillions(d);
    }

    private static SafetyValveAgreement? ReadAgreement(JsonFields f, JsonElement element, string path, string authority)
    {
        var signed = f.Date(element, "signed", path);
        var first = f.Year(element, "first_year", path);
        var last = f.Year(element, "last_year", path);
        var total = f.Money(element, "total_dfe_contribution", path, 1_000_000m, true);
        var la = f.Money(element, "la_contribution", path, 1_000_000m);
        var payments = new List<SafetyValvePayment>();
        foreach (var (p, pPath) in f.Array(element, "payments", path))
        {
            var year = f.Year(p, "year", pPath);
            var amount = f.Money(p, "amount", pPath, 1_000_000m, true);
            var status = f.Enum<PaymentStatus>(p, "status", pPath, true);
            var date = f.Date(p, "date", pPath);
            var note = f.String(p, "note", pPath);
            if (year is { } y && amount is { } a && status is { } s)
            {
                if (a.IsNegative)
                {
                    f.Error(pPath + ".amount", "a payment cannot be negative", a.ToString(MoneyFormat.Millions(3)), "a positive amount in £m");
                    continue;
                }

                payments.Add(new SafetyValvePayment(y, a, s, date, note));
            }
        }

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

        var agreement = new SafetyValveAgreement(authority, signed, fy, ly, t, new PaymentSchedule(payments), conditions, la);
        f.Problems.AddRange(agreement.Check(f.SourceName));
        return agreement;
    }

    private static SafetyValveCondition? ReadCondition(JsonFields f, JsonElement c, string path)
    {
        var id = f.String(c, "id", path, true) ?? string.Empty;
        var text = f.String(c, "text", path, true) ?? string.Empty;
        var kind = f.String(c, "kind", path, true);
        var rag = f.Enum<RagStatus>(c, "rag", path) ?? RagStatus.NotRated;
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

        return condition is null ? null : condition with { Rag = rag, Commentary = commentary };
    }
}
