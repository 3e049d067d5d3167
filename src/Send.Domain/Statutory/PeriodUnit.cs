namespace Send.Domain.Statutory;

/// <summary>The unit in which a statutory period is expressed.</summary>
public enum PeriodUnit
{
    /// <summary>No fixed period (for example EHC-CEASE, or a step that must happen "immediately" counts 0 days). This is the default value.</summary>
    None = 0,

    /// <summary>Calendar days.</summary>
    Days = 1,

    /// <summary>Weeks of seven calendar days.</summary>
    Weeks = 2,

    /// <summary>Calendar months (Dodds v Walker; CNT-MONTHS).</summary>
    Months = 3,

    /// <summary>Working days: not Saturday, Sunday or an England and Wales bank holiday (CNT-WORKDAY).</summary>
    WorkingDays = 4,
}
