namespace Send.Domain.Statutory;

/// <summary>How the 30 days of MED-HOLD are counted for a health-only mediation (reference section 6, [S/U]).</summary>
public enum MediationDayCount
{
    /// <summary>30 calendar days, as IPSEA says. This is the default value.</summary>
    CalendarDays = 0,

    /// <summary>30 working days, as one secondary source says for health-only cases.</summary>
    WorkingDays = 1,
}
