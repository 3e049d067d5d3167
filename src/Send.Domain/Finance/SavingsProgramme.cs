using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Send.Domain.Calendars;
using Send.Domain.Validation;

namespace Send.Domain.Finance;

/// <summary>
/// A savings programme for one financial year: the stated target, the strands it is split into, and the forecast
/// and delivered savings (DSG reference, sections 10 item 4 and 12.2).
/// </summary>
/// <remarks>
/// <para>
/// Delivery is <c>Forecast / Target × 100</c> to 1 dp and the shortfall is <c>Target − Forecast</c>, both against
/// the stated target. The forecast is the stated programme forecast when given, otherwise the strands' forecasts
/// added up (when every strand has one).
/// </para>
/// <para>
/// <see cref="Check"/> warns when the strands do not add up to the stated target. Devon's strands (2.8 + 3.6 + 4.7 +
/// 4.1 = 15.2) fall 0.2 short of the £15.4m target; four strands printed to 1 dp could be out by up to
/// 4 × 0.05 = 0.2, so this is at the edge of tolerance and is a warning (a missing strand or a different base),
/// never an error. A strand printed as exactly zero is not counted as a rounded part. Immutable.
/// </para>
/// </remarks>
public sealed class SavingsProgramme
{
    /// <summary>Creates a programme.</summary>
    /// <param name="name">The programme's name.</param>
    /// <param name="year">The financial year.</param>
    /// <param name="statedTarget">The target as the paper states it.</param>
    /// <param name="strands">The strands.</param>
    /// <param name="statedForecast">The programme forecast as stated, or null to add up the strands'.</param>
    /// <param name="decimals">Decimal places of £m the strands are printed to (1 for "£2.8m").</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="strands"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 12.</exception>
    public SavingsProgramme(string name, FinancialYear year, Money statedTarget, IEnumerable<SavingsStrand> strands, Money? statedForecast = null, int decimals = 1)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(strands);
        if (decimals is < 0 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(decimals), decimals, "Decimal places must be 0 to 12.");
        }

        Name = name;
        Year = year;
        StatedTarget = statedTarget;
        Strands = strands.ToArray();
        StatedForecast = statedForecast;
        Decimals = decimals;
    }

    /// <summary>The programme's name.</summary>
    public string Name { get; }

    /// <summary>The financial year.</summary>
    public FinancialYear Year { get; }

    /// <summary>The target as stated.</summary>
    public Money StatedTarget { get; }

    /// <summary>The programme forecast as stated, or null.</summary>
    public Money? StatedForecast { get; }

    /// <summary>Decimal places of £m the strands are printed to.</summary>
    public int Decimals { get; }

    /// <summary>The strands, in the order given.</summary>
    public IReadOnlyList<SavingsStrand> Strands { get; }

    /// <summary>The strands' targets added up.</summary>
    public Money StrandTargetTotal => Money.Sum(Strands.Select(s => s.Target));

    /// <summary>Stated target less the strands' total; zero when they agree.</summary>
    public Money UnallocatedTarget => StatedTarget - StrandTargetTotal;

    /// <summary>The forecast: stated, or the strands' forecasts added up when all have one, otherwise null.</summary>
    public Money? Forecast => StatedForecast
        ?? (Strands.Count > 0 && Strands.All(s => s.Forecast is not null) ? Money.Sum(Strands.Select(s => s.Forecast!.Value)) : null);

    /// <summary>The strands' delivered savings added up, or null when no strand gives one.</summary>
    public Money? Delivered => Strands.Any(s => s.Delivered is not null) ? Money.Sum(Strands.Select(s => s.Delivered ?? Money.Zero)) : null;

    /// <summary><c>Forecast / StatedTarget × 100</c> to 1 dp (Devon: 11.0 / 15.4 = 71.4%), or null.</summary>
    public decimal? DeliveryPercent => Forecast is Money f && !StatedTarget.IsZero
        ? decimal.Round(f / StatedTarget * 100m, 1, MidpointRounding.AwayFromZero)
        : null;

    /// <summary><c>StatedTarget − Forecast</c> (Devon: 15.4 − 11.0 = 4.4), or null without a forecast.</summary>
    public Money? Shortfall => Forecast is Money f ? StatedTarget - f : null;

    /// <summary>The rounding tolerance for the strands' total: non-zero strands × 0.5 × 10^−decimals.</summary>
    public RoundingTolerance Tolerance => new(Strands.Count(s => !s.Target.IsZero), Decimals);

    /// <summary>
    /// Checks the programme and returns warnings (never errors): strands that do not add up to the stated target,
    /// and strands in a different year.
    /// </summary>
    /// <param name="source">The file name to put in each problem.</param>
    /// <returns>The warnings; empty when all is well.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    public IReadOnlyList<DataProblem> Check(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var problems = new List<DataProblem>();
        var format = MoneyFormat.Millions(Decimals);
        if (!UnallocatedTarget.IsZero)
        {
            var gap = UnallocatedTarget.Abs();
            var allowed = Tolerance.Amount;
            var rule = $"{Tolerance.Parts} strands shown to {Decimals} dp ({Tolerance})";
            var why = gap.Millions < allowed
                ? $"within rounding of {rule}"
                : gap.Millions == allowed
                    ? $"at the very edge of rounding of {rule}; check for a missing strand or a different base"
                    : $"more than rounding of {rule} explains; check for a missing strand or a different base";
            problems.Add(new DataProblem(
                source,
                $"the strands add up to {StrandTargetTotal.ToString(format)}, {gap.ToString(format)} {(UnallocatedTarget.IsNegative ? "over" : "short of")} the stated target {StatedTarget.ToString(format)}; {why}")
            {
                Field = "strands",
                Value = StrandTargetTotal.ToString(format),
                Expected = StatedTarget.ToString(format),
                Severity = DataProblemSeverity.Warning,
                Code = "SEND-FIN-SAVINGS",
            });
        }

        for (var i = 0; i < Strands.Count; i++)
        {
            if (Strands[i].Year != Year)
            {
                problems.Add(new DataProblem(source, $"strand '{Strands[i].Name}' is for {Strands[i].Year}, not the programme's year {Year}")
                {
                    Field = $"strands[{i}].year",
                    Value = Strands[i].Year.ToString(),
                    Expected = Year.ToString(),
                    Severity = DataProblemSeverity.Warning,
                    Code = "SEND-FIN-SAVINGS",
                });
            }
        }

        return problems;
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} {Year}: target {StatedTarget.ToString(MoneyFormat.Millions(Decimals))}");
}
