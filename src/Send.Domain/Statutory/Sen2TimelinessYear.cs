namespace Send.Domain.Statutory;

/// <summary>The SEN2 headline for one calendar year of issue: new plans issued within 20 weeks, including and excluding exceptions.</summary>
/// <param name="Year">The calendar year in which the final plans were issued.</param>
/// <param name="IncludingExceptions">The headline: every new plan in the denominator; an exception plan issued late counts as late.</param>
/// <param name="ExcludingExceptions">Plans with an exception removed from both numerator and denominator.</param>
public sealed record Sen2TimelinessYear(int Year, TimelinessFigure IncludingExceptions, TimelinessFigure ExcludingExceptions);
