namespace Send.Domain.Kpis;

/// <summary>How the period a KPI value covers is defined.</summary>
/// <remarks>The default value is <see cref="SnapshotDate"/>.</remarks>
public enum KpiPeriodType
{
    /// <summary>A position on one day each year (31 March for children looked after, the January census for EHC plans). This is the default value.</summary>
    SnapshotDate = 0,

    /// <summary>A financial year, 1 April to 31 March.</summary>
    FinancialYear = 1,

    /// <summary>An academic year, 1 September to 31 August.</summary>
    AcademicYear = 2,

    /// <summary>A calendar year, 1 January to 31 December (SEN2 activity).</summary>
    CalendarYear = 3,

    /// <summary>The twelve months ending with a given month.</summary>
    RollingTwelveMonths = 4,

    /// <summary>From the start of the financial year to the end of a given month.</summary>
    YearToDate = 5,

    /// <summary>One calendar month.</summary>
    Month = 6,

    /// <summary>One quarter of the financial year (Q1 is April to June).</summary>
    Quarter = 7,
}
