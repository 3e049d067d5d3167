using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Send.Domain.Finance;

namespace Send.Data.Finance;

/// <summary>
/// Reads the further lines of a deficit table file for <see cref="DeficitTableReader"/>: per year <c>monitoring</c>,
/// <c>statutory_override</c>, <c>funding</c>, <c>high_needs</c> and <c>positions</c>; per table <c>scenarios</c> and
/// <c>plan_versions</c>; in the agreement <c>reprofiled</c> and each condition's <c>history</c>. Every field is
/// optional, so files written before them still load.
/// </summary>
internal static class DeficitLinesReader
{
    public static DeficitRowLines ReadRowLines(JsonFields f, JsonElement row, string path, int? declared, FigureUnit unit)
    {
        if (!new[] { "monitoring", "statutory_override", "funding", "high_needs", "positions" }.Any(n => JsonFields.Has(row, n)))
        {
            return DeficitRowLines.None;
        }

        var positions = new List<MonitoringPosition>();
        foreach (var (p, pPath) in f.Array(row, "positions", path))
        {
            var status = f.Enum<DsgYearStatus>(p, "status", pPath, true);
            var period = Period(f, p, pPath);
            var inYear = Figure(f, p, "in_year", pPath, declared, unit, true);
            if (status is { } s && inYear is { } i)
            {
                positions.Add(new MonitoringPosition(s, period, i));
            }
        }

        return new DeficitRowLines
        {
            Monitoring = Period(f, row, path),
            StatutoryOverride = f.Enum<StatutoryOverrideStatus>(row, "statutory_override", path),
            Funding = JsonFields.Has(row, "funding") ? Funding(f, row.GetProperty("funding"), path + ".funding", declared, unit) : null,
            HighNeeds = JsonFields.Has(row, "high_needs") ? Block(f, row.GetProperty("high_needs"), path + ".high_needs", declared, unit) : null,
            Positions = positions,
        };
    }

    public static IReadOnlyList<ForecastScenario> ReadScenarios(JsonFields f, JsonElement root, int? declared, FigureUnit unit)
    {
        var scenarios = new List<ForecastScenario>();
        foreach (var (s, sPath) in f.Array(root, "scenarios", string.Empty))
        {
            var name = f.String(s, "name", sPath, true);
            var kind = f.Enum<ScenarioKind>(s, "kind", sPath, true);
            var bound = f.Enum<ScenarioBound>(s, "bound", sPath) ?? ScenarioBound.Central;
            var measure = f.Enum<ForecastMeasure>(s, "measure", sPath) ?? ForecastMeasure.CarriedForward;
            var years = Years(f, s, sPath, declared, unit, consecutive: true);
            if (name is not null && kind is { } k && years is not null)
            {
                scenarios.Add(new ForecastScenario(name, k, years) { Bound = bound, Measure = measure });
            }
        }

        return scenarios;
    }

    public static IReadOnlyList<PlanVersion> ReadPlanVersions(JsonFields f, JsonElement root, int? declared, FigureUnit unit, IReadOnlyList<PublishedDeficitRow> rows)
    {
        var versions = new List<PlanVersion>();
        foreach (var (v, vPath) in f.Array(root, "plan_versions", string.Empty))
        {
            var name = f.String(v, "name", vPath, true);
            var role = f.Enum<PlanVersionRole>(v, "role", vPath, true);
            var measure = f.Enum<ForecastMeasure>(v, "measure", vPath) ?? ForecastMeasure.CarriedForward;
            var date = f.Date(v, "date", vPath);
            var fromTable = JsonFields.Has(v, "from_table") && v.GetProperty("from_table").ValueKind == JsonValueKind.True;
            IReadOnlyList<ScenarioYear>? years;
            if (fromTable)
            {
                if (JsonFields.Has(v, "years"))
                {
                    f.Error(vPath + ".years", "a version taken from the table gives no years of its own", expected: "either from_table: true or years, not both");
                    continue;
                }

                if (measure == ForecastMeasure.Expenditure && rows.Any(r => r.Lines.Funding?.Expenditure is null))
                {
                    f.Error(vPath + ".measure", "the table does not print an expenditure line in every year", "expenditure", "in_year or carried_forward, or funding.expenditure in every year");
                    continue;
                }

                years = rows.Select(r => new ScenarioYear(r.Year, measure switch
                {
                    ForecastMeasure.InYear => r.InYear,
                    ForecastMeasure.CarriedForward => r.CarriedForward,
                    _ => r.Lines.Funding!.Expenditure!.Value.Amount,
                })).ToArray();
                if (years.Select(y => y.Year).Distinct().Count() != years.Count || years.Zip(years.Skip(1)).Any(p => p.Second.Year <= p.First.Year))
                {
                    // The table's own year problems are reported by the reconciler.
                    continue;
                }
            }
            else
            {
                years = Years(f, v, vPath, declared, unit, consecutive: false);
            }

            if (name is not null && role is { } r0 && years is not null)
            {
                versions.Add(new PlanVersion(name, r0, measure, years, date) { FromTable = fromTable });
            }
        }

        return versions;
    }

    public static PaymentReprofile? ReadReprofile(JsonFields f, JsonElement agreement, string path, IReadOnlyList<SafetyValvePayment> original)
    {
        if (!JsonFields.Has(agreement, "reprofiled"))
        {
            return null;
        }

        var element = agreement.GetProperty("reprofiled");
        var rPath = path + ".reprofiled";
        var date = f.Date(element, "date", rPath);
        var reason = f.String(element, "reason", rPath);
        var payments = ReadPayments(f, element, rPath);
        return new PaymentReprofile(new PaymentSchedule(original), new PaymentSchedule(payments), date, reason);
    }

    public static IReadOnlyList<ConditionRating> ReadHistory(JsonFields f, JsonElement condition, string path)
    {
        var history = new List<ConditionRating>();
        foreach (var (h, hPath) in f.Array(condition, "history", path))
        {
            var round = f.String(h, "round", hPath, true);
            var rag = f.Enum<RagStatus>(h, "rag", hPath, true);
            var date = f.Date(h, "date", hPath);
            var commentary = f.String(h, "commentary", hPath);
            if (round is not null && rag is { } r)
            {
                history.Add(new ConditionRating(round, date, r, commentary));
            }
        }

        return history;
    }

    /// <summary>Reads a Safety Valve schedule's <c>payments</c> (the agreement's and a re-profile's), each located by its path.</summary>
    internal static List<SafetyValvePayment> ReadPayments(JsonFields f, JsonElement element, string path)
    {
        var payments = new List<SafetyValvePayment>();
        foreach (var (p, pPath) in f.Array(element, "payments", path))
        {
            var year = f.Year(p, "year", pPath);
            var published = !(JsonFields.Has(p, "amount_published") && p.GetProperty("amount_published").ValueKind == JsonValueKind.False);
            var amount = published ? f.Money(p, "amount", pPath, 1_000_000m, true) : Money.Zero;
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

                payments.Add(new SafetyValvePayment(y, a, s, date, note) { IsAmountPublished = published });
            }
        }

        return payments;
    }

    private static IReadOnlyList<ScenarioYear>? Years(JsonFields f, JsonElement parent, string path, int? declared, FigureUnit unit, bool consecutive)
    {
        var years = new List<ScenarioYear>();
        var ok = true;
        foreach (var (y, yPath) in f.Array(parent, "years", path))
        {
            var year = f.Year(y, "year", yPath);
            var amount = Figure(f, y, "amount", yPath, declared, unit, true);
            if (year is not { } fy || amount is not { } a)
            {
                ok = false;
                continue;
            }

            if (years.Count > 0)
            {
                var previous = years[^1].Year;
                var expected = consecutive ? previous.Next.ToString() : $"a year after {previous}";
                if (consecutive ? fy != previous.Next : fy <= previous)
                {
                    f.Error(yPath + ".year", $"{fy} follows {previous}", fy.ToString(), expected + " (the years in order, each once" + (consecutive ? ", none missing)" : ")"));
                    ok = false;
                    continue;
                }
            }

            years.Add(new ScenarioYear(fy, a.Amount));
        }

        return ok ? years : null;
    }

    private static InYearLines Funding(JsonFields f, JsonElement e, string path, int? declared, FigureUnit unit) => new(
        Figure(f, e, "allocation", path, declared, unit, false),
        Figure(f, e, "expenditure", path, declared, unit, false),
        Figure(f, e, "transfers", path, declared, unit, false),
        Figure(f, e, "financing_cost", path, declared, unit, false),
        Figure(f, e, "adjustments", path, declared, unit, false));

    private static BlockBalance? Block(JsonFields f, JsonElement e, string path, int? declared, FigureUnit unit)
    {
        var block = f.Enum<FundingBlock>(e, "block", path) ?? FundingBlock.HighNeeds;
        var bf = Figure(f, e, "brought_forward", path, declared, unit, true);
        var inYear = Figure(f, e, "in_year", path, declared, unit, true);
        var contributions = Figure(f, e, "contributions", path, declared, unit, false);
        var cf = Figure(f, e, "carried_forward", path, declared, unit, true);
        var funding = JsonFields.Has(e, "funding") ? Funding(f, e.GetProperty("funding"), path + ".funding", declared, unit) : null;
        return bf is { } b && inYear is { } i && cf is { } c ? new BlockBalance(block, b, i, contributions, c) { Funding = funding } : null;
    }

    private static MonitoringPeriod? Period(JsonFields f, JsonElement e, string path)
    {
        var text = f.String(e, "monitoring", path);
        if (text is null)
        {
            return null;
        }

        if (MonitoringPeriod.TryParse(text, out var period))
        {
            return period;
        }

        f.Error((path.Length == 0 ? string.Empty : path + ".") + "monitoring", "not a monitoring period", text, MonitoringPeriod.AcceptedForms);
        return null;
    }

    private static PrintedFigure? Figure(JsonFields f, JsonElement e, string name, string path, int? declared, FigureUnit unit, bool required)
    {
        if (!required && !JsonFields.Has(e, name))
        {
            return null;
        }

        var figure = DeficitTableReader.ReadFigure(f, e, name, path, declared, unit, required);
        if (figure is null)
        {
            return null;
        }

        var raw = e.GetProperty(name);
        var text = raw.ValueKind == JsonValueKind.String ? raw.GetString() ?? string.Empty : raw.GetRawText();
        return new PrintedFigure(figure.Amount, figure.Decimals, text);
    }
}
