using System;
using System.Collections.Generic;
using System.Linq;
using Send.Domain.Calendars;

namespace Send.Domain.Finance;

/// <summary>
/// One financial year of a council's DSG account: the balance brought forward, the in-year result, the
/// contributions that reduce the deficit, and the balance carried forward (DSG reference, sections 6 and 10).
/// </summary>
/// <remarks>
/// <para>
/// Send's internal sign convention is <b>deficit positive</b>: a positive balance or in-year result is a deficit,
/// a negative one a surplus. Contributions are positive amounts that reduce the deficit. The carried-forward
/// balance is always computed, never stored: <c>CF = BF + InYear − SafetyValve − Local − Other</c>. To check a
/// table a council printed, use <see cref="DeficitTableReconciler"/> instead, which keeps the printed figures.
/// </para>
/// <para>
/// The in-year result may be split by block; when it is, the blocks must add up to it exactly. Immutable.
/// </para>
/// </remarks>
public sealed class DsgAccountYear
{
    private static readonly IReadOnlyDictionary<FundingBlock, Money> NoBlocks = new Dictionary<FundingBlock, Money>();

    /// <summary>Creates a year of the account.</summary>
    /// <param name="year">The financial year.</param>
    /// <param name="status">Outturn, forecast or budget.</param>
    /// <param name="broughtForward">The balance at 1 April (deficit positive).</param>
    /// <param name="inYear">The in-year result before contributions (deficit positive).</param>
    /// <param name="contributions">Contributions that reduce the deficit, or null for none.</param>
    /// <param name="inYearByBlock">The in-year result by block, or null when not split.</param>
    /// <exception cref="ArgumentException">The block split does not add up to <paramref name="inYear"/>, or a value is undefined.</exception>
    public DsgAccountYear(
        FinancialYear year,
        DsgYearStatus status,
        Money broughtForward,
        Money inYear,
        IEnumerable<DsgContribution>? contributions = null,
        IReadOnlyDictionary<FundingBlock, Money>? inYearByBlock = null)
    {
        if (!Enum.IsDefined(status))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown DSG year status.");
        }

        Year = year;
        Status = status;
        BroughtForward = broughtForward;
        InYear = inYear;
        Contributions = (contributions ?? Array.Empty<DsgContribution>())
            .Select(c => (c ?? throw new ArgumentException("A contribution is null.", nameof(contributions))).Validated())
            .ToArray();
        if (inYearByBlock is not null)
        {
            if (inYearByBlock.Keys.Any(b => !Enum.IsDefined(b)))
            {
                throw new ArgumentException("Unknown funding block.", nameof(inYearByBlock));
            }

            var sum = Money.Sum(inYearByBlock.Values);
            if (sum != inYear)
            {
                throw new ArgumentException(
                    $"{year}: the in-year result by block adds up to {sum} but the in-year result is {inYear}.", nameof(inYearByBlock));
            }

            InYearByBlock = new Dictionary<FundingBlock, Money>(inYearByBlock);
        }
        else
        {
            InYearByBlock = NoBlocks;
        }
    }

    /// <summary>The financial year.</summary>
    public FinancialYear Year { get; }

    /// <summary>Outturn, forecast or budget.</summary>
    public DsgYearStatus Status { get; }

    /// <summary>The cumulative balance at the start of the year (deficit positive).</summary>
    public Money BroughtForward { get; }

    /// <summary>The in-year result before any contribution (deficit positive; negative is an in-year surplus).</summary>
    public Money InYear { get; }

    /// <summary>The in-year result by block; empty when the year was not split.</summary>
    public IReadOnlyDictionary<FundingBlock, Money> InYearByBlock { get; }

    /// <summary>Every contribution, in the order given.</summary>
    public IReadOnlyList<DsgContribution> Contributions { get; }

    /// <summary>The Safety Valve contributions (positive reduces the deficit).</summary>
    public Money SafetyValveContribution => SumOf(c => c.Type == ContributionType.SafetyValve);

    /// <summary>The General Fund (local) contributions.</summary>
    public Money LocalContribution => SumOf(c => c.Type == ContributionType.LocalGeneralFund);

    /// <summary>Other contributions, including the High Needs Stability Grant.</summary>
    public Money OtherContribution => SumOf(c => c.IsOther);

    /// <summary>All contributions together.</summary>
    public Money TotalContributions => SumOf(_ => true);

    /// <summary>The balance at 31 March: <c>BF + InYear − SafetyValve − Local − Other</c>.</summary>
    public Money CarriedForward => BroughtForward + InYear - TotalContributions;

    /// <summary>
    /// How much the brought-forward balance was restated from the previous year's carried-forward balance (an opening
    /// balance revised after the accounts closed); zero by default. <see cref="DsgAccount"/> requires
    /// <c>BF = previous CF + Restatement</c>.
    /// </summary>
    public Money Restatement { get; init; }

    /// <summary>Whether the year has an in-year balance or surplus (<c>InYear ≤ 0</c>), as Safety Valve conditions require.</summary>
    public bool IsInYearBalanced => InYear <= Money.Zero;

    /// <summary>A year with Safety Valve, local and other contributions given as amounts.</summary>
    /// <param name="year">The financial year.</param>
    /// <param name="status">Outturn, forecast or budget.</param>
    /// <param name="broughtForward">The balance brought forward.</param>
    /// <param name="inYear">The in-year result.</param>
    /// <param name="safetyValve">The Safety Valve contribution (positive reduces the deficit).</param>
    /// <param name="local">The General Fund contribution.</param>
    /// <param name="other">Any other contribution.</param>
    /// <returns>The year.</returns>
    public static DsgAccountYear Create(FinancialYear year, DsgYearStatus status, Money broughtForward, Money inYear, Money safetyValve, Money local, Money other = default) =>
        new(year, status, broughtForward, inYear, new[]
        {
            DsgContribution.SafetyValve(safetyValve),
            DsgContribution.Local(local),
            new DsgContribution(ContributionType.Other, other),
        }.Where(c => !c.Amount.IsZero));

    /// <summary>The following year, brought forward from this year's carried-forward balance.</summary>
    /// <param name="status">The next year's status.</param>
    /// <param name="inYear">The next year's in-year result.</param>
    /// <param name="contributions">The next year's contributions.</param>
    /// <returns>The next year.</returns>
    public DsgAccountYear Next(DsgYearStatus status, Money inYear, params DsgContribution[] contributions) =>
        new(Year.Next, status, CarriedForward, inYear, contributions);

    private Money SumOf(Func<DsgContribution, bool> predicate) => Money.Sum(Contributions.Where(predicate).Select(c => c.Amount));
}
