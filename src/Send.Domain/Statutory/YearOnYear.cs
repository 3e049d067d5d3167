namespace Send.Domain.Statutory;

/// <summary>
/// Requests for assessment in one calendar year and the growth on the year before.
/// </summary>
/// <param name="Year">The calendar year of the request.</param>
/// <param name="Count">Requests received in that year (up to the as-at date, so the latest year may be partial).</param>
/// <param name="GrowthPercent">Growth on the previous year in percent, rounded to 2 dp half away from zero; null when there is no previous year or it had no requests.</param>
public sealed record YearOnYear(int Year, int Count, decimal? GrowthPercent);
