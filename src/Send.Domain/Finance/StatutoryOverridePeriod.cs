using System.Collections.Generic;
using NodaTime;
using Send.Domain.Calendars;

namespace Send.Domain.Finance;

/// <summary>
/// A period during which a DSG deficit may not be charged to the council's revenue account and is held in a
/// separate unusable reserve instead: the statutory override in regulation 30L of the Local Authorities (Capital
/// Finance and Accounting) (England) Regulations 2003 (DSG reference, section 6).
/// </summary>
/// <remarks>
/// <para>
/// The periods are data with their citations, not constants in code: the override has been extended more than once.
/// <see cref="Known"/> lists them as the reference records them. An announced extension is marked as such until the
/// amending instrument is made.
/// </para>
/// <para>Immutable; equality is structural.</para>
/// </remarks>
/// <param name="FirstYear">The first financial year covered.</param>
/// <param name="LastYear">The last financial year covered.</param>
/// <param name="Citation">The instrument or announcement, for example <c>SI 2022/1328</c>.</param>
/// <param name="IsEnacted">False for an extension announced but not yet made law.</param>
public sealed record StatutoryOverridePeriod(FinancialYear FirstYear, FinancialYear LastYear, string Citation, bool IsEnacted)
{
    /// <summary>
    /// The periods in the reference: SI 2020/1212 (inserting regulation 30L, FYs from 1 April 2020, 2021 and 2022);
    /// SI 2022/1328 (made 13 December 2022, to 31 March 2026); and the June 2025 announcement extending it to the end
    /// of 2027-28 (31 March 2028), not yet enacted.
    /// </summary>
    public static IReadOnlyList<StatutoryOverridePeriod> Known { get; } = new[]
    {
        new StatutoryOverridePeriod(new FinancialYear(2020), new FinancialYear(2022), "SI 2020/1212, inserting regulation 30L", true),
        new StatutoryOverridePeriod(new FinancialYear(2023), new FinancialYear(2025), "SI 2022/1328 (made 13 December 2022), to 31 March 2026", true),
        new StatutoryOverridePeriod(new FinancialYear(2026), new FinancialYear(2027), "Government announcement, June 2025: extension to 31 March 2028", false),
    };

    /// <summary>The last day covered: 31 March at the end of <see cref="LastYear"/>.</summary>
    public LocalDate EndDate => LastYear.End;

    /// <summary>Whether <paramref name="year"/> falls in this period.</summary>
    /// <param name="year">The financial year.</param>
    /// <returns>True when <c>FirstYear ≤ year ≤ LastYear</c>.</returns>
    public bool Covers(FinancialYear year) => year >= FirstYear && year <= LastYear;

    /// <summary>
    /// Whether the override applies to <paramref name="year"/> on the known periods, optionally counting announced
    /// extensions not yet enacted.
    /// </summary>
    /// <param name="year">The financial year.</param>
    /// <param name="includeAnnounced">Whether to count an announced, not yet enacted extension (default true, as the reference does).</param>
    /// <returns>Whether any known period covers the year.</returns>
    public static bool AppliesTo(FinancialYear year, bool includeAnnounced = true)
    {
        foreach (var period in Known)
        {
            if (period.Covers(year) && (includeAnnounced || period.IsEnacted))
            {
                return true;
            }
        }

        return false;
    }
}
