using System;
using System.Collections.Generic;
using System.Linq;
using Send.Domain.Calendars;

namespace Send.Domain.Finance;

/// <summary>
/// High needs funding rates keyed by financial year, loaded from data (DSG reference: "year-specific rates, floors
/// and caps are data, not constants").
/// </summary>
/// <remarks>
/// <para>
/// The set shipped with Send (2022-23 to 2025-26, from the reference, each rate marked with the reference's
/// confidence) is data, not code: Send.Data's <c>FundingRatesReader.Default</c> reads it; load your own with
/// <c>FundingRatesReader.Read</c> when the DfE publishes a new year's operational guide. Immutable.
/// </para>
/// </remarks>
public sealed class FundingRates
{
    private readonly Dictionary<FinancialYear, HighNeedsRates> byYear;

    /// <summary>Creates a table of rates.</summary>
    /// <param name="years">One entry per year.</param>
    /// <exception cref="ArgumentNullException"><paramref name="years"/> is null.</exception>
    /// <exception cref="ArgumentException">A year appears twice.</exception>
    public FundingRates(IEnumerable<HighNeedsRates> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        byYear = new Dictionary<FinancialYear, HighNeedsRates>();
        foreach (var rates in years)
        {
            if (!byYear.TryAdd(rates.Year, rates))
            {
                throw new ArgumentException($"{rates.Year} appears twice in the funding rates.", nameof(years));
            }
        }
    }

    /// <summary>Every year's rates, earliest first.</summary>
    public IReadOnlyList<HighNeedsRates> Years => byYear.Values.OrderBy(r => r.Year).ToArray();

    /// <summary>The rates for a year.</summary>
    /// <param name="year">The financial year.</param>
    /// <returns>The rates.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No rates are held for that year; the message lists the years held.</exception>
    public HighNeedsRates For(FinancialYear year) =>
        byYear.TryGetValue(year, out var rates)
            ? rates
            : throw new ArgumentOutOfRangeException(nameof(year), year, $"No high needs funding rates are held for {year}; held: {string.Join(", ", Years.Select(r => r.Year))}. Load a rates file for that year.");

    /// <summary>The rates for a year, if held.</summary>
    /// <param name="year">The financial year.</param>
    /// <param name="rates">The rates, or null.</param>
    /// <returns>Whether rates are held for the year.</returns>
    public bool TryGet(FinancialYear year, out HighNeedsRates? rates) => byYear.TryGetValue(year, out rates);
}
