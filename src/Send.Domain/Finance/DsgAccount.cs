using System;
using System.Collections.Generic;
using System.Linq;
using Send.Domain.Calendars;

namespace Send.Domain.Finance;

/// <summary>
/// A run of consecutive DSG account years (an outturn followed by forecasts, say), linked so that each year's
/// brought-forward balance is the previous year's carried-forward balance.
/// </summary>
/// <remarks>
/// <para>
/// The constructor enforces the link exactly: <c>BF(next FY) = CF(this FY)</c> (DSG reference, section 6). It
/// therefore telescopes: <see cref="ClosingBalance"/> equals <c>OpeningBalance + Σ InYear − Σ contributions</c>
/// (plus any <see cref="DsgAccountYear.Restatement"/>, the one declared exception to the link).
/// A published table whose printed figures do not link exactly is not a <see cref="DsgAccount"/>; check it with
/// <see cref="DeficitTableReconciler"/>.
/// </para>
/// <para>Immutable. An account has at least one year.</para>
/// </remarks>
public sealed class DsgAccount
{
    /// <summary>Creates an account from consecutive, linked years.</summary>
    /// <param name="years">The years in order; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="years"/> is null.</exception>
    /// <exception cref="ArgumentException">There are no years, a year is missing or out of order, or a brought-forward balance is not the previous carried-forward balance; the message names the year.</exception>
    public DsgAccount(IEnumerable<DsgAccountYear> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        var list = years.ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException("A DSG account needs at least one year.", nameof(years));
        }

        for (var i = 1; i < list.Length; i++)
        {
            var previous = list[i - 1];
            var current = list[i];
            if (current.Year != previous.Year.Next)
            {
                throw new ArgumentException($"{current.Year} follows {previous.Year}; expected {previous.Year.Next}.", nameof(years));
            }

            if (current.BroughtForward - current.Restatement != previous.CarriedForward)
            {
                throw new ArgumentException(
                    $"{current.Year}: brought forward {current.BroughtForward} is not {previous.Year}'s carried forward {previous.CarriedForward}.",
                    nameof(years));
            }
        }

        Years = list;
    }

    /// <summary>The years in order; never empty.</summary>
    public IReadOnlyList<DsgAccountYear> Years { get; }

    /// <summary>The first year.</summary>
    public FinancialYear FirstYear => Years[0].Year;

    /// <summary>The last year.</summary>
    public FinancialYear LastYear => Years[Years.Count - 1].Year;

    /// <summary>The balance brought forward into the first year.</summary>
    public Money OpeningBalance => Years[0].BroughtForward;

    /// <summary>The balance carried forward from the last year.</summary>
    public Money ClosingBalance => Years[Years.Count - 1].CarriedForward;

    /// <summary>The in-year results added up.</summary>
    public Money TotalInYear => Money.Sum(Years.Select(y => y.InYear));

    /// <summary>The Safety Valve contributions added up.</summary>
    public Money TotalSafetyValve => Money.Sum(Years.Select(y => y.SafetyValveContribution));

    /// <summary>The General Fund contributions added up: the council contribution the plan implies.</summary>
    public Money TotalLocal => Money.Sum(Years.Select(y => y.LocalContribution));

    /// <summary>The other contributions added up.</summary>
    public Money TotalOther => Money.Sum(Years.Select(y => y.OtherContribution));

    /// <summary>This account with <see cref="SafetyValveReceivedBefore"/> set.</summary>
    /// <param name="received">The Safety Valve payments received before the first year.</param>
    /// <returns>A copy of the account.</returns>
    public DsgAccount WithSafetyValveReceivedBefore(Money received) => new(Years) { SafetyValveReceivedBefore = received };

    /// <summary>The year with the given label.</summary>
    /// <param name="year">The financial year.</param>
    /// <returns>The account year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The account does not include that year.</exception>
    public DsgAccountYear this[FinancialYear year] =>
        Years.FirstOrDefault(y => y.Year == year)
        ?? throw new ArgumentOutOfRangeException(nameof(year), year, $"The account runs from {FirstYear} to {LastYear}.");

    /// <summary>Whether the account includes <paramref name="year"/>.</summary>
    /// <param name="year">The financial year.</param>
    /// <returns>Whether it is one of <see cref="Years"/>.</returns>
    public bool Contains(FinancialYear year) => year >= FirstYear && year <= LastYear;

    /// <summary>
    /// The cumulative deficit at the end of <paramref name="year"/> with the Safety Valve contributions of this
    /// account up to that year added back: the basis of a ceiling "excluding Safety Valve payments".
    /// </summary>
    /// <param name="year">A year of the account.</param>
    /// <returns><c>CF(year) + SafetyValveReceivedBefore + Σ SafetyValve(first..year)</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The account does not include that year.</exception>
    public Money CumulativeExcludingSafetyValve(FinancialYear year) =>
        this[year].CarriedForward + SafetyValveReceivedBefore + Money.Sum(Years.Where(y => y.Year <= year).Select(y => y.SafetyValveContribution));

    /// <summary>
    /// Safety Valve payments received before <see cref="FirstYear"/> (a table that starts after the agreement's first
    /// payment); zero by default. <see cref="CumulativeExcludingSafetyValve"/> adds them back, because they reduced the
    /// opening balance. <see cref="SafetyValveAgreement.Evaluate"/> sets it from the agreement's paid instalments.
    /// </summary>
    public Money SafetyValveReceivedBefore { get; init; }

    /// <summary>
    /// The cumulative deficit at the end of <paramref name="year"/> before any contribution in this account:
    /// <c>OpeningBalance + Σ InYear(first..year)</c>.
    /// </summary>
    /// <param name="year">A year of the account.</param>
    /// <returns>The balance before contributions.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The account does not include that year.</exception>
    public Money CumulativeBeforeContributions(FinancialYear year)
    {
        _ = this[year];
        return OpeningBalance + Money.Sum(Years.Where(y => y.Year <= year).Select(y => y.InYear));
    }
}
