using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Send.Domain.Finance;
using Send.Domain.Kpis;
using Send.Domain.Kpis.Rag;
using Send.Domain.Statutory;
using Send.Reporting.Styling;
using Send.Reporting.Templating;

namespace Send.Reporting.Functions;

/// <summary>
/// Template functions that build whole tables from Send.Domain objects, so that report authors never hand-build a
/// financial table. Each returns a Markdown pipe table whose values are already escaped; figures are formatted by
/// the domain's own formats (<see cref="MoneyFormat"/>, <see cref="KpiValue.ToDisplayString"/>), and ratings become
/// RAG markers coloured by the house style.
/// </summary>
/// <remarks>
/// Names follow <see cref="MemberNaming"/>: <c>DsgTable</c> is <c>dsg_table</c>. A value of the wrong type is a
/// template error naming the function, what it was given and what it expects.
/// </remarks>
public static partial class DomainTables
{

    /// <summary>
    /// <c>dsg_table account [decimals]</c>: the DSG deficit roll-forward as council papers print it (Wiltshire
    /// Schools Forum, paragraph 16): one column per financial year headed with its status ("Outturn 2023/24",
    /// "Forecast 2024/25"), rows for the balance brought forward, the in-year deficit before contributions, the
    /// Safety Valve and local contributions (shown negative, as they reduce the deficit), other contributions when
    /// there are any, and the balance carried forward as the totals row; £m to <paramref name="decimals"/> places.
    /// </summary>
    /// <param name="account">A <see cref="DsgAccount"/>, or data shaped as a published deficit table (<c>docs/schemas/finance-deficit-table.schema.json</c>): reconciled first by the reconciler of <c>send finance deficit</c> (an error stops the render, located in the data file), then printed with its own figures as published, never corrected.</param>
    /// <param name="decimals">Decimal places in £m; default 3.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentException"><paramref name="account"/> is not a DSG account.</exception>
    public static RawMarkdown DsgTable(object? account, int decimals = 3)
    {
        if (account is Data.BoundObject)
        {
            // A published table prints its own figures, never the balances the reconciler rolls forward from them
            // (61.184 as published, not the 61.183 its rounded parts add up to); the reconciliation only checks them.
            return PublishedTable(Data.PlainData.DeficitTable(account, "dsg_table").Reconciliation.Table, decimals);
        }

        var dsg = account as DsgAccount
            ?? throw Expected("dsg_table", account, "a DSG account, or data shaped as a deficit table");
        var format = MoneyFormat.TableOf(decimals);
        var years = dsg.Years;
        var table = new MarkdownTableBuilder(new[] { ("£m", false) }.Concat(years.Select(y => (StatusLabel(y.Status) + " " + y.Year, true))).ToArray());
        table.Row(Cells("Cumulative DSG deficit brought forward", years.Select(y => format.Format(y.BroughtForward))));
        table.Row(Cells("In-year DSG deficit (before contributions)", years.Select(y => format.Format(y.InYear))));
        table.Row(Cells("Safety Valve contribution", years.Select(y => format.Format(-y.SafetyValveContribution))));
        table.Row(Cells("Local general fund contribution", years.Select(y => format.Format(-y.LocalContribution))));
        if (years.Any(y => !y.OtherContribution.IsZero))
        {
            table.Row(Cells("Other contributions", years.Select(y => format.Format(-y.OtherContribution))));
        }

        table.Totals(Cells("Cumulative DSG deficit carried forward", years.Select(y => format.Format(y.CarriedForward))));
        return table.Build();
    }

    /// <summary>
    /// <c>dsg_reconciliation_table reconciliation</c>: a published DSG table checked by the finance model — each
    /// year's printed carried-forward balance, the balance its own figures imply, the difference, and a marker:
    /// green "Exact", green "Rounding" (within the rounding of the printed figures) or red "Error".
    /// </summary>
    /// <param name="reconciliation">A <see cref="DeficitReconciliation"/>, or data shaped as a published deficit table.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentException"><paramref name="reconciliation"/> is not a reconciliation.</exception>
    public static RawMarkdown DsgReconciliationTable(object? reconciliation)
    {
        var result = reconciliation as DeficitReconciliation
            ?? (reconciliation is Data.BoundObject ? Data.PlainData.DeficitTable(reconciliation, "dsg_reconciliation_table").Reconciliation : null)
            ?? throw Expected("dsg_reconciliation_table", reconciliation, "a DSG deficit reconciliation, or data shaped as a deficit table");
        var format = result.Table.Format;
        var table = new MarkdownTableBuilder(("Year", false), ("Published c/f £m", true), ("Computed c/f £m", true), ("Difference £m", true), ("Check", false));
        foreach (var year in result.Years)
        {
            var (marker, word) = year.Verdict switch
            {
                ReconciliationVerdict.Exact => (RagStatus.Green, "Exact"),
                ReconciliationVerdict.Rounding => (RagStatus.Green, "Rounding"),
                _ => (RagStatus.Red, "Error"),
            };
            table.Row(
                new MarkdownTableBuilder.Cell(StatusLabel(year.Row.Status) + " " + year.Year),
                new MarkdownTableBuilder.Cell(format.Format(year.PublishedCarriedForward)),
                new MarkdownTableBuilder.Cell(format.Format(year.ComputedCarriedForward)),
                new MarkdownTableBuilder.Cell(format.Format(year.Difference)),
                new MarkdownTableBuilder.Cell(word, RagStatusText.Marker(marker)));
        }

        return table.Build();
    }

    /// <summary>
    /// <c>savings_table programme</c>: a savings programme's strands with their RAG rating, target, forecast and
    /// shortfall (target − forecast; positive is a shortfall), and a Total row from the programme's stated target
    /// and forecast; amounts in £m to the programme's own decimal places.
    /// </summary>
    /// <param name="programme">A <see cref="SavingsProgramme"/> or <see cref="MultiYearSavingsProgramme"/>, or data shaped as a savings programme (<c>docs/schemas/finance-savings-programme.schema.json</c>); over several years: one row per strand, a target and forecast column per year, a total target column, and a Total row.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentException"><paramref name="programme"/> is not a savings programme.</exception>
    public static RawMarkdown SavingsTable(object? programme)
    {
        var plan = programme as MultiYearSavingsProgramme ?? (programme is Data.BoundObject ? Data.PlainData.SavingsPlan(programme, "savings_table") : null);
        if (plan is { Years.Count: > 1 })
        {
            return SavingsPlanTable(plan);
        }

        var savings = plan?.Years[0]
            ?? programme as SavingsProgramme
            ?? throw Expected("savings_table", programme, "a savings programme");
        var format = MoneyFormat.Millions(savings.Decimals);
        string Show(Money? value) => value is Money m ? format.Format(m) : "n/a";
        var table = new MarkdownTableBuilder(("Strand", false), ("RAG", false), ("Target", true), ("Forecast", true), ("Shortfall", true));
        foreach (var strand in savings.Strands)
        {
            table.Row(
                new MarkdownTableBuilder.Cell(strand.Name),
                RagCell(strand.Rag),
                new MarkdownTableBuilder.Cell(Show(strand.Target)),
                new MarkdownTableBuilder.Cell(Show(strand.Forecast)),
                new MarkdownTableBuilder.Cell(Show(strand.Shortfall)));
        }

        table.Totals("Total", string.Empty, Show(savings.StatedTarget), Show(savings.Forecast), Show(savings.Shortfall));
        return table.Build();
    }

    /// <summary>
    /// <c>safety_valve_table evaluation</c>: the Safety Valve conditions with the council's own RAG rating, what the
    /// figures say (met, breached, not assessable, with the finance model's one-sentence explanation) and the
    /// council's commentary. Given a <see cref="SafetyValveAgreement"/> instead of an evaluation, the figures column
    /// is left out.
    /// </summary>
    /// <param name="evaluation">A <see cref="SafetyValveEvaluation"/> or a <see cref="SafetyValveAgreement"/>, or data shaped as a deficit table with a <c>safety_valve</c> agreement.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentException">The value is neither.</exception>
    public static RawMarkdown SafetyValveTable(object? evaluation)
    {
        if (evaluation is Data.BoundObject)
        {
            // Data shaped as a deficit table with a safety_valve agreement: evaluated as send finance deficit does.
            var (document, reconciliation) = Data.PlainData.DeficitTable(evaluation, "safety_valve_table");
            evaluation = document.SafetyValve is { } agreement && reconciliation.Account is { } account ? agreement.Evaluate(account) : document.SafetyValve;
        }

        switch (evaluation)
        {
            case SafetyValveEvaluation result:
            {
                var table = new MarkdownTableBuilder(("Condition", false), ("RAG", false), ("The figures", false), ("Commentary", false));
                foreach (var assessment in result.Assessments)
                {
                    var condition = assessment.Condition;
                    table.Row(
                        new MarkdownTableBuilder.Cell(condition.Id + " " + condition.Text),
                        RagCell(condition.Rag),
                        new MarkdownTableBuilder.Cell(OutcomeLabel(assessment.Outcome) + ": " + assessment.Explanation),
                        new MarkdownTableBuilder.Cell(condition.Commentary ?? string.Empty));
                }

                return table.Build();
            }

            case SafetyValveAgreement agreement:
            {
                var table = new MarkdownTableBuilder(("Condition", false), ("RAG", false), ("Commentary", false));
                foreach (var condition in agreement.Conditions)
                {
                    table.Row(new MarkdownTableBuilder.Cell(condition.Id + " " + condition.Text), RagCell(condition.Rag), new MarkdownTableBuilder.Cell(condition.Commentary ?? string.Empty));
                }

                return table.Build();
            }

            default:
                throw Expected("safety_valve_table", evaluation, "a Safety Valve evaluation or agreement");
        }
    }

    /// <summary>
    /// <c>scenario_table comparison [which] [decimals]</c>: two forecasts compared year by year, as
    /// <c>send finance deficit</c> prints them: a mitigated scenario against the unmitigated one, a revised plan
    /// version against the original, or a re-profiled Safety Valve schedule against the original. One row per year
    /// with both figures, the difference (other − baseline) and the cumulative difference; for a flow (in-year,
    /// expenditure, payments) a Total row, for a balance (carried forward) none, because a balance is already
    /// cumulative. A year one of them does not give shows "n/a".
    /// </summary>
    /// <param name="comparison">A <see cref="ScenarioComparison"/>, or data shaped as a deficit table with <c>scenarios</c>, <c>plan_versions</c> or a re-profiled agreement.</param>
    /// <param name="which">For data: the compared forecast's name (as in the file, any case) or its 0-based position among the comparisons; default the first.</param>
    /// <param name="decimals">Decimal places in £m; default 3.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentException">The value is not a comparison, or <paramref name="which"/> names none.</exception>
    public static RawMarkdown ScenarioTable(object? comparison, object? which = null, int decimals = 3)
    {
        const string Function = "scenario_table";
        if (comparison is Data.BoundObject)
        {
            var (document, _) = Data.PlainData.DeficitTable(comparison, Function);
            var all = new DeficitTableReconciler().Reconcile(document.Table, document.SafetyValve).Comparisons;
            if (all.Count == 0)
            {
                throw new ArgumentException($"{Function}: the data has no scenarios, plan versions or re-profiled Safety Valve schedule to compare");
            }

            var names = string.Join(", ", all.Select((c, i) => $"{i} '{c.OtherName}'"));
            comparison = which switch
            {
                null => all[0],
                int i when i >= 0 && i < all.Count => all[i],
                string name when all.FirstOrDefault(c => string.Equals(c.OtherName, name, StringComparison.OrdinalIgnoreCase)) is { } named => named,
                _ => throw new ArgumentException($"{Function}: '{which}' names no comparison; expected one of {names}"),
            };
        }

        var result = comparison as ScenarioComparison ?? throw Expected(Function, comparison, "a scenario comparison, or data shaped as a deficit table with scenarios or plan versions");
        var format = MoneyFormat.TableOf(decimals);
        string Show(Money? value) => value is Money m ? format.Format(m) : "n/a";
        var table = new MarkdownTableBuilder(("£m", false), (result.BaselineName, true), (result.OtherName, true), ("Difference", true), ("Cumulative difference", true));
        foreach (var year in result.Years)
        {
            table.Row(year.Year.ToString(), Show(year.Baseline), Show(year.Other), Show(year.Difference), Show(year.Cumulative));
        }

        if (!result.IsBalance)
        {
            var both = result.Years.Where(y => y.Difference is not null).ToArray();
            table.Totals("Total", Show(Money.Sum(both.Select(y => y.Baseline!.Value))), Show(Money.Sum(both.Select(y => y.Other!.Value))), Show(result.Total), string.Empty);
        }

        return table.Build();
    }

    /// <summary>
    /// <c>kpi_table table</c>: a KPI benchmark table judged by the KPI engine: each indicator's period and value,
    /// then one column per comparator (statistical neighbours, region, England) whose cell is shaded green when the
    /// council is better, red when worse and amber when the same at display precision (polarity-aware, by
    /// <see cref="KpiComparison"/>), and a RAG column when any row has a RAG rule.
    /// </summary>
    /// <param name="table">A <see cref="KpiTable"/>, or data shaped as a KPI table file (<c>docs/schemas/kpi-table.schema.json</c>).</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentException"><paramref name="table"/> is not a KPI table.</exception>
    public static RawMarkdown KpiTable(object? table)
    {
        var kpis = table as KpiTable
            ?? (table is Data.BoundObject ? Data.PlainData.Kpis(table, "kpi_table") : null)
            ?? throw Expected("kpi_table", table, "a KPI table");
        var results = kpis.Evaluate();
        var hasRag = results.Any(r => r.Rating is not null);
        var columns = new List<(string, bool)> { ("Indicator", false), ("Period", false), (kpis.Council ?? "Value", true) };
        columns.AddRange(kpis.Comparators.Select(c => (c.Name, true)));
        if (hasRag)
        {
            columns.Add(("RAG", false));
        }

        var builder = new MarkdownTableBuilder(columns.ToArray());
        foreach (var result in results)
        {
            var decimals = result.Row.Definition.DisplayDecimals;
            var cells = new List<MarkdownTableBuilder.Cell>
            {
                new(result.Row.Label),
                new(result.Row.Period.ToString()),
                new(result.Row.Value.ToDisplayString(decimals)),
            };
            cells.AddRange(result.Comparisons.Select(c => new MarkdownTableBuilder.Cell(c.ComparatorValue.ToDisplayString(decimals), VerdictMarker(c.Verdict))));
            if (hasRag)
            {
                cells.Add(result.Rating is RagRating rating ? RagCell(ToRag(rating.Colour)) : new MarkdownTableBuilder.Cell(string.Empty));
            }

            builder.Row(cells.ToArray());
        }

        return builder.Build();
    }

    /// <summary>
    /// <c>deadline_table deadlines</c>: statutory deadlines with the step, the date due, the status and the law
    /// that sets it (the rule's citation).
    /// </summary>
    /// <param name="deadlines">A list of <see cref="StatutoryDeadline"/>s, or data shaped as a case history (<c>docs/schemas/ehc-case.schema.json</c>).</param>
    /// <param name="asAt">For a case history, the date to evaluate it at.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentException"><paramref name="deadlines"/> is not a list of deadlines.</exception>
    public static RawMarkdown DeadlineTable(object? deadlines, object? asAt = null)
    {
        if (deadlines is Data.BoundObject)
        {
            // Data shaped as a case history: evaluated as send timescales case does.
            deadlines = Data.PlainData.CaseDeadlines(deadlines, asAt, "deadline_table");
        }

        if (deadlines is not IEnumerable items || deadlines is string)
        {
            throw Expected("deadline_table", deadlines, "a list of statutory deadlines");
        }

        var list = items.Cast<object?>().ToList();
        if (list.Any(d => d is not StatutoryDeadline))
        {
            throw Expected("deadline_table", list.First(d => d is not StatutoryDeadline), "a statutory deadline");
        }

        var table = new MarkdownTableBuilder(("Step", false), ("Due", false), ("Status", false), ("Law", false));
        foreach (var deadline in list.Cast<StatutoryDeadline>())
        {
            table.Row(deadline.Label ?? deadline.Rule.Title, ReportFunctions.FormatDate(deadline.Due), StatusLabel(deadline.Status), deadline.Citation.Text);
        }

        return table.Build();
    }

    /// <summary>
    /// <c>due_table caseload as_at [window]</c>: the caseworker's work-list (<see cref="CaseloadAnalytics.WorkList"/>,
    /// as <c>send timescales due</c> prints it): every deadline overdue at <paramref name="asAt"/> or due by the end
    /// of <paramref name="window"/>, overdue first, then by due date, case and rule; with the case, the rule, the
    /// date due, the days left or overdue, the status and the law that sets it.
    /// </summary>
    /// <param name="caseload">A list of <see cref="CaseloadRecord"/>s, or rows bound from a caseload CSV file (the input of <c>send timescales due --caseload</c>).</param>
    /// <param name="asAt">The as-at date: a NodaTime date or ISO text such as <c>"2025-03-31"</c>.</param>
    /// <param name="window">How far ahead to look, as the command's <c>--within</c> reads it (<c>10wd</c>, <c>4w</c>, <c>14d</c>); default <c>10wd</c>.</param>
    /// <returns>The table (a header only when nothing is due).</returns>
    /// <exception cref="ArgumentException">The caseload, the date or the window is not one.</exception>
    public static RawMarkdown DueTable(object? caseload, object? asAt, object? window = null)
    {
        const string Function = "due_table";
        IReadOnlyList<CaseloadRecord> records = caseload switch
        {
            IEnumerable<CaseloadRecord> list => list.ToList(),
            Data.BoundArray => Data.PlainData.Caseload(caseload, Function),
            _ => throw Expected(Function, caseload, "a caseload: rows bound from a caseload CSV file, or a list of CaseloadRecord"),
        };
        var date = asAt switch
        {
            NodaTime.LocalDate d => d,
            string text when NodaTime.Text.LocalDatePattern.Iso.Parse(text) is { Success: true } parsed => parsed.Value,
            _ => throw new ArgumentException($"{Function}: the as-at date (second argument) is {(asAt is null ? "missing" : "'" + asAt + "'")}; expected a date such as \"2025-03-31\""),
        };
        var windowText = window?.ToString() ?? "10wd";
        if (!DueWindow.TryParse(windowText, out var parsedWindow))
        {
            throw new ArgumentException($"{Function}: the window (third argument) '{windowText}' is not a window; expected working days, weeks or days such as \"10wd\", \"4w\" or \"14d\" (0 to 520)");
        }

        var work = CaseloadAnalytics.WorkList(records, date, parsedWindow);
        var table = new MarkdownTableBuilder(("Case", false), ("Rule", false), ("Due", false), ("Days", false), ("Status", false), ("Law", false));
        foreach (var item in work.Items)
        {
            table.Row(item.CaseId, item.Deadline.RuleId, ReportFunctions.FormatDate(item.Deadline.Due), item.DaysText, StatusLabel(item.Deadline.Status), item.Deadline.Citation.Text);
        }

        return table.Build();
    }

    /// <summary>A published deficit table in <see cref="DsgTable"/>'s layout: each figure as printed, turned to deficit positive and contributions negative where the table printed them otherwise.</summary>
    private static RawMarkdown PublishedTable(PublishedDeficitTable published, int decimals)
    {
        var format = MoneyFormat.TableOf(decimals);
        var rows = published.Rows;
        var table = new MarkdownTableBuilder(new[] { ("£m", false) }.Concat(rows.Select(r => (StatusLabel(r.Status) + " " + r.Year, true))).ToArray());
        table.Row(Cells("Cumulative DSG deficit brought forward", rows.Select(r => format.Format(published.ToDeficitPositive(r.BroughtForward)))));
        table.Row(Cells("In-year DSG deficit (before contributions)", rows.Select(r => format.Format(published.ToDeficitPositive(r.InYear)))));
        table.Row(Cells("Safety Valve contribution", rows.Select(r => format.Format(-published.ToContributionAmount(r.SafetyValve)))));
        table.Row(Cells("Local general fund contribution", rows.Select(r => format.Format(-published.ToContributionAmount(r.Local)))));
        if (rows.Any(r => r.Other is Money other && !other.IsZero))
        {
            table.Row(Cells("Other contributions", rows.Select(r => r.Other is Money other ? format.Format(-published.ToContributionAmount(other)) : string.Empty)));
        }

        table.Totals(Cells("Cumulative DSG deficit carried forward", rows.Select(r => format.Format(published.ToDeficitPositive(r.CarriedForward)))));
        return table.Build();
    }

    private static MarkdownTableBuilder.Cell[] Cells(string label, IEnumerable<string> values) =>
        new[] { new MarkdownTableBuilder.Cell(label) }.Concat(values.Select(v => new MarkdownTableBuilder.Cell(v))).ToArray();

    private static MarkdownTableBuilder.Cell RagCell(RagStatus status) =>
        status == RagStatus.NotRated ? new MarkdownTableBuilder.Cell(ReportFunctions.NotRatedText) : new MarkdownTableBuilder.Cell(string.Empty, RagStatusText.Marker(status));

    private static string? VerdictMarker(Verdict verdict) => verdict switch
    {
        Verdict.Better => RagStatusText.Marker(RagStatus.Green),
        Verdict.Worse => RagStatusText.Marker(RagStatus.Red),
        Verdict.Same => RagStatusText.Marker(RagStatus.Amber),
        _ => null,
    };

    private static RagStatus ToRag(RagColour colour) => colour switch
    {
        RagColour.Green => RagStatus.Green,
        RagColour.Amber => RagStatus.Amber,
        RagColour.Red => RagStatus.Red,
        _ => RagStatus.NotRated,
    };

    private static string StatusLabel(DsgYearStatus status) => status switch
    {
        DsgYearStatus.Outturn => "Outturn",
        DsgYearStatus.Forecast => "Forecast",
        DsgYearStatus.Budget => "Budget",
        _ => status.ToString(),
    };

    private static string OutcomeLabel(ConditionOutcome outcome) => outcome switch
    {
        ConditionOutcome.Met => "Met",
        ConditionOutcome.Breached => "Breached",
        _ => "Not assessable",
    };

    private static string StatusLabel(DeadlineStatus status) => status switch
    {
        DeadlineStatus.MetOnTime => "Met on time",
        DeadlineStatus.MetLate => "Met late",
        DeadlineStatus.NotApplicable => "Not applicable",
        _ => status.ToString(),
    };

    private static ArgumentException Expected(string function, object? value, string expected) =>
        new($"{function}: found {(value is null ? "nothing (null)" : "a " + value.GetType().Name)}; expected {expected}");
}
