using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Send.Domain.Calendars;
using Send.Domain.Validation;

namespace Send.Domain.Finance;

/// <summary>
/// A savings programme over several financial years (a DSG management plan's savings, a Safety Valve plan): one
/// <see cref="SavingsProgramme"/> per year with its strands, target and forecast, totals per year, per strand across
/// the years, and overall.
/// </summary>
/// <remarks>
/// <para>
/// Each year is a <see cref="SavingsProgramme"/> with its own stated target and strands, checked by its own
/// <see cref="SavingsProgramme.Check"/>. Overall, <see cref="Target"/> adds up the years' stated targets.
/// Delivery is measured over the years that have a forecast, because later years of a plan usually have targets
/// only: <see cref="Forecast"/> adds up those years' forecasts, <see cref="ForecastTarget"/> their targets, and
/// <see cref="DeliveryPercent"/> is <c>Forecast / ForecastTarget × 100</c> to 1 dp. Anyshire (invented): 2024/25
/// target 3.5 forecast 2.95, 2025/26 target 4.2 forecast 3.8, 2026/27 target 4.8 (no forecast) gives target 12.5,
/// forecast 6.75 of 7.7, 87.7%, shortfall 0.95.
/// </para>
/// <para>
/// Years are in order, each once (not necessarily consecutive: a plan may skip a year). Strands are matched across
/// years by name (ordinal); a strand missing from a year counts as nothing there. Immutable.
/// </para>
/// </remarks>
public sealed class MultiYearSavingsProgramme
{
    private readonly IReadOnlyDictionary<string, Money> statedStrandTotals;

    /// <summary>Creates a programme.</summary>
    /// <param name="name">The programme's name.</param>
    /// <param name="years">One programme per financial year, in order, each year once.</param>
    /// <param name="statedTarget">The programme's total target over all years as the paper prints it, or null.</param>
    /// <param name="statedStrandTotals">Strands' totals over all years as printed (a "Total" column), by strand name, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="years"/> is null.</exception>
    /// <exception cref="ArgumentException">There are no years, or the years are out of order or repeated.</exception>
    public MultiYearSavingsProgramme(string name, IEnumerable<SavingsProgramme> years, Money? statedTarget = null, IReadOnlyDictionary<string, Money>? statedStrandTotals = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(years);
        var list = years.ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException("A savings programme needs at least one year.", nameof(years));
        }

        for (var i = 1; i < list.Length; i++)
        {
            if (list[i].Year <= list[i - 1].Year)
            {
                throw new ArgumentException($"The years must be in order, each once: {list[i].Year} follows {list[i - 1].Year}.", nameof(years));
            }
        }

        Name = name;
        Years = list;
        StatedTarget = statedTarget;
        this.statedStrandTotals = statedStrandTotals is null
            ? new Dictionary<string, Money>(StringComparer.Ordinal)
            : new Dictionary<string, Money>(statedStrandTotals, StringComparer.Ordinal);
        StrandTotals = StrandNames().Select(Total).ToArray();
    }

    /// <summary>The programme's name.</summary>
    public string Name { get; }

    /// <summary>The years, in order.</summary>
    public IReadOnlyList<SavingsProgramme> Years { get; }

    /// <summary>The first financial year.</summary>
    public FinancialYear FirstYear => Years[0].Year;

    /// <summary>The last financial year.</summary>
    public FinancialYear LastYear => Years[^1].Year;

    /// <summary>Decimal places of £m to show: the finest of the years'.</summary>
    public int Decimals => Years.Max(y => y.Decimals);

    /// <summary>The total target over all years as printed, or null.</summary>
    public Money? StatedTarget { get; }

    /// <summary>The years' stated targets added up.</summary>
    public Money Target => Money.Sum(Years.Select(y => y.StatedTarget));

    /// <summary>The years' forecasts added up over the years that have one, or null when none has.</summary>
    public Money? Forecast => Years.Any(y => y.Forecast is not null) ? Money.Sum(Years.Where(y => y.Forecast is not null).Select(y => y.Forecast!.Value)) : null;

    /// <summary>The targets of the years that have a forecast, added up: what <see cref="Forecast"/> is measured against.</summary>
    public Money ForecastTarget => Money.Sum(Years.Where(y => y.Forecast is not null).Select(y => y.StatedTarget));

    /// <summary>The years' delivered savings added up over the years that give them, or null when none does.</summary>
    public Money? Delivered => Years.Any(y => y.Delivered is not null) ? Money.Sum(Years.Select(y => y.Delivered ?? Money.Zero)) : null;

    /// <summary><c>Forecast / ForecastTarget × 100</c> to 1 dp, or null without a forecast or with a zero target.</summary>
    public decimal? DeliveryPercent => Forecast is Money f && !ForecastTarget.IsZero
        ? decimal.Round(f / ForecastTarget * 100m, 1, MidpointRounding.AwayFromZero)
        : null;

    /// <summary><c>ForecastTarget − Forecast</c> over the years with a forecast, or null without one.</summary>
    public Money? Shortfall => Forecast is Money f ? ForecastTarget - f : null;

    /// <summary>Each strand added up over the years, in the order the strands first appear.</summary>
    public IReadOnlyList<SavingsStrandTotal> StrandTotals { get; }

    /// <summary>
    /// Checks the programme and returns warnings (never errors): each year's <see cref="SavingsProgramme.Check"/>
    /// (field <c>years[i]</c>, the message starting with the year), a stated total that the years' targets do not
    /// add up to (field <c>target</c>), and a strand's stated total that its years do not add up to
    /// (<c>strands[k].total</c>), each against the rounding of the figures added (non-zero figures × half a unit in
    /// the last place).
    /// </summary>
    /// <param name="source">The file name to put in each problem.</param>
    /// <returns>The warnings; empty when all is well.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public IReadOnlyList<DataProblem> Check(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var problems = new List<DataProblem>();
        for (var i = 0; i < Years.Count; i++)
        {
            var year = Years[i];
            problems.AddRange(year.Check(source).Select(p => p with
            {
                Field = p.Field is "strands" ? $"years[{i}]" : p.Field,
                Message = $"{year.Year}: {p.Message}",
            }));
        }

        if (StatedTarget is Money stated)
        {
            problems.AddRange(Total(source, "target", "the years' targets", Target, stated, Years.Count(y => !y.StatedTarget.IsZero), "years"));
        }

        for (var k = 0; k < StrandTotals.Count; k++)
        {
            var strand = StrandTotals[k];
            if (strand.StatedTarget is Money strandStated)
            {
                var parts = Years.SelectMany(y => y.Strands).Count(s => s.Name == strand.Name && !s.Target.IsZero);
                problems.AddRange(Total(source, $"strands[{k}].total", $"strand '{strand.Name}''s years", strand.Target, strandStated, parts, "figures"));
            }
        }

        return problems;
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} {FirstYear} to {LastYear}: target {Target.ToString(MoneyFormat.Millions(Decimals))}");

    private IEnumerable<string> StrandNames() => Years.SelectMany(y => y.Strands).Select(s => s.Name).Distinct(StringComparer.Ordinal);

    private SavingsStrandTotal Total(string name)
    {
        var strands = Years.SelectMany(y => y.Strands).Where(s => s.Name == name).ToArray();
        return new SavingsStrandTotal(
            name,
            Money.Sum(strands.Select(s => s.Target)),
            strands.Any(s => s.Forecast is not null) ? Money.Sum(strands.Where(s => s.Forecast is not null).Select(s => s.Forecast!.Value)) : null,
            strands.Any(s => s.Delivered is not null) ? Money.Sum(strands.Where(s => s.Delivered is not null).Select(s => s.Delivered!.Value)) : null,
            statedStrandTotals.TryGetValue(name, out var stated) ? stated : null);
    }

    private IEnumerable<DataProblem> Total(string source, string field, string what, Money added, Money stated, int parts, string partName)
    {
        if (added == stated)
        {
            yield break;
        }

        var format = MoneyFormat.Millions(Decimals);
        var tolerance = new RoundingTolerance(parts, Decimals);
        var gap = (stated - added).Abs();
        var rule = $"{tolerance.Parts} {partName} shown to {Decimals} dp ({tolerance})";
        var why = gap.Millions <= tolerance.Amount ? $"within rounding of {rule}" : $"more than rounding of {rule} explains; check for a missing year or strand";
        yield return new DataProblem(source, $"{what} add up to {added.ToString(format)}, not the stated total {stated.ToString(format)}; {why}")
        {
            Field = field,
            Value = added.ToString(format),
            Expected = stated.ToString(format),
            Severity = DataProblemSeverity.Warning,
            Code = "SEND-FIN-SAVINGS",
        };
    }
}
