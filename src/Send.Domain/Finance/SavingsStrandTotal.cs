namespace Send.Domain.Finance;

/// <summary>
/// One strand of a <see cref="MultiYearSavingsProgramme"/> added up over the programme's years: its target,
/// forecast and delivered savings across every year it appears in.
/// </summary>
/// <remarks>
/// A strand missing from a year counts as nothing in that year. <see cref="Forecast"/> and <see cref="Delivered"/>
/// are null when no year gives one for the strand; otherwise they add up the years that do (later years of a plan
/// usually have targets only). Immutable; equality is structural.
/// </remarks>
/// <param name="Name">The strand's name, as in each year.</param>
/// <param name="Target">The strand's targets added up over the years.</param>
/// <param name="Forecast">The strand's forecasts added up over the years that give one, or null.</param>
/// <param name="Delivered">The strand's delivered savings added up over the years that give them, or null.</param>
/// <param name="StatedTarget">The strand's total as the paper prints it (a "Total" column), or null.</param>
public sealed record SavingsStrandTotal(string Name, Money Target, Money? Forecast = null, Money? Delivered = null, Money? StatedTarget = null)
{
    /// <summary>Stated total less the years' targets added up; null without a stated total, zero when they agree.</summary>
    public Money? Unallocated => StatedTarget is Money stated ? stated - Target : null;
}
