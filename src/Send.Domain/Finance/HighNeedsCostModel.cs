using System;
using System.Collections.Generic;
using System.Linq;
using Send.Domain.Calendars;
using Send.Domain.Validation;

namespace Send.Domain.Finance;

/// <summary>
/// A high needs cost model: caseload by placement category times average cost in a base year, projected forward at
/// a growth rate, with workstream savings for the mitigated scenario and any DBV-style bounds
/// (DSG reference, sections 7, 9 and 10).
/// </summary>
/// <remarks>
/// <para>
/// <c>Unmitigated(base + k) = Σ lines Cost × (1 + g_line)^k</c>, where <c>g_line</c> is the line's own rate or the
/// model's. <c>Mitigated(y) = Unmitigated(y) − Σ savings(y)</c>. Amounts are unrounded; round for display only.
/// The projection is the reference's naive trend, not a forecast of policy effects.
/// </para>
/// <para>Immutable.</para>
/// </remarks>
public sealed class HighNeedsCostModel
{
    /// <summary>Creates a model.</summary>
    /// <param name="name">Its name.</param>
    /// <param name="baseYear">The year the caseload and costs are for.</param>
    /// <param name="lines">The caseload lines.</param>
    /// <param name="growth">The yearly growth rate for lines without their own.</param>
    /// <param name="horizonYears">How many years to project after the base year; 0 to 50.</param>
    /// <param name="savings">Workstream savings for the mitigated scenario, or null.</param>
    /// <param name="ranges">Lower and upper bounds to show beside the projection, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="lines"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="horizonYears"/> is outside 0 to 50.</exception>
    public HighNeedsCostModel(
        string name,
        FinancialYear baseYear,
        IEnumerable<PlacementLine> lines,
        GrowthRate growth,
        int horizonYears,
        IEnumerable<WorkstreamSaving>? savings = null,
        IEnumerable<ScenarioRange>? ranges = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(lines);
        if (horizonYears is < 0 or > 50)
        {
            throw new ArgumentOutOfRangeException(nameof(horizonYears), horizonYears, "A projection runs 0 to 50 years ahead.");
        }

        Name = name;
        BaseYear = baseYear;
        Lines = lines.ToArray();
        Growth = growth;
        HorizonYears = horizonYears;
        Savings = (savings ?? Array.Empty<WorkstreamSaving>()).ToArray();
        Ranges = (ranges ?? Array.Empty<ScenarioRange>()).ToArray();
    }

    /// <summary>The model's name.</summary>
    public string Name { get; }

    /// <summary>The base year.</summary>
    public FinancialYear BaseYear { get; }

    /// <summary>The caseload lines.</summary>
    public IReadOnlyList<PlacementLine> Lines { get; }

    /// <summary>The growth rate for lines without their own.</summary>
    public GrowthRate Growth { get; }

    /// <summary>How many years are projected after the base year.</summary>
    public int HorizonYears { get; }

    /// <summary>The workstream savings.</summary>
    public IReadOnlyList<WorkstreamSaving> Savings { get; }

    /// <summary>Bounds to show beside the projection.</summary>
    public IReadOnlyList<ScenarioRange> Ranges { get; }

    /// <summary>The caseload in the base year.</summary>
    public int BaseCaseload => Lines.Sum(l => l.Count);

    /// <summary>The cost in the base year: the lines' costs added up.</summary>
    public Money BaseCost => Money.Sum(Lines.Select(l => l.Cost));

    /// <summary>The cost per EHCP implied by the base year's lines, or zero with no caseload.</summary>
    public Money AverageCost => BaseCaseload == 0 ? Money.Zero : BaseCost / BaseCaseload;

    /// <summary>The unmitigated projection from the base year to the horizon.</summary>
    /// <returns>The scenario.</returns>
    public ForecastScenario Unmitigated()
    {
        var years = new List<ScenarioYear>();
        var year = BaseYear;
        for (var k = 0; k <= HorizonYears; k++)
        {
            var offset = k;
            years.Add(new ScenarioYear(year, Money.Sum(Lines.Select(l => (l.Growth ?? Growth).Project(l.Cost, offset)))));
            year = year.Next;
        }

        return new ForecastScenario(Name + " (unmitigated)", ScenarioKind.Unmitigated, years);
    }

    /// <summary>The mitigated projection: the unmitigated one less each year's savings.</summary>
    /// <returns>The scenario.</returns>
    public ForecastScenario Mitigated() => Unmitigated().Mitigate(Name + " (mitigated)", Savings);

    /// <summary>The last year projected: <c>BaseYear + HorizonYears</c>.</summary>
    public FinancialYear LastYear
    {
        get
        {
            var year = BaseYear;
            for (var k = 0; k < HorizonYears; k++)
            {
                year = year.Next;
            }

            return year;
        }
    }

    /// <summary>
    /// Checks the model's figures and returns the problems, with field paths of the cost model file: a projection too
    /// large to hold (an error: growth compounding past £1,000bn), a saving outside the projected years (an error: it
    /// would be dropped), a negative average cost and a year whose mitigated spend is negative (warnings).
    /// </summary>
    /// <param name="source">The file name to put in each problem.</param>
    /// <returns>The problems; empty when all is well.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public IReadOnlyList<DataProblem> Check(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var problems = new List<DataProblem>();
        for (var i = 0; i < Lines.Count; i++)
        {
            if (Lines[i].AverageCost.IsNegative)
            {
                problems.Add(new DataProblem(source, $"'{Lines[i].Label}' has a negative average cost")
                {
                    Field = $"lines[{i}].average_cost",
                    Value = Lines[i].AverageCost.ToString(MoneyFormat.Pounds),
                    Expected = "a cost per placement of zero or more",
                    Severity = DataProblemSeverity.Warning,
                    Code = "SEND-FIN-COST",
                });
            }
        }

        var last = LastYear;
        for (var i = 0; i < Savings.Count; i++)
        {
            if (Savings[i].Year < BaseYear || Savings[i].Year > last)
            {
                problems.Add(new DataProblem(source, $"the saving '{Savings[i].Workstream}' is for {Savings[i].Year}, outside the projection {BaseYear} to {last}, so it would count nowhere")
                {
                    Field = $"savings[{i}].year",
                    Value = Savings[i].Year.ToString(),
                    Expected = $"{BaseYear} to {last} (or a longer horizon_years)",
                    Code = "SEND-FIN-COST",
                });
            }
        }

        var largest = Money.FromBillions(1_000m);
        ForecastScenario? mitigated = null;
        try
        {
            var unmitigated = Unmitigated();
            if (unmitigated.Years.FirstOrDefault(y => y.Amount.Abs() > largest) is { } huge)
            {
                problems.Add(TooLarge(source, $"reaches {huge.Amount.ToString(MoneyFormat.Narrative)} in {huge.Year}"));
                return problems;
            }

            mitigated = unmitigated.Mitigate(Name, Savings);
        }
        catch (OverflowException)
        {
            problems.Add(TooLarge(source, "grows beyond any amount of money Send can hold"));
            return problems;
        }

        foreach (var year in mitigated.Years.Where(y => y.Amount.IsNegative))
        {
            problems.Add(new DataProblem(source, $"in {year.Year} the savings exceed the unmitigated spend, leaving a mitigated spend of {year.Amount.ToString(MoneyFormat.Narrative)}")
            {
                Field = "savings",
                Value = year.Amount.ToString(MoneyFormat.Narrative),
                Expected = "savings no larger than the spend they reduce",
                Severity = DataProblemSeverity.Warning,
                Code = "SEND-FIN-COST",
            });
        }

        return problems;
    }

    private DataProblem TooLarge(string source, string what) =>
        new(source, $"the projection at {Growth} over {HorizonYears} years {what}, more than the £1,000bn Send accepts; check the growth rate (a fraction: 0.12 is 12%)")
        {
            Field = "growth",
            Value = Growth.PerYearFraction.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Expected = "a growth rate per year as a fraction, such as 0.12",
            Code = "SEND-FIN-COST",
        };
}
